// tsc at generation time, in memory: the package's TypeScript sources -> ESM `.js` + `.d.ts`. Type errors in the
// generated code stop the run, naming the file and line, before anything is written.
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../../framework/emitter.ts';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  declaration: true,
  skipLibCheck: true,
  types: ['node'],
  // No DOM: the package runs on Node, whose types declare the Fetch API globals it uses (and the DOM lib is slow to load).
  lib: ['lib.es2022.d.ts'],
  newLine: ts.NewLineKind.LineFeed,
};

/** Compiles the `.ts` files among `sources` (all under `srcDir`) into `outDir`; both relative to `root`. */
export function compileTypeScript(root: string, srcDir: string, outDir: string, sources: GeneratedFile[]): GeneratedFile[] {
  const memory = new Map(sources.filter((f) => f.path.endsWith('.ts')).map((f) => [join(root, f.path), f.content]));
  const directories = new Set([...memory.keys()].flatMap((file) => {
    const parts: string[] = [];
    for (let dir = dirname(file); dir.startsWith(join(root, srcDir)); dir = dirname(dir)) parts.push(dir);
    return parts;
  }));
  const options = { ...OPTIONS, rootDir: join(root, srcDir), outDir: join(root, outDir) };
  const host = ts.createCompilerHost(options);
  const fromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = memory.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : fromDisk(name, language, ...rest);
  };
  host.fileExists = (name) => memory.has(name) || (!name.startsWith(join(root, srcDir) + sep) && ts.sys.fileExists(name));
  host.readFile = (name) => memory.get(name) ?? ts.sys.readFile(name);
  host.directoryExists = (dir) => directories.has(dir) || ts.sys.directoryExists(dir);
  const emitted: GeneratedFile[] = [];
  host.writeFile = (name, text) => emitted.push({ path: relative(root, name).split(sep).join('/'), content: text });

  const program = ts.createProgram([...memory.keys()], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    throw new Error(`the generated TypeScript does not compile:\n${ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' })}`);
  }
  program.emit();
  return emitted.sort((a, b) => a.path.localeCompare(b.path));
}
