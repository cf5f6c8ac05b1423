// What every generated package shares: the hand-written runtime copied in verbatim (so the package is
// self-contained; --check compares the copy with its source like any generated file), and the files that make it
// publishable: one package.json shape (dual ESM + CommonJS exports, license, repository, engines), the LICENSE, the
// CHANGELOG. Every package (client, server, and the ones added later) gets its common fields from here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiIR } from '../ir/types.ts';
import type { GeneratedFile } from './emitter.ts';

/** A runtime file that stands for one of generators/runtime/shared/ (code several packages ship): `export * from '../shared/x.ts'`. */
const SHARED_STAND_IN = /^export \* from '\.\.\/shared\/([\w-]+\.ts)';$/m;

/**
 * Every runtime source of `runtimeDir` (tests excluded), at `toPath(name)` in the package. A stand-in for a shared
 * file gets that file's text, so each package is self-contained and the shared code exists once in the repository.
 */
export function copyRuntime(root: string, runtimeDir: string, toPath: (name: string) => string): GeneratedFile[] {
  return readdirSync(join(root, runtimeDir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(root, runtimeDir, name), 'utf8');
      const shared = SHARED_STAND_IN.exec(text)?.[1];
      return { path: toPath(name), content: shared ? readFileSync(join(root, runtimeDir, '..', 'shared', shared), 'utf8') : text };
    });
}

