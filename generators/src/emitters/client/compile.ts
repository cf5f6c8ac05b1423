// The client package's compile: its sources through the run's one compile (framework/compile.ts), held to what
// browsers have: an import of a `node:` module stops generation, naming the file and line.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { compileOne } from '../../framework/compile.ts';
import { CLIENT_DIR } from './paths.ts';

export function compileClient(context: EmitContext, files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return compileOne({ srcDir: `${CLIENT_DIR}/src`, outDir: `${CLIENT_DIR}/dist`, sources: files, environment: 'browser' }, context);
}
