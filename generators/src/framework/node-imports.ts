// Imports of `node:` modules in a module's text, for the packages that must run in browsers (the client). Read with
// TypeScript's import scanner (`preProcessFile`: a scan, no parse, no Program), shared by generation's emit
// (compile.ts) and the type-check (type-check.ts). TypeScript is required on first use: generation has it loaded
// already for openapi-typescript, and loading it only for this costs a third of a second.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';

let loaded: typeof TS | undefined;
const typescript = (): typeof TS => (loaded ??= createRequire(import.meta.url)('typescript') as typeof TS);

/** `path:line: imports node:x` for each import, re-export or `import()` of a `node:` module, unless the module opens Node. */
export function nodeImportsIn(text: string, path: string): string[] {
  const info = typescript().preProcessFile(text, true, false);
  if (info.typeReferenceDirectives.some((d) => d.fileName === 'node')) return [];
  return info.importedFiles.filter((f) => f.fileName.startsWith('node:')).map((f) => `${path}:${text.slice(0, f.pos).split('\n').length}: imports ${f.fileName}`);
}
