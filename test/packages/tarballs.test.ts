// The packages as another repository gets them: packed, installed from the tarballs into a fresh project outside
// the workspace, then imported, required and type-checked there; publint and attw judge each tarball.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeProgram } from './readme-program.ts';
import { bin, installConsumer, makeTemp, packAll, root, run, type PackedPackage } from './support.ts';

/** The minimum TypeScript the client README states; the test installs its latest patch and the minor before it. */
const stated = /TypeScript (\d+)\.(\d+) or later/.exec(readFileSync(join(root, 'generated/client/README.md'), 'utf8'));
if (!stated) throw new Error('generated/client/README.md states no minimum TypeScript ("TypeScript X.Y or later")');
const minimum = `${stated[1]}.${stated[2]}`;
const beforeMinimum = `${stated[1]}.${Number(stated[2]) - 1}`;

let temp: string;
let packed: PackedPackage[];
let consumer: string;

beforeAll(() => {
  temp = makeTemp();
  packed = packAll(temp);
  consumer = installConsumer(temp, packed, [`typescript-minimum@npm:typescript@~${minimum}.0`, `typescript-too-old@npm:typescript@~${beforeMinimum}.0`]);
  copyFileSync(join(consumer, 'types.ts'), join(consumer, 'types.mts'));
  copyFileSync(join(consumer, 'types.ts'), join(consumer, 'types.cts'));
  writeFileSync(join(consumer, 'readme.mts'), readmeProgram(readFileSync(join(consumer, 'node_modules/@connectfi/client/README.md'), 'utf8'), '@connectfi/client'));
}, 240_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const installedDir = (name: string) => join(consumer, 'node_modules', ...name.split('/'));
/** Whether the installed package declares itself ES-module-only: its root export has no `require` condition. */
const esmOnly = (name: string) => {
  const root = JSON.parse(readFileSync(join(installedDir(name), 'package.json'), 'utf8')).exports?.['.'];
  return typeof root === 'object' && root !== null && !('require' in root);
};

describe('the packages under generated/, installed from their tarballs', () => {
  it('packs every package, installed as real copies outside the workspace', () => {
    // Every package under generated/ is packed and judged below; the consumers exercise the client, the server and
    // the contract kit.
    expect(packed.map((p) => p.name)).toEqual(expect.arrayContaining(['@connectfi/client', '@connectfi/server', '@connectfi/contract']));
    for (const { name } of packed) {
      const pkg = JSON.parse(readFileSync(join(installedDir(name), 'package.json'), 'utf8'));
      expect(pkg.private, name).toBeUndefined();
      expect(pkg.license, name).toBe('Apache-2.0');
      // An ES-module-only package ships no CommonJS build; every other one ships its dist/cjs/ twin.
      expect(existsSync(join(installedDir(name), 'dist/cjs/package.json')), name).toBe(!esmOnly(name));
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(readFileSync(join(installedDir(name), file), 'utf8').length, `${name} ${file}`).toBeGreaterThan(100);
    }
  });

  it('the server README is self-contained: no link to a file outside the tarball', () => {
    const readme = readFileSync(join(installedDir('@connectfi/server'), 'README.md'), 'utf8');
    expect(readme).not.toMatch(/generators\/|\]\(\.\.\/|openapi\//);
  });

  const scenario = (command: string[]) => JSON.parse(run('node', command, consumer));
  /** The operations of the bundle the installed kit ships, counted here from the bundle itself. */
  const shippedOperations = () => {
    const bundle = JSON.parse(readFileSync(join(installedDir('@connectfi/contract'), 'openapi.json'), 'utf8'));
    const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
    return Object.values(bundle.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).filter((k) => methods.has(k)).length, 0);
  };
  const expectedRoundTrip = () => ({
    health: 'ok',
    unauthorized: { name: 'UnauthorizedError', isConnectFiError: true, status: 401, code: 'unauthorized' },
    webhook: { name: 'WebhookParseError', isWebhookParseError: true },
    contract: { operations: shippedOperations(), bundleShipped: true, acceptsHealthAnswer: true, rejectsBrokenAnswer: true },
    control: { name: 'BadRequestError', isBadRequestError: true, code: 'recordNotFound' },
  });

  it('an ES module consumer imports the packages and makes a round trip', () => {
    const result = scenario(['esm.mjs']);
    expect(result).toMatchObject(expectedRoundTrip());
    expect(result.resolved.client).toMatch(/node_modules\/@connectfi\/client\/dist\/index\.js$/);
    expect(result.resolved.sandbox).toMatch(/node_modules\/@connectfi\/client\/dist\/sandbox\/index\.js$/);
    expect(result.resolved.server).toMatch(/node_modules\/@connectfi\/server\/dist\/index\.js$/);
    expect(result.resolved.contract).toMatch(/node_modules\/@connectfi\/contract\/dist\/index\.js$/);
  });

  it('a CommonJS consumer requires the packages (their CommonJS build) and makes a round trip', () => {
    const result = scenario(['cjs.cjs']);
    expect(result).toMatchObject(expectedRoundTrip());
    expect(result.resolved.client).toMatch(/node_modules\/@connectfi\/client\/dist\/cjs\/index\.js$/);
    expect(result.resolved.sandbox).toMatch(/node_modules\/@connectfi\/client\/dist\/cjs\/sandbox\/index\.js$/);
    expect(result.resolved.server).toMatch(/node_modules\/@connectfi\/server\/dist\/cjs\/index\.js$/);
    expect(result.resolved.contract).toMatch(/node_modules\/@connectfi\/contract\/dist\/cjs\/index\.js$/);
  });

  const tsc = (compiler: string, project: string) => run('node', [join(consumer, 'node_modules', compiler, 'bin', 'tsc'), '-p', project], consumer);

  it("type-checks under nodenext (ESM and CommonJS files, and the client README's examples) without the DOM lib and with skipLibCheck false", () => {
    expect(tsc('typescript', 'tsconfig.nodenext.json')).toBe('');
  });

  it('type-checks under bundler resolution', () => {
    expect(tsc('typescript', 'tsconfig.bundler.json')).toBe('');
  });

  it(`type-checks with the minimum TypeScript the READMEs state (${minimum}), and not with ${beforeMinimum}`, () => {
    expect(tsc('typescript-minimum', 'tsconfig.nodenext.json')).toBe('');
    expect(tsc('typescript-minimum', 'tsconfig.bundler.json')).toBe('');
    expect(() => tsc('typescript-too-old', 'tsconfig.nodenext.json')).toThrow(/error TS/);
    for (const { name } of packed) expect(readFileSync(join(installedDir(name), 'README.md'), 'utf8'), name).toContain(`TypeScript ${minimum} or later`);
  });

  it('publint finds no problem in any tarball', () => {
    for (const { tarball } of packed) expect(run(bin('publint'), [tarball], temp)).toContain('All good!');
  });

  it('attw (are the types wrong) finds no problem for any resolver in any tarball', () => {
    for (const { name, tarball } of packed) {
      // A package that declares itself ES-module-only (no `require` condition on its root export, e.g. the sandbox:
      // a bin and server) is judged with attw's esm-only profile, which leaves out the CommonJS resolvers; every
      // other package must resolve for all of them.
      // attw's JSON lists every resolver's problems whatever the profile, so the one problem the esm-only profile
      // accepts (a CommonJS resolver landing on the ES module, which Node 20.19+ can require()) is left out here,
      // and only that one.
      const profile = esmOnly(name) ? ['--profile', 'esm-only'] : [];
      const report = JSON.parse(run(bin('attw'), ['--format', 'json', ...profile, tarball], temp));
      const accepted = (p: { kind: string; resolutionKind?: string }) => esmOnly(name) && p.kind === 'CJSResolvesToESM' && (p.resolutionKind === 'node16-cjs' || p.resolutionKind === 'node10');
      expect(Object.keys(report.analysis.entrypoints), name).toContain('.');
      if (name === '@connectfi/client') expect(Object.keys(report.analysis.entrypoints), name).toContain('./sandbox');
      expect(
        (Object.values(report.problems).flat() as { kind: string; resolutionKind?: string }[]).filter((p) => !accepted(p)),
        name,
      ).toEqual([]);
    }
  });
});
