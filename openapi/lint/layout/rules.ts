// Layout rules: conventions about files, which Spectral cannot see because it lints the resolved document.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';

export interface Problem {
  file: string;
  rule: string;
  message: string;
  /** 1-based, where the problem has a place inside the file (a syntax error). */
  line?: number;
  column?: number;
}

/** The source tree one lint run looks at: the root document and every YAML file below its folder, each parsed once. */
export interface SpecTree {
  rootFile: string;
  dir: string;
  files: string[];
  root: Record<string, any>;
  /** A file's content (path relative to `dir`), undefined when it does not parse. */
  read: (file: string) => any;
  /** One problem per file that does not parse or cannot be read. */
  syntax: Problem[];
}

const guide = (anchor: string) => `openapi/README.md#${anchor}`;
/** The house style of every connectFi message (openapi/README.md#lint-messages): what is wrong, then the section. */
const explain = (message: string, anchor: string) => `${message} — ${guide(anchor)}`;

/** Spectral's own YAML parser (@stoplight/yaml): what Spectral will read these files with, at a third of `yaml`'s CPU. */
interface Parsed {
  data: unknown;
  diagnostics: { message: string; severity: number; range: { start: { line: number; character: number } } }[];
}
const parseWithPointers: (text: string) => Parsed = createRequire(import.meta.url)('@stoplight/yaml').parseWithPointers;

/**
 * Parses one YAML file into its plain value; a file that does not parse becomes one problem at its first error's
 * line, never a crash. Only the first error: the parser's later ones are consequences of it. Spectral's parser
 * decides; the message is `yaml`'s where it finds the same file broken, because it says what is wrong more plainly
 * ("Nested mappings are not allowed in compact mappings" against "incomplete explicit mapping pair").
 */
function parseYaml(file: string, problems: Problem[]): { value: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    problems.push({ file, rule: 'cfi-yaml-syntax', message: explain(`Cannot read the file: ${(error as Error).message}`, 'layout') });
    return undefined;
  }
  const parsed = parseWithPointers(text);
  // Severity 0 is an error; a warning (a tab in indentation) does not stop Spectral.
  const broken = parsed.diagnostics.find((d) => d.severity === 0);
  if (!broken) return { value: parsed.data };
  const [first] = parseDocument(text, { prettyErrors: true }).errors;
  const [start] = first?.linePos ?? [];
  const what = first ? first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : broken.message;
  const at = start ?? { line: broken.range.start.line + 1, col: broken.range.start.character + 1 };
  problems.push({ file, rule: 'cfi-yaml-syntax', message: explain(`Not valid YAML: ${what}`, 'layout'), line: at.line, column: at.col });
  return undefined;
}

/** The tree below a root document, every file parsed once for the syntax step and the layout rules both. */
export function loadTree(rootFile: string): SpecTree {
  const dir = dirname(resolve(rootFile));
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(p).isDirectory())) walk(p);
      else if (/\.ya?ml$/.test(entry.name)) files.push(relative(dir, p));
    }
  };
  for (const top of ['paths', 'webhooks', 'components']) {
    if (existsSync(join(dir, top))) walk(join(dir, top));
  }
  files.sort();
  const syntax: Problem[] = [];
  const root = (parseYaml(resolve(rootFile), syntax)?.value ?? {}) as Record<string, any>;
  const values = new Map(files.map((file) => [file, parseYaml(join(dir, file), syntax)?.value]));
  return { rootFile: resolve(rootFile), dir, files, root, read: (file) => values.get(file), syntax };
}

