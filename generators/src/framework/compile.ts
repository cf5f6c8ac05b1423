// The one TypeScript compile of a generation run: every package's sources in one in-memory Program with one set of
// options, emitted once (the lib files, @types/node and the packages' shared shapes are parsed once instead of once
// per package). Emitting skips the type-check, which costs more than the rest of generation together; the same
// Program, type-checked, is `checkPackages`, run on the generated packages by `npm test`.
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from './emitter.ts';
import { transpile } from './transpile.ts';

/**
 * ESM (NodeNext) with declarations. The lib has the DOM (the client runs in browsers) and the types have Node
 * (the server runs on it); a browser-safe package is held to the browser by `nodeOnlyUses` instead.
 */
export const COMPILE_OPTIONS: ts.CompilerOptions = {
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
export async function compileOne(root: string, request: CompileRequest, context: { compile?(request: CompileRequest): Promise<GeneratedFile[]> }): Promise<GeneratedFile[]> {
  return context.compile ? context.compile(request) : compilePackages(root, [request])[0];
}

/**
 * The lib files and @types the Programs read from disk, parsed once per process (by name and parse options): they
 * do not change within a run, and they are most of what a Program parses (~4.7 MB).
 */
const diskFiles = new Map<string, ts.SourceFile | undefined>();

/**
 * Parses those files ahead of the compile: `generate --wait` calls this while the build is still bundling, so that
 * the compile after it parses only the packages' own sources.
 */
export function preloadLibraries(root: string): void {
  packagesProgram(root, [{ srcDir: '.compile-preload', sources: [{ path: '.compile-preload/index.ts', content: 'export {};\n' }] }], {});
}

/** The requests' sources in one in-memory Program; `writeFile` collects what it emits, relative to the root. */
function packagesProgram(root: string, requests: Pick<CompileRequest, 'srcDir' | 'sources'>[], extra: ts.CompilerOptions): { program: ts.Program; emitted: GeneratedFile[] } {
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
  // Emitted paths keep their place relative to the root under a scratch outDir, then move to each package's outDir.
  const scratch = join(root, '.compile-out');
  const options = { ...COMPILE_OPTIONS, rootDir: root, outDir: scratch, ...extra };
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
  const emitted: GeneratedFile[] = [];
  host.writeFile = (name, text) => emitted.push({ path: relative(scratch, name).split(sep).join('/'), content: text });
  return { program: ts.createProgram([...memory.keys()], options, host), emitted };
}

const format = (root: string, diagnostics: readonly ts.Diagnostic[]) => ts.formatDiagnostics(diagnostics.slice(0, 30), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });

/**
 * Emits every request and returns each package's `.js` + `.d.ts` under its outDir, sorted by path. No type-check:
 * it costs more than the rest of generation together, and `checkPackages` does it in `npm test`
 * (test/generators/generated-types.test.ts). The declarations come from one Program with `noCheck` (the checker
 * runs only where a declaration needs an inferred type); the JavaScript, file by file, from esbuild (transpile.ts),
 * which needs no checker (the check's `isolatedModules` keeps that exact). A syntax error, an import of a `node:`
 * module in a browser-safe package, or a declaration that cannot be emitted still stops the run here, naming the
 * file and line.
 */
export function compilePackages(root: string, requests: CompileRequest[]): GeneratedFile[][] {
  const { program, emitted } = packagesProgram(root, requests, { noCheck: true, emitDeclarationOnly: true });
  const syntax = program.getSyntacticDiagnostics();
  if (syntax.length) throw new Error(`the generated TypeScript does not parse:\n${format(root, syntax)}`);
  const nodeImports = requests.filter((r) => r.environment === 'browser').flatMap((r) => nodeOnlyUses(program, root, r.srcDir, { imports: true }));
  if (nodeImports.length) throw new Error(`a browser-safe package uses Node-only APIs (add /// <reference types="node" /> to a file that is meant for Node only):\n${nodeImports.slice(0, 30).join('\n')}`);
  const { diagnostics } = program.emit();
  if (diagnostics.length) throw new Error(`the generated TypeScript does not emit:\n${format(root, diagnostics)}`);
  return requests.map((request) => {
    const code = request.sources.filter((f) => f.path.startsWith(`${request.srcDir}/`) && f.path.endsWith('.ts') && !f.path.endsWith('.d.ts')).map((f) => ({ path: f.path, content: transpile(f.content, f.path, 'esm') }));
    // `x.ts` compiles to `x.js`; the declarations were emitted as `x.d.ts` already.
    const output = (path: string) => (path.endsWith('.d.ts') ? path : path.replace(/\.ts$/, '.js'));
    return [...code, ...emitted.filter((f) => f.path.startsWith(`${request.srcDir}/`))]
      .map((f) => ({ path: `${request.outDir}/${output(f.path.slice(request.srcDir.length + 1))}`, content: f.content }))
      .sort((a, b) => a.path.localeCompare(b.path));
  });
}

/**
 * The type-check of packages' sources with the options they are emitted with: throws on a type error (naming the
 * file and line) and on a use of what only Node declares in a browser-safe package.
 */
export function checkPackages(root: string, requests: Omit<CompileRequest, 'outDir'>[]): void {
  // isolatedModules: each module must compile alone, as compilePackages transpiles it.
  const { program } = packagesProgram(root, requests, { noEmit: true, isolatedModules: true });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) throw new Error(`the generated TypeScript does not compile:\n${format(root, diagnostics)}`);
  const nodeOnly = requests.filter((r) => r.environment === 'browser').flatMap((r) => nodeOnlyUses(program, root, r.srcDir));
  if (nodeOnly.length) throw new Error(`a browser-safe package uses Node-only APIs (add /// <reference types="node" /> to a file that is meant for Node only):\n${nodeOnly.slice(0, 30).join('\n')}`);
}

/**
 * Uses, in the sources under `srcDir` (relative to `root`), of what only Node declares: an import of a `node:` module, or a global
 * whose every declaration is in @types/node (so `fetch` and `Response`, which the DOM lib declares too, pass). `imports`
 * looks at the imports only, which needs no type-checker.
 */
export function nodeOnlyUses(program: ts.Program, root: string, srcDir: string, { imports = false } = {}): string[] {
  const dir = join(root, srcDir);
  const checker = imports ? undefined : program.getTypeChecker();
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(dir + sep)) continue;
    if (file.typeReferenceDirectives.some((d) => d.fileName === 'node')) continue;
    const where = (node: ts.Node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return `${relative(root, file.fileName)}:${line + 1}`;
    };
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (/^node:/.test(node.moduleSpecifier.text)) found.push(`${where(node)}: imports ${node.moduleSpecifier.text}`);
      } else if (checker && ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !(ts.isQualifiedName(node.parent) && node.parent.right === node)) {
        const declarations = checker.getSymbolAtLocation(node)?.declarations;
        if (declarations?.length && declarations.every((d) => /[\\/]@types[\\/]node[\\/]/.test(d.getSourceFile().fileName))) found.push(`${where(node)}: ${node.text} is declared only by @types/node`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
