// Which schema keywords of an operation's request body are business rules: a schema that carries
// `x-connectfi-errors: { <keyword>: <code> }` says that a failure of that keyword is connectFi's `<code>`
// (`x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`, `maximum` on
// NumberOfRecords -> `greaterNumberOfRecords`, `oneOf` of a query -> `transactionQuery`). Found by walking the body
// schema through `$ref`, properties, items and `allOf`/`oneOf`/`anyOf`, so the server answers the documented code
// wherever the schema is reused, and only where the operation documents that code. Each rule also records the
// instance paths its schema validates (`at`): a keyword as common as `maximum` is a business rule only there, so
// another property's `maximum` stays a schema error.
import type { BodyIR, BusinessRuleIR, ErrorCodeIR, SchemaPointer } from './types.ts';
import { encodeSegment, pointerOf, pointerText } from './pointer.ts';
import { at, requiredOf } from './schema-walk.ts';

type Found = Map<string, Omit<BusinessRuleIR, 'documented'>>;

/** Subschemas that validate the same instance as their parent. */
const IN_PLACE = ['allOf', 'oneOf', 'anyOf'];

/**
 * What the runtime needs to build a value that satisfies the keyword: its value in the schema (`2`, `['USD']`,
 * `1000`); for `oneOf`, the keys each branch requires (the branches are told apart by `required`, and a body that
 * matches several is repaired by keeping one branch's keys).
 */
function ruleValue(spec: any, node: any, keyword: string): unknown {
  if (keyword === 'oneOf') return (node.oneOf ?? []).map((branch: any) => requiredOf(spec, branch));
  return node[keyword];
}

function walk(spec: any, pointer: SchemaPointer, instance: string, seen: Set<string>, ancestors: Set<string>, found: Found): void {
  const schemaKey = JSON.stringify(pointer);
  const visit = `${schemaKey} ${instance}`;
  // `ancestors` stops a recursive schema; `seen` a schema reached twice at the same place (two allOf parts).
  if (seen.has(visit) || ancestors.has(schemaKey)) return;
  seen.add(visit);
  const node = at(spec, pointer);
  if (!node || typeof node !== 'object') return;
  const inside = new Set(ancestors).add(schemaKey);
  const next = (child: SchemaPointer, path: string) => walk(spec, child, path, seen, inside, found);
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) next(pointerOf(node.$ref), instance);
  const declared = node['x-connectfi-errors'];
  if (declared && typeof declared === 'object') {
    for (const [keyword, code] of Object.entries(declared)) {
      if (typeof code !== 'string') continue;
      const key = `${pointerText(pointer)} ${keyword}`;
      const rule = found.get(key) ?? { keyword, value: ruleValue(spec, node, keyword), code, schema: pointer, at: [] };
      if (!rule.at.includes(instance)) rule.at.push(instance);
      found.set(key, rule);
    }
  }
  for (const name of Object.keys(node.properties ?? {})) next([...pointer, 'properties', name], `${instance}/${encodeSegment(name)}`);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') next([...pointer, 'additionalProperties'], `${instance}/*`);
  for (const name of Object.keys(node.patternProperties ?? {})) next([...pointer, 'patternProperties', name], `${instance}/*`);
  if (node.items && typeof node.items === 'object') next([...pointer, 'items'], `${instance}/*`);
  for (const i of (node.prefixItems ?? []).keys()) next([...pointer, 'prefixItems', i], `${instance}/${i}`);
  for (const list of IN_PLACE) for (const i of (node[list] ?? []).keys()) next([...pointer, list, i], instance);
}

export function businessRulesOf(spec: any, body: BodyIR | undefined, errors: ErrorCodeIR[]): BusinessRuleIR[] {
  if (!body || !/json/.test(body.contentType)) return [];
  const found: Found = new Map();
  walk(spec, body.schema, '', new Set(), new Set(), found);
  return [...found.values()].map((rule) => {
    const documented = errors.find((e) => e.code === rule.code);
    return documented ? { ...rule, documented } : rule;
  });
}
