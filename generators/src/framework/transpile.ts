// One module's TypeScript to JavaScript on its own, without a Program or a type-check: esbuild, ~30x less CPU than
// `ts.transpileModule` over the packages (the type-check is `checkPackages`, in `npm test`, with `isolatedModules`
// so that every module means the same compiled alone). Shared by the ESM build (compile.ts) and its CommonJS twin
// (commonjs.ts).
import { transformSync, type TransformOptions } from 'esbuild';

const FORMATS: Record<'esm' | 'cjs', TransformOptions> = {
  esm: { format: 'esm' },
  // platform node: esbuild then annotates the export names, so that Node's `import` of the CommonJS build finds
  // them (cjs-module-lexer). A default import of a CommonJS dependency (openapi-fetch's `exports.default`) reads
  // `.default` only when the module says it is an ES module, as TypeScript's esModuleInterop does.
  cjs: { format: 'cjs', platform: 'node' },
};

/**
 * esbuild drops comments; the module's leading line comments (the generated banner that says "do not edit", a runtime
 * file's note on what it holds) are put back after any shebang, so a reader of dist/ still sees them.
 */
function withHeader(source: string, code: string): string {
  const header = /^(?:#![^\n]*\n)?((?:\/\/[^\n]*\n)+)/.exec(source)?.[1];
  if (!header) return code;
  const shebang = /^#![^\n]*\n/.exec(code)?.[0] ?? '';
  return `${shebang}${header}${code.slice(shebang.length)}`;
}

/** `path` (relative to the root) names the module in an error. */
export function transpile(source: string, path: string, format: 'esm' | 'cjs'): string {
  try {
    // ES2022 as the packages' compile targets; class fields with define semantics, as tsc emits for ES2022.
    const { code } = transformSync(source, { loader: 'ts', target: 'es2022', sourcefile: path, tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }, ...FORMATS[format] });
    return withHeader(source, code);
  } catch (error) {
    throw new Error(`${path} does not transpile to ${format === 'esm' ? 'ES modules' : 'CommonJS'}: ${(error as Error).message}`);
  }
}
