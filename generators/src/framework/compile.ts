// The TypeScript compile of a generation run, and the type-check npm test runs on the generated packages. Emitting
// needs no type information: every module is transpiled alone (esbuild) and declared from its own text alone
// (`isolatedDeclarations`), so no lib file is parsed and no checker runs. `checkPackages` puts every package's
// sources with the lib files and @types/node in one Program and type-checks them, with the options that keep
// emitting module by module exact (`isolatedModules`).
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type * as TS from 'typescript';
import type { GeneratedFile } from './emitter.ts';
import { transpile } from './transpile.ts';

// Required, not imported: an ES import of typescript's 9 MB of CommonJS makes Node scan it for its export names,
// half a second of every run (openapi-typescript.ts loads it the same way).
const ts: typeof TS = createRequire(import.meta.url)('typescript');

/**
 * ESM (NodeNext) with declarations. The lib has the DOM (the client runs in browsers) and the types have Node
 * (the server runs on it); a browser-safe package is held to the browser by `nodeOnlyUses` instead.
 */
export const COMPILE_OPTIONS: TS.CompilerOptions = {
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
 * The declarations of the requests' modules, each from its own text alone (`isolatedDeclarations`, as
 * `ts.transpileDeclaration` does, in one Program): no lib, no @types, no module resolution and no checker, which
 * the one Program of every package with them cost several times over. A module with the same text in several
 * packages (the openapi-typescript types, the shared runtime) is declared once. A module whose declarations need an
 * inferred type stops the run, naming the file, line and the annotation to write; a module whose emitter wrote its
 * `.d.ts` (GeneratedFile.declaration) is left out. The syntax and the browser packages' imports are checked here.
 */
function declarationsOf(root: string, requests: CompileRequest[]): Map<string, string> {
  const firstPath = new Map<string, string>();
  for (const request of requests) {
    for (const f of request.sources) if (isModule(request, f) && f.declaration === undefined && !firstPath.has(f.content)) firstPath.set(f.content, join(root, f.path));
  }
  const memory = new Map([...firstPath].map(([content, path]) => [path, content]));
  const scratch = join(root, '.compile-out');
  const options: TS.CompilerOptions = {
    ...COMPILE_OPTIONS,
    lib: undefined,
    types: undefined,
    noLib: true,
    noResolve: true,
    isolatedDeclarations: true,
    noCheck: true,
    emitDeclarationOnly: true,
    rootDir: root,
    outDir: scratch,
  };
  const emitted = new Map<string, string>();
  const host: TS.CompilerHost = {
    getSourceFile: (name, language) => {
      const text = memory.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    getDefaultLibFileName: () => join(root, 'lib.d.ts'),
    writeFile: (name, text) => emitted.set(join(root, relative(scratch, name)).replace(/\.d\.ts$/, '.ts'), text),
    getCurrentDirectory: () => root,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => memory.has(name),
    readFile: (name) => memory.get(name),
  };
  const program = ts.createProgram([...memory.keys()], options, host);
  const syntax = program.getSyntacticDiagnostics();
  if (syntax.length) throw new Error(`the generated TypeScript does not parse:\n${format(root, syntax)}`);
  const nodeImports = requests
    .filter((r) => r.environment === 'browser')
    .flatMap((r) => r.sources.filter((f) => isModule(r, f) && f.declaration === undefined).flatMap((f) => nodeImportsOf(program.getSourceFile(firstPath.get(f.content)!)!, f.path)));
  if (nodeImports.length) throw new Error(`a browser-safe package uses Node-only APIs (add /// <reference types="node" /> to a file that is meant for Node only):\n${nodeImports.slice(0, 30).join('\n')}`);
  const { diagnostics } = program.emit(undefined, undefined, undefined, true);
  if (diagnostics.length) {
    throw new Error(`the generated TypeScript's declarations cannot be emitted module by module (isolatedDeclarations): write the type each names:\n${format(root, diagnostics)}`);
  }
  return new Map([...firstPath].map(([content, path]) => [content, emitted.get(path)!]));
}

/** A module `compilePackages` compiles: a `.ts` file (not a `.d.ts`) under the request's srcDir. */
const isModule = (request: Pick<CompileRequest, 'srcDir'>, file: GeneratedFile) => file.path.startsWith(`${request.srcDir}/`) && file.path.endsWith('.ts') && !file.path.endsWith('.d.ts');

/**
 * Emits every request and returns each package's `.js` + `.d.ts` under its outDir, sorted by path. No type-check:
 * it costs more than the rest of generation together, and `checkPackages` does it in `npm test`
 * (test/generators/generated-types.test.ts). The declarations come from each module's own text (declarationsOf);
 * the JavaScript, file by file, from esbuild (transpile.ts). Neither needs a checker: the check's `isolatedModules`
 * and `isolatedDeclarations` keep that exact. A syntax error, an import of a `node:` module in a browser-safe
 * package, or a declaration that needs an inferred type still stops the run here, naming the file and line.
 */
export function compilePackages(root: string, requests: CompileRequest[]): GeneratedFile[][] {
  const declarations = declarationsOf(root, requests);
  // The same module text in several packages is transpiled once.
  const javascript = new Map<string, string>();
  return requests.map((request) => {
    const out = (f: GeneratedFile, extension: string) => `${request.outDir}/${f.path.slice(request.srcDir.length + 1).replace(/\.ts$/, extension)}`;
    return request.sources
      .filter((f) => isModule(request, f))
      .flatMap((f) => {
        let js = javascript.get(f.content);
        if (js === undefined) javascript.set(f.content, (js = transpile(f.content, f.path, 'esm')));
        return [
          { path: out(f, '.js'), content: js },
          { path: out(f, '.d.ts'), content: f.declaration ?? declarations.get(f.content)! },
        ];
      })
      .sort((a, b) => a.path.localeCompare(b.path));
  });
}

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

/** Imports (and re-exports) of a `node:` module in `file`, named `path`, unless the file opts in to Node. */
function nodeImportsOf(file: TS.SourceFile, path: string): string[] {
  if (opensNode(file)) return [];
  const found: string[] = [];
  // Import and export declarations stand at the top level or in a module block only.
  const visit = (statements: readonly TS.Statement[]): void => {
    for (const node of statements) {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (/^node:/.test(node.moduleSpecifier.text)) found.push(`${path}:${lineOf(file, node)}: imports ${node.moduleSpecifier.text}`);
      } else if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) visit(node.body.statements);
    }
  };
  visit(file.statements);
  return found;
}

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
    found.push(...nodeImportsOf(file, path));
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
