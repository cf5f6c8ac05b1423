// Renders a JSON value as a TypeScript literal the way a person writes it: identifier keys unquoted, two-space indent.
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Code written as is inside a literal, e.g. `new Blob([...])` for a file. */
export class TsExpression {
  constructor(readonly code: string) {}
}

export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (value instanceof TsExpression) return value.code;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v]) => `${inner}${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, inner)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  return JSON.stringify(value);
}
