// The generated packages type-check: every TypeScript source under generated/<package>/src, in one Program with the
// options generation emits them with (framework/compile.ts). Generation itself only emits, so this is where a type
// error in generated code (or in the runtime copied into it) fails; framework-build.test.ts shows checkPackages
// failing on one. The client is also held to what browsers have.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../generators/src/emitters/client/paths.ts';
import { checkPackages } from '../../generators/src/framework/type-check.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';

const generated = join(projectRoot, 'generated');
const packages = readdirSync(generated, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(join(generated, e.name)).includes('src'))
  .map((e) => `generated/${e.name}`);

function sourcesOf(dir: string) {
  return readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(projectRoot, join(e.parentPath, e.name)).split('\\').join('/'))
    .map((path) => ({ path, content: readFileSync(join(projectRoot, path), 'utf8') }));
}

describe('the generated packages', () => {
  it('type-check, and the client uses nothing only Node has', () => {
    expect(packages).toEqual(expect.arrayContaining([CLIENT_DIR, 'generated/server']));
    const requests = packages.map((dir) => ({ srcDir: `${dir}/src`, sources: sourcesOf(`${dir}/src`), environment: dir === CLIENT_DIR ? ('browser' as const) : ('node' as const) }));
    expect(requests.every((r) => r.sources.length > 0)).toBe(true);
    expect(() => checkPackages(projectRoot, requests)).not.toThrow();
  }, 120_000);
});
