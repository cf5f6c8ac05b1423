// The server package's compile: its sources through the run's one compile (framework/compile.ts), in memory. A
// syntax error stops the run, naming the file and line, before anything is written.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { compileOne } from '../../framework/compile.ts';

/** Compiles the `.ts` files among `sources` (all under `srcDir`) into `outDir`; both relative to the root. */
export function compileTypeScript(context: EmitContext, srcDir: string, outDir: string, sources: GeneratedFile[]): Promise<GeneratedFile[]> {
  return compileOne({ srcDir, outDir, sources, environment: 'node' }, context);
}
