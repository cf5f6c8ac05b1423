// The client's TypeScript declarations written as text, in the layout its files have always had (ts-morph's, which
// wrote them before): two-space indents, JSDoc on one line when it fits one, a blank line around a class or function
// and between a class's members. Text, because loading ts-morph (a second TypeScript) and parsing every file it
// builds cost more than the rest of the client's emit.

/** A JSDoc tag: `@name text`, the text on the next line when it starts with one. */
export interface DocTag {
  name: string;
  text: string;
}

/** A JSDoc comment's text: the description, then (after a blank line when it ends with a line) its tags. */
export function docText(description: string, tags: DocTag[] = []): string {
  const tagText = tags.map((t) => `@${t.name}${t.text && !t.text.startsWith('\n') ? ' ' : ''}${t.text}`).join('\n');
  if (!tagText) return description;
  return description ? `${description}\n${tagText}` : tagText;
}

/** `/** text *\/` on one line, or one ` * ` line per line of `text`, at `indent`, ending with a newline. */
export function docComment(text: string, indent = ''): string {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 1) return `${indent}/** ${lines[0]}${lines[0].endsWith(' ') ? '' : ' '}*/\n`;
  const body = lines.slice(lines[0] === '' ? 1 : 0).map((line) => `${indent} *${line ? ` ${line}` : ''}\n`);
  return `${indent}/**\n${body.join('')}${indent} */\n`;
}

const docs = (text: string | undefined, indent: string) => (text === undefined ? '' : docComment(text, indent));

export interface Parameter {
  name: string;
  type: string;
  optional?: boolean;
  /** e.g. `private readonly `. */
  modifiers?: string;
}

const parameters = (list: Parameter[]) => list.map((p) => `${p.modifiers ?? ''}${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ');

/** A block's body: each statement on its own line at `indent`, or nothing. */
const body = (statements: string[], indent: string) => statements.map((s) => `${indent}${s}\n`).join('');

export interface Method {
  docs?: string;
  name: string;
  parameters: Parameter[];
  returnType: string;
  statements: string[];
}

export interface Property {
  docs?: string;
  /** e.g. `readonly ` or `private readonly `. */
  modifiers: string;
  name: string;
  type: string;
}

export interface ClassText {
  docs?: string;
  name: string;
  properties?: Property[];
  constructor: { parameters: Parameter[]; statements: string[] };
  methods?: Method[];
}

/** An exported class: its properties, then (after a blank line) its constructor and each method, a blank line apart. */
export function classText(c: ClassText): string {
  const properties = (c.properties ?? []).map((p) => `${docs(p.docs, '  ')}  ${p.modifiers}${p.name}: ${p.type};\n`).join('');
  const members = [
    `  constructor(${parameters(c.constructor.parameters)}) {\n${body(c.constructor.statements, '    ')}  }\n`,
    ...(c.methods ?? []).map((m) => `${docs(m.docs, '  ')}  ${m.name}(${parameters(m.parameters)}): ${m.returnType} {\n${body(m.statements, '    ')}  }\n`),
  ];
  return `${docs(c.docs, '')}export class ${c.name} {\n${properties}${properties ? '\n' : ''}${members.join('\n')}}\n`;
}

/** An exported function declaration. */
export function functionText(f: Method): string {
  return `${docs(f.docs, '')}export function ${f.name}(${parameters(f.parameters)}): ${f.returnType} {\n${body(f.statements, '  ')}}\n`;
}

/** `import { a, type B } from '...';` (or `import type`, or `import * as N`). */
export function importText(moduleSpecifier: string, names: string[] | { namespace: string }, typeOnly = false): string {
  const what = Array.isArray(names) ? `{ ${names.join(', ')} }` : `* as ${names.namespace}`;
  return `import ${typeOnly ? 'type ' : ''}${what} from '${moduleSpecifier}';\n`;
}
