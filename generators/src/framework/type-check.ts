// The type-check npm test runs on the generated packages (test/generators/generated-types.test.ts): every package's
// sources with the lib files and @types/node in one Program, with the options that keep generation's module-by-module
// emit (compile.ts) exact: `isolatedModules`. Generation itself never type-checks: it costs more than the rest of
// generation together.
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type * as TS from 'typescript';
import type { CompileRequest } from './compile.ts';
import { nodeImportsIn } from './node-imports.ts';

const ts: typeof TS = createRequire(import.meta.url)('typescript');

/**
 * ESM (NodeNext) with declarations. The lib has the DOM (the client runs in browsers) and the types have Node
 * (the server runs on it); a browser-safe package is held to the browser by `nodeOnlyUses` instead.
 */
const COMPILE_OPTIONS: TS.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * The lib files and @types the type-check's Program reads from disk, parsed once per process (by name and parse
 * options): they do not change within a run, and they are most of what that Program parses (~4.7 MB).
 */
const diskFiles = new Map<string, TS.SourceFile | undefined>();

/** The requests' sources in one in-memory Program, with the lib files and @types the options name. */
function packagesProgram(root: string, requests: Pick<CompileRequest, 'srcDir' | 'sources'>[], extra: TS.CompilerOptions): TS.Program {
  const memory = new Map<string, string>();
  for (const request of requests) {
    for (const f of request.sources) if (f.path.endsWith('.ts') && f.path.startsWith(`${request.srcDir}/`)) memory.set(join(root, f.path), f.content);
  }
  const srcRoots = requests.map((r) => join(root, r.srcDir));
  const directories = new Set(
    [...memory.keys()].flatMap((file) => {
      const parts: string[] = [];
      for (let dir = dirname(file); srcRoots.some((s) => dir.startsWith(s)); dir = dirname(dir)) parts.push(dir);
      return parts;
    }),
  );
  const options = { ...COMPILE_OPTIONS, rootDir: root, ...extra };
  const host = ts.createCompilerHost(options);
  const fromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = memory.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, language);
    const key = `${name}\0${JSON.stringify(language)}`;
    if (!diskFiles.has(key)) diskFiles.set(key, fromDisk(name, language, ...rest));
    return diskFiles.get(key);
  };
  // Inside a package's src/ only the in-memory sources exist: a stale file on disk never joins the compile.
  host.fileExists = (name) => memory.has(name) || (!srcRoots.some((s) => name.startsWith(s + sep)) && ts.sys.fileExists(name));
  host.readFile = (name) => memory.get(name) ?? ts.sys.readFile(name);
  host.directoryExists = (dir) => directories.has(dir) || ts.sys.directoryExists(dir);
  return ts.createProgram([...memory.keys()], options, host);
}

const format = (root: string, diagnostics: readonly TS.Diagnostic[]) => ts.formatDiagnostics(diagnostics.slice(0, 30), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });

/**
 * The type-check of packages' sources with the options they are emitted with: throws on a type error (naming the
 * file and line) and on a use of what only Node declares in a browser-safe package.
 */
export function checkPackages(root: string, requests: Omit<CompileRequest, 'outDir'>[]): void {
  // isolatedModules: each module must compile alone, as compilePackages transpiles it.
  const program = packagesProgram(root, requests, { noEmit: true, isolatedModules: true });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) throw new Error(`the generated TypeScript does not compile:\n${format(root, diagnostics)}`);
  const nodeOnly = requests.filter((r) => r.environment === 'browser').flatMap((r) => nodeOnlyUses(program, root, r.srcDir));
  if (nodeOnly.length) throw new Error(`a browser-safe package uses Node-only APIs (add /// <reference types="node" /> to a file that is meant for Node only):\n${nodeOnly.slice(0, 30).join('\n')}`);
}

const opensNode = (file: TS.SourceFile) => file.typeReferenceDirectives.some((d) => d.fileName === 'node');

const lineOf = (file: TS.SourceFile, node: TS.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

/**
 * Uses, in the sources under `srcDir` (relative to `root`), of what only Node declares: an import of a `node:`
 * module, or a global whose every declaration is in @types/node (so `fetch` and `Response`, which the DOM lib
 * declares too, pass).
 */
export function nodeOnlyUses(program: TS.Program, root: string, srcDir: string): string[] {
  const dir = join(root, srcDir);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(dir + sep) || opensNode(file)) continue;
    const path = relative(root, file.fileName);
    found.push(...nodeImportsIn(file.text, path));
    const visit = (node: TS.Node): void => {
      if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !(ts.isQualifiedName(node.parent) && node.parent.right === node)) {
        const declarations = checker.getSymbolAtLocation(node)?.declarations;
        if (declarations?.length && declarations.every((d) => /[\\/]@types[\\/]node[\\/]/.test(d.getSourceFile().fileName))) found.push(`${path}:${lineOf(file, node)}: ${node.text} is declared only by @types/node`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