/** components/<kind>/<area>/<Name>.yaml; a schema's title is its key; keys are unique per kind; root keys match files. */
export function componentFileName(tree: SpecTree): Problem[] {
  const problems: Problem[] = [];
  const keys = new Map<string, string>();
  for (const file of tree.files.filter((f) => f.startsWith('components/'))) {
    const parts = file.split('/');
    const name = basename(file).replace(/\.ya?ml$/, '');
    const report = (message: string) => problems.push({ file: join(tree.dir, file), rule: 'cfi-component-file-name', message });
    if (parts.length !== 4) {
      report(explain(`${file} is not at components/<kind>/<area>/<Name>.yaml`, 'layout'));
      continue;
    }
    const kind = parts[1];
    const other = keys.get(`${kind}/${name}`);
    if (other) report(explain(`Component key "${name}" is also used by ${other}; the bundler would rename one of them to ${name}-2`, 'naming'));
    keys.set(`${kind}/${name}`, file);
    if (kind === 'schemas') {
      const doc = tree.read(file);
      if (doc === undefined) continue;
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) report(explain(`Schema file "${name}.yaml" must be named in PascalCase, like its component key and title`, 'naming'));
      if (doc?.title !== name) {
        const line =
          readFileSync(join(tree.dir, file), 'utf8')
            .split('\n')
            .findIndex((l) => /^title:/.test(l)) + 1;
        problems.push({
          file: join(tree.dir, file),
          rule: 'cfi-component-file-name',
          message: explain(`Schema title "${doc?.title}" must equal its file name and component key "${name}"`, 'naming'),
          ...(line > 0 ? { line, column: 1 } : {}),
        });
      }
    }
  }
  for (const [kind, entries] of Object.entries(tree.root.components ?? {})) {
    for (const [key, value] of Object.entries(entries as Record<string, any>)) {
      const ref = value?.$ref;
      if (typeof ref === 'string' && !ref.startsWith('#') && basename(ref).replace(/\.ya?ml$/, '') !== key) {
        problems.push({ file: tree.rootFile, rule: 'cfi-component-file-name', message: explain(`components.${kind}.${key} points to ${ref}; the file must be named ${key}.yaml`, 'naming') });
      }
    }
  }
  return problems;
}

/** One path item per file under paths/<area>/, one webhook per file under webhooks/, each referenced once by the root. */
export function pathFileLayout(tree: SpecTree): Problem[] {
  const problems: Problem[] = [];
  const referenced = new Map<string, string>();
  for (const [section, folder] of [
    ['paths', 'paths/'],
    ['webhooks', 'webhooks/'],
  ] as const) {
    for (const [key, item] of Object.entries(tree.root[section] ?? {})) {
      const ref = (item as any)?.$ref;
      const report = (message: string) => problems.push({ file: tree.rootFile, rule: 'cfi-path-file-layout', message });
      if (typeof ref !== 'string') {
        report(explain(`${section} entry "${key}" must be a $ref to its own file under ${folder}`, 'layout'));
        continue;
      }
      const file = relative(tree.dir, resolve(tree.dir, ref));
      if (!file.startsWith(folder)) report(explain(`${section} entry "${key}" points to ${file}; it must point into ${folder}`, 'layout'));
      if (referenced.has(file)) report(explain(`${file} is used by both "${referenced.get(file)}" and "${key}"; one path item per file`, 'layout'));
      referenced.set(file, key);
    }
  }
  for (const file of tree.files) {
    const isPath = file.startsWith('paths/');
    if (!isPath && !file.startsWith('webhooks/')) continue;
    const depth = file.split('/').length;
    const report = (message: string) => problems.push({ file: join(tree.dir, file), rule: 'cfi-path-file-layout', message });
    if (isPath && depth !== 3) report(explain(`${file} is not at paths/<area>/<file>.yaml`, 'layout'));
    if (!isPath && depth !== 2) report(explain(`${file} is not at webhooks/<name>.yaml`, 'layout'));
    if (!referenced.has(file)) report(explain(`Nothing in openapi.yaml references ${file}, so it is not part of the API`, 'layout'));
  }
  return problems;
}

export const layoutRules = [componentFileName, pathFileLayout];

/** The syntax of the root and every YAML file below it: one problem per file that does not parse. */
export const yamlSyntax = (tree: SpecTree): Problem[] => tree.syntax;

/** The layout rules; run them on a tree whose files all parse (yamlSyntax first). */
export const lintLayout = (tree: SpecTree): Problem[] => layoutRules.flatMap((rule) => rule(tree));
