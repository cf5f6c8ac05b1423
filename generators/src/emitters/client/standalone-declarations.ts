// The `.d.ts` of a module of Ajv standalone code (standalone.ts), written from the code itself. The compile emits
// every module's declarations from that module's text alone (framework/compile.ts, isolatedDeclarations), and Ajv's
// untyped JavaScript gives it nothing to go by; the text here is what TypeScript infers from it (a test compares the
// two: test/generators/written-declarations.test.ts). Code of another shape stops generation instead of being
// declared wrongly.

/** The signature Ajv 8 gives every validate function; its declaration below is what TypeScript infers from it. */
const SIGNATURE = '(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={})';
const DECLARED_SIGNATURE = [
  '(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {',
  '    instancePath?: string | undefined;',
  '    rootData?: any;',
  '    dynamicAnchors?: {} | undefined;',
  '}): boolean;',
].join('\n');

/** A property name as TypeScript prints it in an inferred type: bare when an identifier, else a double-quoted string. */
const propertyName = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** The widened type TypeScript infers for a JSON value (`true` is `boolean`), multi-line at `indent`. */
function jsonType(value: unknown, indent: string, where: string): string {
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return typeof value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (!entries.length) return '{}';
    const inner = `${indent}    `;
    return `{\n${entries.map(([k, v]) => `${inner}${propertyName(k)}: ${jsonType(v, inner, where)};\n`).join('')}${indent}}`;
  }
  throw new Error(`${where}: Ajv's evaluated data holds ${JSON.stringify(value)}, which its declaration writer does not know`);
}

/** The JSON text that starts at `start` in `code` (an object literal Ajv wrote with JSON.stringify). */
function jsonAt(code: string, start: number, where: string): unknown {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return JSON.parse(code.slice(start, i + 1));
    }
  }
  throw new Error(`${where}: Ajv's evaluated data does not end`);
}

/** `path` names the module in an error. */
export function standaloneDeclarations(code: string, path: string): string {
  const exports = [...code.matchAll(/(?<![\w$])export const ([\w$]+) = (validate\d+);/g)];
  if (!exports.length) return 'export {};\n';
  const declared = new Set<string>();
  const parts = exports.map(([, name, fn]) => {
    if (declared.has(fn)) throw new Error(`${path}: ${fn} is exported twice, which the declaration writer does not handle`);
    declared.add(fn);
    if (!code.includes(`function ${fn}${SIGNATURE}{`)) throw new Error(`${path}: ${fn} does not have Ajv 8's validate signature ${SIGNATURE}`);
    const assignment = new RegExp(`(?<![\\w$.])${fn}\\.evaluated = `).exec(code);
    const evaluated = assignment ? `declare namespace ${fn} {\n    var evaluated: ${jsonType(jsonAt(code, assignment.index + assignment[0].length, path), '    ', path)};\n}\n` : '';
    return `export declare const ${name}: typeof ${fn};\ndeclare function ${fn}${DECLARED_SIGNATURE}\n${evaluated}`;
  });
  return `${parts.join('')}export {};\n`;
}
