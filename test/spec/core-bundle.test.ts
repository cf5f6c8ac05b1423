// The build and `npm run bundle` bundle in process with @redocly/openapi-core (scripts/lib/core-bundle.ts) instead of
// starting `redocly bundle`. Both must write the same bytes: here the CLI itself is the reference, on both of the
// project's documents and on a fixture whose root keys are out of the specification's order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreBundle } from '../../scripts/lib/core-bundle.ts';
import { bin, projectRoot, sandboxSpecRoot, specRoot } from '../../scripts/lib/paths.ts';
import { QUIET_ENV } from '../../scripts/lib/tool.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cfi-core-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What `redocly bundle <root> --output x.json` writes, as the build's JSON (two-space indent) formats it. */
function cliBundle(root: string, name: string): string {
  const out = join(tmp, `${name}.json`);
  const run = spawnSync(bin('redocly'), ['bundle', root, '--output', out], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...QUIET_ENV } });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  return JSON.stringify(JSON.parse(readFileSync(out, 'utf8')), null, 2);
}

describe('the in-process bundle', () => {
  it("is byte for byte the redocly CLI's, for connectFi's API and the sandbox control API", async () => {
    for (const [root, name] of [
      [specRoot, 'api'],
      [sandboxSpecRoot, 'control'],
    ]) {
      expect(JSON.stringify(await coreBundle(root), null, 2)).toBe(cliBundle(root, name));
    }
  }, 60_000);

  it('orders the root keys as the CLI does when the source orders them otherwise', async () => {
    const dir = mkdtempSync(join(tmp, 'fixture-'));
    writeFileSync(join(dir, 'Thing.yaml'), 'type: object\nproperties:\n  id:\n    type: string\n');
    writeFileSync(
      join(dir, 'openapi.yaml'),
      [
        'x-tagGroups: [{ name: G, tags: [T] }]',
        'components: {}',
        'paths:',
        '  /things:',
        '    get:',
        '      operationId: listThings',
        '      tags: [T]',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content: { application/json: { schema: { $ref: ./Thing.yaml } } }',
        'tags: [{ name: T }]',
        'info: { title: Fixture, version: 1.0.0 }',
        'openapi: 3.1.0',
        'x-later: true',
        '',
      ].join('\n'),
    );
    const root = join(dir, 'openapi.yaml');
    const ours = await coreBundle(root);
    expect(Object.keys(ours)).toEqual(['openapi', 'info', 'tags', 'paths', 'components', 'x-tagGroups', 'x-later']);
    expect(JSON.stringify(ours, null, 2)).toBe(cliBundle(root, 'fixture'));
  }, 60_000);

  it('refuses a broken $ref, naming the file and line', async () => {
    const dir = mkdtempSync(join(tmp, 'broken-'));
    writeFileSync(join(dir, 'openapi.yaml'), ['openapi: 3.1.0', 'info: { title: Broken, version: 1.0.0 }', 'paths: {}', 'components:', '  schemas:', '    A:', '      $ref: ./missing.yaml', ''].join('\n'));
    await expect(coreBundle(join(dir, 'openapi.yaml'))).rejects.toThrow(/broken-\w+\/openapi\.yaml:7:\d+: Can't resolve \$ref/);
  });
});
