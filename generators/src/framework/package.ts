// What every generated package shares: the hand-written runtime copied in verbatim (so the package is
// self-contained; --check compares the copy with its source like any generated file), and an ESM package.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from './emitter.ts';

/** Every runtime source of `runtimeDir` (tests excluded), at `toPath(name)` in the package. */
export function copyRuntime(root: string, runtimeDir: string, toPath: (name: string) => string): GeneratedFile[] {
  return readdirSync(join(root, runtimeDir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ path: toPath(name), content: readFileSync(join(root, runtimeDir, name), 'utf8') }));
}

/** The root's exact pin of each runtime dependency, so a generated package never drifts from the lockfile. */
export function pinnedDependencies(root: string, names: string[]): Record<string, string> {
  const pins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  return Object.fromEntries(names.map((name) => [name, pins[name]]));
}

/** package.json of an ESM package compiled to dist/ with declarations. */
export function esmPackageJson(dir: string, fields: { name: string; version: string; description: string; files: string[]; dependencies: Record<string, string>; engines?: Record<string, string> }): GeneratedFile {
  const pkg = {
    name: fields.name,
    version: fields.version,
    description: fields.description,
    type: 'module',
    private: true,
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: fields.files,
    sideEffects: false,
    ...(fields.engines ? { engines: fields.engines } : {}),
    dependencies: fields.dependencies,
  };
  return { path: `${dir}/package.json`, content: `${JSON.stringify(pkg, null, 2)}\n` };
}
