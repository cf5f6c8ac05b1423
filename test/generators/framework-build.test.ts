// The generation framework's shared compile and its content-hash cache, through their functions on small inputs:
// a browser package that touches Node fails naming the file and line; the type-check that npm test runs on the
// generated packages (checkPackages) fails on a type error, while generation's emit (compilePackages) does not
// type-check; a group whose inputs and outputs are unchanged is skipped, and reruns when either changes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { generateCached } from '../../generators/src/framework/cached-run.ts';
import { compilePackages } from '../../generators/src/framework/compile.ts';
import { checkPackages } from '../../generators/src/framework/type-check.ts';
import type { EmitterGroup } from '../../generators/src/framework/emitter.ts';

describe('compilePackages', () => {
  const request = (environment: 'browser' | 'node', source: string) => ({
    srcDir: 'test-results/compile-probe/src',
    outDir: 'test-results/compile-probe/dist',
    environment,
    sources: [{ path: 'test-results/compile-probe/src/index.ts', content: source }],
  });
  const nodeUse = 'export const home = (): string | undefined => process.env.HOME;\n';

  it('rejects a Node-only global in a browser package when checking, a node: import already when emitting, naming the file and line', () => {
    expect(() => checkPackages(projectRoot, [request('browser', `export const a = 1;\n${nodeUse}`)])).toThrow(/test-results\/compile-probe\/src\/index\.ts:2: process is declared only by @types\/node/);
    const nodeImport = "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID();\n";
    expect(() => compilePackages([request('browser', nodeImport)])).toThrow(/index\.ts:1: imports node:crypto/);
    expect(() => checkPackages(projectRoot, [request('browser', nodeImport)])).toThrow(/index\.ts:1: imports node:crypto/);
  });

  it('accepts what browsers have, a Node package using Node, and a browser file that opts in to Node', () => {
    const [browser] = compilePackages([request('browser', 'export const get = (url: string): Promise<Response> => fetch(url);\n')]);
    expect(browser.map((f) => f.path)).toEqual(['test-results/compile-probe/dist/index.d.ts', 'test-results/compile-probe/dist/index.js']);
    expect(browser[0].content).toContain('export declare const get: (url: string) => Promise<Response>;');
    // JavaScript without the types, as an ES module.
    expect(browser[1].content).toBe('export const get = (url) => fetch(url);\n');
    expect(() => checkPackages(projectRoot, [request('browser', 'export const get = (url: string): Promise<Response> => fetch(url);\n')])).not.toThrow();
    expect(() => checkPackages(projectRoot, [request('node', nodeUse)])).not.toThrow();
    expect(() => checkPackages(projectRoot, [request('browser', `/// <reference types="node" />\n${nodeUse}`)])).not.toThrow();
    expect(compilePackages([request('node', nodeUse)])[0]).toHaveLength(2);
  });

  it('checking stops on a type error, naming the file and line; emitting does not type-check but stops on a syntax error', () => {
    const typeError = 'export const n: number = "one";\n';
    expect(() => checkPackages(projectRoot, [request('node', typeError)])).toThrow(/test-results\/compile-probe\/src\/index\.ts\(1,14\).*not assignable/);
    expect(compilePackages([request('node', typeError)])[0].find((f) => f.path.endsWith('.d.ts'))?.content).toContain('export declare const n: number;');
    expect(() => compilePackages([request('node', 'export const n = ;\n')])).toThrow(/does not parse:[\s\S]*index\.ts\(1,/);
  });

  it('emitting declares each module from its own text: a declaration that needs an inferred type stops it, naming the file and line', () => {
    const inferred = "import { createHash } from 'node:crypto';\nexport const a = 1;\nexport const hash = (text: string) => createHash('sha256').update(text).digest('hex');\n";
    expect(() => compilePackages([request('node', inferred)])).toThrow(/isolatedDeclarations[\s\S]*test-results\/compile-probe\/src\/index\.ts\(3,21\).*explicit return type/);
    const annotated = inferred.replace('(text: string) =>', '(text: string): string =>');
    expect(compilePackages([request('node', annotated)])[0][0].content).toBe('export declare const a = 1;\nexport declare const hash: (text: string) => string;\n');
  });

  it('declares and transpiles a module that several packages carry once, and gives each package its copy', () => {
    const shared = 'export interface Shape {\n  n: number;\n}\nexport const one = (): Shape => ({ n: 1 });\n';
    const [a, b] = compilePackages([
      { ...request('node', shared), srcDir: 'test-results/compile-probe/a/src', outDir: 'test-results/compile-probe/a/dist', sources: [{ path: 'test-results/compile-probe/a/src/shape.ts', content: shared }] },
      { ...request('browser', shared), srcDir: 'test-results/compile-probe/b/src', outDir: 'test-results/compile-probe/b/dist', sources: [{ path: 'test-results/compile-probe/b/src/shape.ts', content: shared }] },
    ]);
    expect(a.map((f) => f.path)).toEqual(['test-results/compile-probe/a/dist/shape.d.ts', 'test-results/compile-probe/a/dist/shape.js']);
    expect(b.map((f) => f.path)).toEqual(['test-results/compile-probe/b/dist/shape.d.ts', 'test-results/compile-probe/b/dist/shape.js']);
    expect(b.map((f) => f.content)).toEqual(a.map((f) => f.content));
    expect(a[0].content).toBe('export interface Shape {\n\tn: number;\n}\nexport declare const one: () => Shape;\n');
  });

  it('uses the declarations an emitter wrote for a module instead of emitting them', () => {
    const [out] = compilePackages([{ ...request('node', ''), sources: [{ path: 'test-results/compile-probe/src/index.ts', content: 'export const f = g;\nfunction g() {}\n', declaration: 'export declare const f: () => void;\n' }] }]);
    expect(out.find((f) => f.path.endsWith('.d.ts'))?.content).toBe('export declare const f: () => void;\n');
  });

  it('checking holds each module to compiling alone (isolatedModules), as emitting transpiles it', () => {
    const sources = [
      { path: 'test-results/compile-probe/src/shape.ts', content: 'export interface Shape { n: number }\n' },
      { path: 'test-results/compile-probe/src/index.ts', content: "export { Shape } from './shape.js';\n" },
    ];
    expect(() => checkPackages(projectRoot, [{ ...request('node', ''), sources }])).toThrow(/index\.ts\(1,10\).*isolatedModules/);
  });
});

describe('generateCached', () => {
  const root = mkdtempSync(join(tmpdir(), 'cfi-cache-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'generated'), { recursive: true });
  mkdirSync(join(root, 'generators/src'), { recursive: true });
  mkdirSync(join(root, 'generators/runtime/probe'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(root, 'generated/openapi.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'probe', version: '1' }, paths: {} }));
  writeFileSync(join(root, 'generators/runtime/probe/a.ts'), 'export const a = 1;\n');
  let emits = 0;
  const group: EmitterGroup = {
    name: 'probe',
    owns: ['generated/probe'],
    inputs: ['generators/runtime/probe'],
    emit: ({ spec }) => {
      emits++;
      return [{ path: 'generated/probe/title.txt', content: `${spec.info.title} ${readFileSync(join(root, 'generators/runtime/probe/a.ts'), 'utf8')}` }];
    },
  };
  const run = () => generateCached({ root, groups: [group], cacheFile: join(root, 'cache.json') });

  it('runs once, then skips while inputs and outputs are unchanged', async () => {
    expect((await run()).ran).toEqual(['probe']);
    expect(await run()).toEqual({ ran: [], skipped: ['probe'], written: 0 });
    expect(emits).toBe(1);
  });

  it('reruns after a change of the bundle, of its runtime, or of its output; --force always', async () => {
    writeFileSync(join(root, 'generators/runtime/probe/a.ts'), 'export const a = 2;\n');
    expect((await run()).ran).toEqual(['probe']);
    writeFileSync(join(root, 'generated/openapi.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'renamed', version: '1' }, paths: {} }));
    expect((await run()).ran).toEqual(['probe']);
    expect(readFileSync(join(root, 'generated/probe/title.txt'), 'utf8')).toBe('renamed export const a = 2;\n');
    writeFileSync(join(root, 'generated/probe/title.txt'), 'edited by hand');
    expect(await run()).toEqual({ ran: ['probe'], skipped: [], written: 1 });
    expect(readFileSync(join(root, 'generated/probe/title.txt'), 'utf8')).toBe('renamed export const a = 2;\n');
    expect((await generateCached({ root, groups: [group], cacheFile: join(root, 'cache.json'), force: true })).ran).toEqual(['probe']);
    expect(emits).toBe(5);
  });

  it("leaves a skipped group's directory inside a regenerated group's alone (the control API inside the sandbox)", async () => {
    mkdirSync(join(root, 'generators/runtime/inner'), { recursive: true });
    writeFileSync(join(root, 'generators/runtime/inner/b.ts'), 'export const b = 1;\n');
    const inner: EmitterGroup = { name: 'inner', owns: ['generated/probe/inner'], inputs: ['generators/runtime/inner'], emit: () => [{ path: 'generated/probe/inner/b.txt', content: 'b' }] };
    const both = () => generateCached({ root, groups: [group, inner], cacheFile: join(root, 'cache.json') });
    await both();
    writeFileSync(join(root, 'generators/runtime/probe/a.ts'), 'export const a = 3;\n');
    expect(await both()).toEqual({ ran: ['probe'], skipped: ['inner'], written: 1 });
    expect(readFileSync(join(root, 'generated/probe/inner/b.txt'), 'utf8')).toBe('b');
  });
});
