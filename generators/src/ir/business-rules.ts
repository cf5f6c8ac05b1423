// Which schema keywords of an operation's request body are business rules: a schema that carries
// `x-connectfi-errors: { <keyword>: <code> }` says that a failure of that keyword is connectFi's `<code>`
// (`x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`). Found by walking the
// body schema through `$ref`, properties, items and `allOf`/`oneOf`/`anyOf`, so the server answers the documented
// code wherever the schema is reused, and only where the operation documents that code.
import type { BodyIR, BusinessRuleIR, ErrorCodeIR, SchemaPointer } from './types.ts';
import { pointerOf } from './pointer.ts';
import { at } from './schema-walk.ts';

const CHILDREN = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];

function walk(spec: any, pointer: SchemaPointer, seen: Set<string>, found: Map<string, Omit<BusinessRuleIR, 'documented'>>): void {
  const key = JSON.stringify(pointer);
  if (seen.has(key)) return;
  seen.add(key);
  const node = at(spec, pointer);
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) walk(spec, pointerOf(node.$ref), seen, found);
  const declared = node['x-connectfi-errors'];
  if (declared && typeof declared === 'object') {
    for (const [keyword, code] of Object.entries(declared)) {
      if (typeof code === 'string' && !found.has(keyword)) found.set(keyword, { keyword, value: node[keyword], code, schema: pointer });
    }
  }
  for (const name of Object.keys(node.properties ?? {})) walk(spec, [...pointer, 'properties', name], seen, found);
  if (node.items) walk(spec, [...pointer, 'items'], seen, found);
  for (const list of CHILDREN) for (const i of (node[list] ?? []).keys()) walk(spec, [...pointer, list, i], seen, found);
}

export function businessRulesOf(spec: any, body: BodyIR | undefined, errors: ErrorCodeIR[]): BusinessRuleIR[] {
  if (!body || !/json/.test(body.contentType)) return [];
  const found = new Map<string, Omit<BusinessRuleIR, 'documented'>>();
  walk(spec, body.schema, new Set(), found);
  return [...found.values()].map((rule) => {
    const documented = errors.find((e) => e.code === rule.code);
    return documented ? { ...rule, documented } : rule;
  });
}
