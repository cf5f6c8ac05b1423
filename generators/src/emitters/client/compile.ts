// The package's one compile: type-check every client source in the run's Project and emit `.js` + `.d.ts` into
// dist/. A type error in generated code stops generation, naming the file and line.
import type { Project } from 'ts-morph';
import type { GeneratedFile } from '../../framework/emitter.ts';
import { CLIENT_DIR } from './paths.ts';

export function compileClient(project: Project, root: string, files: GeneratedFile[]): GeneratedFile[] {
  const sources = files
    .filter((f) => f.path.endsWith('.ts'))
    .map((f) => project.getSourceFile(`${root}/${f.path}`) ?? project.createSourceFile(`${root}/${f.path}`, f.content, { overwrite: true }));
  const diagnostics = sources.flatMap((sf) => sf.getPreEmitDiagnostics());
  if (diagnostics.length) {
    const lines = diagnostics.slice(0, 20).map((d) => {
      const where = d.getSourceFile()?.getFilePath().slice(root.length + 1) ?? '(global)';
      const text = d.getMessageText();
      return `${where}:${d.getLineNumber() ?? 0}: ${typeof text === 'string' ? text : text.getMessageText()}`;
    });
    throw new Error(`the generated client does not type-check (${diagnostics.length} errors):\n${lines.join('\n')}`);
  }
  // One emit of the whole Project (per-file emits cost five times more), keeping this package's outputs.
  const src = `${root}/${CLIENT_DIR}/src/`;
  return project.emitToMemory().getFiles()
    .filter((emitted) => emitted.filePath.startsWith(src))
    .map((emitted) => ({ path: `${CLIENT_DIR}/dist/${emitted.filePath.slice(src.length)}`, content: emitted.text }));
}
