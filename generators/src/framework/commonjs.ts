// The CommonJS twin of a package's ESM build, for `require()` and for resolvers that look for CommonJS types.
// Each ES module of the build is only rewritten as CommonJS (transpile.ts toCommonJs; the type-check is npm
// test's, framework/type-check.ts), and the ESM declarations are copied beside the result: under
// dist/cjs/package.json's `"type": "commonjs"` the same text declares the CommonJS module.
import { isModule } from './compile.ts';
import type { GeneratedFile } from './emitter.ts';
import { CJS_DIST, ESM_DIST } from './package.ts';
import { toCommonJs } from './transpile.ts';

export interface CommonJsOptions {
  skip?: (srcPath: string) => boolean;
  variants?: Record<string, string>;
}

/**
 * `<dir>/dist/cjs/**`: the ESM build of every `.ts` source under `<dir>/src/` rewritten as CommonJS, and every
 * declaration under `<dir>/dist/` (ESM build, not already in dist/cjs) copied. `skip(path)` leaves a source out (a
 * module the package emits in CommonJS itself or not at all); `variants` maps a source to the TypeScript its CommonJS
 * build is transpiled from instead (a module that locates itself by `__dirname` rather than `import.meta.url`).
 */
export function commonJsBuild(dir: string, sources: GeneratedFile[], esmOutput: GeneratedFile[], { skip = () => false, variants = {} }: CommonJsOptions = {}): GeneratedFile[] {
  const src = `${dir}/src/`;
  const esm = `${dir}/${ESM_DIST}/`;
  const cjs = `${dir}/${CJS_DIST}/`;
  const built = new Map(esmOutput.map((f) => [f.path, f.content]));
  const code = sources
    .filter((f) => isModule({ srcDir: `${dir}/src` }, f) && !skip(f.path))
    .map((f) => {
      const relative = f.path.slice(src.length).replace(/\.ts$/, '.js');
      const variant = variants[f.path];
      if (variant !== undefined) return { path: `${cjs}${relative}`, content: toCommonJs(variant, f.path, 'ts') };
      const module = built.get(`${esm}${relative}`);
      if (module === undefined) throw new Error(`${f.path} has no ES module in ${esm} to rewrite as CommonJS`);
      return { path: `${cjs}${relative}`, content: toCommonJs(module, f.path) };
    });
  const declarations = esmOutput.filter((f) => f.path.startsWith(esm) && !f.path.startsWith(cjs) && f.path.endsWith('.d.ts')).map((f) => ({ path: `${cjs}${f.path.slice(esm.length)}`, content: f.content }));
  return [...code, ...declarations];
}
