// Layout rules: conventions about files, which Spectral cannot see because it lints the resolved document.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export interface Problem {
  file: string;
  rule: string;
  message: string;
}

/** The source tree one lint run looks at: the root document and every YAML file below its folder. */
export interface SpecTree {
  rootFile: string;
  dir: string;
  files: string[];
  root: Record<string, any>;
}

const guide = (anchor: string) => `see openapi/README.md#${anchor}`;

/** Parses one YAML file; a file that does not parse becomes a problem, never a crash. */
export function readYaml(file: string, problems: Problem[]): any {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, rule: 'cfi-yaml-syntax', message: `Not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

export function loadTree(rootFile: string, problems: Problem[]): SpecTree {
  const dir = dirname(resolve(rootFile));
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) files.push(relative(dir, p));
    }
  };
  for (const top of ['paths', 'webhooks', 'components']) {
    if (existsSync(join(dir, top))) walk(join(dir, top));
  }
  return { rootFile: resolve(rootFile), dir, files: files.sort(), root: readYaml(resolve(rootFile), problems) ?? {} };
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
      report(`Component files live at components/<kind>/<area>/<Name>.yaml (${guide('layout')}).`);
      continue;
    }
    const kind = parts[1];
    const other = keys.get(`${kind}/${name}`);
    if (other) report(`Component key "${name}" is also used by ${other}; the bundler would rename one of them (${guide('naming')}).`);
    keys.set(`${kind}/${name}`, file);
    if (kind === 'schemas') {
      const doc = readYaml(join(tree.dir, file), problems);
      if (doc === undefined) continue;
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) report(`Schema file "${name}.yaml" must be named in PascalCase, like its component key (${guide('naming')}).`);
      if (doc?.title !== name) report(`Schema title "${doc?.title}" must equal its file name and component key "${name}" (${guide('naming')}).`);
    }
  }
  for (const [kind, entries] of Object.entries(tree.root.components ?? {})) {
    for (const [key, value] of Object.entries(entries as Record<string, any>)) {
      const ref = value?.$ref;
      if (typeof ref === 'string' && !ref.startsWith('#') && basename(ref).replace(/\.ya?ml$/, '') !== key) {
        problems.push({ file: tree.rootFile, rule: 'cfi-component-file-name', message: `components.${kind}.${key} points to ${ref}; the file must be named ${key}.yaml (${guide('naming')}).` });
      }
    }
  }
  return problems;
}

/** One path item per file under paths/<area>/, one webhook per file under webhooks/, each referenced once by the root. */
export function pathFileLayout(tree: SpecTree): Problem[] {
  const problems: Problem[] = [];
  const referenced = new Map<string, string>();
  for (const [section, folder] of [['paths', 'paths/'], ['webhooks', 'webhooks/']] as const) {
    for (const [key, item] of Object.entries(tree.root[section] ?? {})) {
      const ref = (item as any)?.$ref;
      const report = (message: string) => problems.push({ file: tree.rootFile, rule: 'cfi-path-file-layout', message });
      if (typeof ref !== 'string') { report(`${section} entry "${key}" must be a $ref to its own file under ${folder} (${guide('layout')}).`); continue; }
      const file = relative(tree.dir, resolve(tree.dir, ref));
      if (!file.startsWith(folder)) report(`${section} entry "${key}" must point into ${folder} (${guide('layout')}).`);
      if (referenced.has(file)) report(`${file} is used by both "${referenced.get(file)}" and "${key}"; one path item per file (${guide('layout')}).`);
      referenced.set(file, key);
    }
  }
  for (const file of tree.files) {
    const isPath = file.startsWith('paths/');
    if (!isPath && !file.startsWith('webhooks/')) continue;
    const depth = file.split('/').length;
    const report = (message: string) => problems.push({ file: join(tree.dir, file), rule: 'cfi-path-file-layout', message });
    if (isPath && depth !== 3) report(`Path files live at paths/<area>/<file>.yaml (${guide('layout')}).`);
    if (!isPath && depth !== 2) report(`Webhook files live at webhooks/<name>.yaml (${guide('layout')}).`);
    if (!referenced.has(file)) report(`Nothing in openapi.yaml references this file, so it is not part of the API (${guide('layout')}).`);
  }
  return problems;
}

export const layoutRules = [componentFileName, pathFileLayout];

export function lintLayout(rootFile: string): Problem[] {
  const problems: Problem[] = [];
  const tree = loadTree(rootFile, problems);
  for (const file of tree.files) {
    if (!file.startsWith('components/schemas/')) readYaml(join(tree.dir, file), problems);
  }
  return [...problems, ...layoutRules.flatMap((rule) => rule(tree))];
}
