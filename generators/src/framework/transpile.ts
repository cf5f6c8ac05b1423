// One module's TypeScript to JavaScript and declarations on its own, without a Program or a checker: oxc (Rust, in
// process) strips the types and declares the module from its own text (`isolatedDeclarations`) in one parse, ~20x
// less CPU than TypeScript's declaration emit plus esbuild did; esbuild then turns that ES module into its CommonJS
// twin (commonjs.ts), which oxc does not write. The type-check is `checkPackages` (type-check.ts, in `npm test`),
// with `isolatedModules` and `isolatedDeclarations` so that every module means the same compiled alone.
import { transformSync as toCommonJsSync } from 'esbuild';
import { transformSync, type OxcError } from 'oxc-transform';

export interface EmittedModule {
  /** ES2022, as an ES module. */
  js: string;
  /** The module's `.d.ts`, when asked for. */
  dts?: string;
}

/** An oxc error as TypeScript prints one, `path(line,column): message`, so both tools' reports read alike. */
function located(path: string, source: string, error: OxcError): string {
  const start = error.labels[0]?.start;
  if (start === undefined) return `${path}: ${error.message}`;
  const before = source.slice(0, start);
  const line = before.split('\n').length;
  return `${path}(${line},${start - before.lastIndexOf('\n')}): ${error.message}`;
}

/**
 * A failure of one module: `syntax` when it does not parse, `declarations` when it parses but its `.d.ts` needs a
 * type it does not write (isolatedDeclarations). `problems` are located as `path(line,column): message`.
 */
export class ModuleError extends Error {
  constructor(
    readonly kind: 'syntax' | 'declarations',
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
  }
}

/**
 * oxc drops line comments, esbuild every comment; the module's leading line comments (the generated banner that
 * says "do not edit", a runtime file's note on what it holds) are put back after any shebang, so a reader of dist/
 * still sees them. oxc keeps JSDoc blocks.
 */
function withHeader(source: string, code: string): string {
  const header = /^(?:#![^\n]*\n)?((?:\/\/[^\n]*\n)+)/.exec(source)?.[1];
  if (!header || code.includes(header)) return code;
  const shebang = /^#![^\n]*\n/.exec(code)?.[0] ?? '';
  return `${shebang}${header}${code.slice(shebang.length)}`;
}

/**
 * `path` (relative to the root) names the module in an error. `declare`: also write its `.d.ts` (false for a module
 * whose emitter wrote its own). Throws a ModuleError.
 */
export function emitModule(source: string, path: string, declare: boolean): EmittedModule {
  // ES2022 as the packages' type-check targets; class fields keep define semantics, as tsc emits them for ES2022.
  const result = transformSync(path, source, { lang: 'ts', sourceType: 'module', target: 'es2022', typescript: declare ? { declaration: {} } : {} });
  const errors = result.errors.filter((e) => e.severity === 'Error');
  if (errors.length) {
    // A parse failure leaves no code; a declaration that needs an inferred type leaves the JavaScript intact.
    throw new ModuleError(
      result.code ? 'declarations' : 'syntax',
      errors.map((e) => located(path, source, e)),
    );
  }
  return { js: withHeader(source, result.code), dts: declare ? result.declaration : undefined };
}

/**
 * The CommonJS twin of an ES module `emitModule` wrote (`loader: 'js'`), or of a TypeScript module written for
 * CommonJS only (`'ts'`: `import x = require()`, which no ES module may hold). platform node: esbuild then annotates the export names, so
 * that Node's `import` of the CommonJS build finds them (cjs-module-lexer); a default import of a CommonJS
 * dependency (openapi-fetch's `exports.default`) reads `.default` only when the module says it is an ES module, as
 * TypeScript's esModuleInterop does.
 */
export function toCommonJs(source: string, path: string, loader: 'js' | 'ts' = 'js'): string {
  try {
    const { code } = toCommonJsSync(source, { loader, target: 'es2022', format: 'cjs', platform: 'node', sourcefile: path, tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } } });
    return withHeader(source, code);
  } catch (error) {
    throw new Error(`${path} does not transpile to CommonJS: ${(error as Error).message}`);
  }
}
