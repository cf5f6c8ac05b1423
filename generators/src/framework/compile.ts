// The compile of a generation run: every package's modules to `.js` (ES2022 modules) and `.d.ts`, each module from
// its own text alone (transpile.ts: oxc strips the types and declares it, `isolatedDeclarations`), so no lib file is
// parsed and no checker runs. A module several packages carry is compiled once. The type-check is type-check.ts's
// `checkPackages`, run by npm test with the options that keep this exact.
import type { GeneratedFile } from './emitter.ts';
import { nodeImportsIn } from './node-imports.ts';
import { emitModule, ModuleError, type EmittedModule } from './transpile.ts';

export interface CompileRequest {
  /** The package's TypeScript sources directory and its output directory, relative to the root, e.g. `generated/client/src`. */
  srcDir: string;
  outDir: string;
  /** Every file of the package; the `.ts` ones under srcDir are compiled. */
  sources: GeneratedFile[];
  /** `browser`: no Node-only API may be used (only a file with `/// <reference types="node" />` opts out). */
  environment: 'browser' | 'node';
}

/** One package alone, for a caller that runs a group without the run's batch. */
export async function compileOne(request: CompileRequest, context: { compile?(request: CompileRequest): Promise<GeneratedFile[]> }): Promise<GeneratedFile[]> {
  return context.compile ? context.compile(request) : compilePackages([request])[0];
}

/** A module `compilePackages` compiles: a `.ts` file (not a `.d.ts`) under the request's srcDir. */
export const isModule = (request: Pick<CompileRequest, 'srcDir'>, file: GeneratedFile) => file.path.startsWith(`${request.srcDir}/`) && file.path.endsWith('.ts') && !file.path.endsWith('.d.ts');

const LIMIT = 30;

/** What each failure kind asks of the reader, before its located problems. */
const HEADINGS: Record<ModuleError['kind'] | 'node', string> = {
  syntax: 'the generated TypeScript does not parse:',
  declarations: "the generated TypeScript's declarations cannot be emitted module by module (isolatedDeclarations): write the type each names:",
  node: 'a browser-safe package uses Node-only APIs (add /// <reference types="node" /> to a file that is meant for Node only):',
};

/**
 * Emits every request and returns each package's `.js` + `.d.ts` under its outDir, sorted by path. A module whose
 * emitter wrote its `.d.ts` (GeneratedFile.declaration) is only transpiled. No type-check: see type-check.ts. A
 * syntax error, an import of a `node:` module in a browser-safe package, or a declaration that needs an inferred type
 * stops the run, naming every such file and line (the first of each kind found; up to 30).
 */
export function compilePackages(requests: CompileRequest[]): GeneratedFile[][] {
  const emitted = new Map<string, EmittedModule>();
  const problems: Record<keyof typeof HEADINGS, string[]> = { syntax: [], declarations: [], node: [] };
  for (const request of requests) {
    for (const f of request.sources) {
      if (!isModule(request, f)) continue;
      if (request.environment === 'browser' && f.declaration === undefined) problems.node.push(...nodeImportsIn(f.content, f.path));
      if (emitted.has(f.content)) continue;
      try {
        emitted.set(f.content, emitModule(f.content, f.path, f.declaration === undefined));
      } catch (error) {
        if (!(error instanceof ModuleError)) throw error;
        problems[error.kind].push(...error.problems);
      }
    }
  }
  const failed = (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).filter((kind) => problems[kind].length);
  if (failed.length) throw new Error(failed.map((kind) => `${HEADINGS[kind]}\n${problems[kind].slice(0, LIMIT).join('\n')}`).join('\n'));
  return requests.map((request) => {
    const out = (f: GeneratedFile, extension: string) => `${request.outDir}/${f.path.slice(request.srcDir.length + 1).replace(/\.ts$/, extension)}`;
    return request.sources
      .filter((f) => isModule(request, f))
      .flatMap((f) => {
        const { js, dts } = emitted.get(f.content)!;
        return [
          { path: out(f, '.js'), content: js },
          { path: out(f, '.d.ts'), content: f.declaration ?? dts! },
        ];
      })
      .sort((a, b) => a.path.localeCompare(b.path));
  });
}
