// The CommonJS twin of a package's ESM build, for `require()` and for resolvers that look for CommonJS types.
// The sources were type-checked once by the ESM compile; here each is only transpiled (no second type-check), and
// the ESM declarations are copied beside the result: under dist/cjs/package.json's `"type": "commonjs"` the same
// text declares the CommonJS module.
import ts from 'typescript';
import type { GeneratedFile } from './emitter.ts';
import { CJS_DIST, ESM_DIST } from './package.ts';

const CJS_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  // A default import of a CommonJS-shaped dependency (openapi-fetch's `exports.default`) reads `.default` only when
  // the module says it is an ES module; `__importDefault` does exactly that.
  esModuleInterop: true,
  newLine: ts.NewLineKind.LineFeed,
};

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
      const { outputText, diagnostics } = ts.transpileModule(f.content, { compilerOptions: CJS_OPTIONS, fileName: f.path, reportDiagnostics: true });
      if (diagnostics?.length) throw new Error(`${f.path} does not transpile to CommonJS: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
      return { path: `${cjs}${relative}`, content: outputText };
    });
  const declarations = esmOutput
    .filter((f) => f.path.startsWith(esm) && !f.path.startsWith(cjs) && f.path.endsWith('.d.ts'))
    .map((f) => ({ path: `${cjs}${f.path.slice(esm.length)}`, content: f.content }));
  return [...code, ...declarations];
}