function rootPackage(root: string): any {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/** The root's exact pin of each runtime dependency, so a generated package never drifts from the lockfile. */
export function pinnedDependencies(root: string, names: string[]): Record<string, string> {
  const pins = rootPackage(root).devDependencies;
  const missing = names.filter((name) => !pins?.[name]);
  if (missing.length) throw new Error(`runtime dependencies ${missing.join(', ')} have no exact pin in the root package.json devDependencies`);
  return Object.fromEntries(names.map((name) => [name, pins[name]]));
}

/**
 * Where each module format lands in a package: ESM `.js` + `.d.ts` in dist/, their CommonJS twins in dist/cjs/
 * (a `package.json` there says `"type": "commonjs"`, so the same `.js`/`.d.ts` names mean CommonJS for Node and
 * TypeScript alike).
 */
export const ESM_DIST = 'dist';
export const CJS_DIST = 'dist/cjs';

/**
 * The oldest TypeScript that checks the packages' declarations (with `skipLibCheck: false`); the READMEs state it
 * and test/packages proves it, and that the minor before it fails. openapi-fetch 0.17's own declarations set the
 * floor: TypeScript 5.3 and older reject them (TS2344 on `ResponseObjectMap`).
 */
export const MINIMUM_TYPESCRIPT = '5.4';

/** The one version before `npm run release` computes versions from the spec's history. */
export const INITIAL_VERSION = '0.1.0';

export interface PackageFields {
  name: string;
  description: string;
  /** Files beyond dist/, README.md, LICENSE and CHANGELOG.md that the tarball ships (e.g. `api.md`). */
  extraFiles?: string[];
  dependencies: Record<string, string>;
  keywords?: string[];
  version?: string;
  /**
   * Entry points beyond the root, by folder under src/ (e.g. `sandbox` for `<name>/sandbox`, built to
   * dist/sandbox/index.js and dist/cjs/sandbox/index.js).
   */
  subpaths?: string[];
  /**
   * `esm` declares an ES-module-only package (no dist/cjs/, no `require` condition): the sandbox, a bin and server
   * whose control API validators are ES modules (generated/README.md says why). test/packages reads the absence of
   * the `require` condition and judges such a package with attw's `esm-only` profile.
   */
  formats?: 'dual' | 'esm';
  /** Command-line entry points, name -> path in the package (they have side effects: they start something). */
  bin?: Record<string, string>;
}

/** Whether a package declares itself ES-module-only (its root export has no `require` condition). */
export function isEsmOnly(fields: Pick<PackageFields, 'formats'>): boolean {
  return fields.formats === 'esm';
}

/** The `import` and `require` conditions of the entry point whose index is at `<folder>/index` in each build. */
function conditions(folder: string) {
  const at = (dist: string) => [dist, folder, 'index'].filter(Boolean).join('/');
  return {
    import: { types: `./${at(ESM_DIST)}.d.ts`, default: `./${at(ESM_DIST)}.js` },
    require: { types: `./${at(CJS_DIST)}.d.ts`, default: `./${at(CJS_DIST)}.js` },
  };
}

/**
 * package.json of a package compiled to dist/ (ESM) and dist/cjs/ (CommonJS), both with declarations: `import`
 * and `require` each resolve to their own format and their own types, so every resolver (node10, node16 ESM and
 * CJS, bundler) finds code and types in the format it asked for.
 */
export function packageJson(root: string, dir: string, fields: PackageFields): GeneratedFile {
  const rootPkg = rootPackage(root);
  if (!rootPkg.repository?.url) throw new Error('the root package.json has no repository.url: the generated packages copy it');
  const subpaths = fields.subpaths ?? [];
  const esmOnly = isEsmOnly(fields);
  const formats = esmOnly
    ? {
        exports: { '.': { types: `./${ESM_DIST}/index.d.ts`, default: `./${ESM_DIST}/index.js` }, './package.json': './package.json' },
        main: `./${ESM_DIST}/index.js`,
        types: `./${ESM_DIST}/index.d.ts`,
      }
    : {
        exports: {
          '.': conditions(''),
          ...Object.fromEntries(subpaths.map((folder) => [`./${folder}`, conditions(folder)])),
          './package.json': './package.json',
        },
        main: `./${CJS_DIST}/index.js`,
        module: `./${ESM_DIST}/index.js`,
        types: `./${CJS_DIST}/index.d.ts`,
      };
  const bin = fields.bin ? { bin: fields.bin } : {};
  const pkg = {
    name: fields.name,
    version: fields.version ?? INITIAL_VERSION,
    description: fields.description,
    keywords: fields.keywords ?? ['connectfi', 'openapi', 'payments'],
    license: 'Apache-2.0',
    repository: { type: 'git', url: rootPkg.repository.url, directory: dir },
    type: 'module',
    ...formats,
    ...bin,
    files: [ESM_DIST, ...subpaths, 'README.md', 'LICENSE', 'CHANGELOG.md', ...(fields.extraFiles ?? [])],
    sideEffects: fields.bin ? Object.values(fields.bin) : false,
    engines: rootPkg.engines,
    dependencies: fields.dependencies,
  };
  return { path: `${dir}/package.json`, content: `${JSON.stringify(pkg, null, 2)}\n` };
}

/** dist/cjs/package.json: marks the CommonJS build as CommonJS inside a `"type": "module"` package. */
export function cjsMarker(dir: string): GeneratedFile {
  return { path: `${dir}/${CJS_DIST}/package.json`, content: `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n` };
}

/**
 * `<dir>/<folder>/package.json` for each subpath: resolvers that ignore `exports` (node10, older bundlers) find
 * `<name>/<folder>` through this folder, and land on the CommonJS build like the root's `main`/`types` do.
 */
export function subpathRedirects(dir: string, subpaths: string[]): GeneratedFile[] {
  return subpaths.map((folder) => ({
    path: `${dir}/${folder}/package.json`,
    content: `${JSON.stringify({ main: `../${CJS_DIST}/${folder}/index.js`, module: `../${ESM_DIST}/${folder}/index.js`, types: `../${CJS_DIST}/${folder}/index.d.ts` }, null, 2)}\n`,
  }));
}

/** The root's LICENSE, copied into the package: a tarball carries its own license text. */
export function licenseFile(root: string, dir: string): GeneratedFile {
  return { path: `${dir}/LICENSE`, content: readFileSync(join(root, 'LICENSE'), 'utf8') };
}

/**
 * CHANGELOG.md: the release entries `npm run release` wrote into the root's CHANGELOG.md (one version for the spec
 * and every package), under the package's name, above the initial entry generated from the IR. The release writes
 * the root file before it regenerates, so a released package ships its own entry.
 */
export function changelogFile(root: string, dir: string, name: string, ir: ApiIR, version = INITIAL_VERSION): GeneratedFile {
  const rootLog = join(root, 'CHANGELOG.md');
  const released = existsSync(rootLog)
    ? readFileSync(rootLog, 'utf8')
        .replace(/^# Changelog\n[\s\S]*?\n(?=## )/, '')
        .trim()
    : '';
  const initial = released ? INITIAL_VERSION : version;
  const content = `# Changelog: ${name}

Every version is generated from the connectFi OpenAPI description: a breaking change in the API description is a
major version, an addition a minor, a description-only change a patch.
${released ? `\n${released}\n` : ''}
## ${initial}

First published version, generated from ${ir.title} ${released ? INITIAL_VERSION : ir.version}: ${ir.operations.length} operations and
${ir.webhooks.length} webhooks.
`;
  return { path: `${dir}/CHANGELOG.md`, content };
}

/**
 * Everything publishable about a package except its README: package.json, dist/cjs marker, subpath redirects,
 * LICENSE, CHANGELOG.
 */
export function packageFiles(root: string, dir: string, ir: ApiIR, fields: PackageFields): GeneratedFile[] {
  const cjs = isEsmOnly(fields) ? [] : [cjsMarker(dir)];
  return [packageJson(root, dir, fields), ...cjs, ...subpathRedirects(dir, fields.subpaths ?? []), licenseFile(root, dir), changelogFile(root, dir, fields.name, ir, fields.version)];
}
