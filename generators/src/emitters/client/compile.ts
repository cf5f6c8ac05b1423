// The client package's compile: its sources through the run's one TypeScript compile (framework/compile.ts), held
// to what browsers have. A type error in generated code stops generation, naming the file and line.
import type { EmitContext, GeneratedFile } from '../../framework/emitter.ts';
import { compileOne } from '../../framework/compile.ts';
import { CLIENT_DIR } from './paths.ts';

export function compileClient(context: EmitContext, files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return compileOne(context.root, { srcDir: `${CLIENT_DIR}/src`, outDir: `${CLIENT_DIR}/dist`, sources: files, environment: 'browser' }, context);
}
