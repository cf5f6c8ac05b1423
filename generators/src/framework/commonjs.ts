// The CommonJS twin of a package's ESM build, for `require()` and for resolvers that look for CommonJS types.
// Each source is only transpiled (the type-check is npm test's, framework/compile.ts checkPackages), and
// the ESM declarations are copied beside the result: under dist/cjs/package.json's `"type": "commonjs"` the same
// text declares the CommonJS module.
import type { GeneratedFile } from './emitter.ts';
import { CJS_DIST, ESM_DIST } from './package.ts';
import { transpile } from './transpile.ts';

/**
 * `<dir>/dist/cjs/**`: every `.ts` source under `<dir>/src/` transpiled to CommonJS, and every declaration under
 * `<dir>/dist/` (ESM build, not already in dist/cjs) copied. `skip(path)` leaves a source out (a module the
 * package emits in CommonJS itself).
 */
export function commonJsBuild(dir: string, sources: GeneratedFile[], esmOutput: GeneratedFile[], skip: (srcPath: string) => boolean = () => false): GeneratedFile[] {
  const src = `${dir}/src/`;
  const esm = `${dir}/${ESM_DIST}/`;
  const cjs = `${dir}/${CJS_DIST}/`;
  const code = sources
    .filter((f) => f.path.startsWith(src) && f.path.endsWith('.ts') && !f.path.endsWith('.d.ts') && !skip(f.path))
    .map((f) => {
      const relative = f.path.slice(src.length).replace(/\.ts$/, '.js');
      return { path: `${cjs}${relative}`, content: transpile(f.content, f.path, 'cjs') };
    });
  const declarations = esmOutput.filter((f) => f.path.startsWith(esm) && !f.path.startsWith(cjs) && f.path.endsWith('.d.ts')).map((f) => ({ path: `${cjs}${f.path.slice(esm.length)}`, content: f.content }));
  return [...code, ...declarations];
}
