// The property names a request body may hold, worked out once per schema at generation time (through $ref, allOf,
// oneOf, anyOf, if/then/else, nested objects and array items), so the server reports a property the operation does
// not define (`webhookURL` where ACH spells it `webhookUrl`) without walking schemas per request.
import { at } from './schema-walk.ts';
import { pointerOf } from './pointer.ts';
import type { KnownPropertiesIR as KnownProperties } from './types.ts';

const COMPOSITIONS = ['allOf', 'oneOf', 'anyOf'];

const isObjectType = (node: any) => node.type === undefined || node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));

/** What a value satisfying both `a` and `b` (or either) may hold: the union, open if either is open. */
export function mergeKnown(a: KnownProperties, b: KnownProperties): KnownProperties {
  const merged: KnownProperties = {};
  if (a.open || b.open) merged.open = true;
  else if (a.properties || b.properties) {
    const names = new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]);
    merged.properties = Object.fromEntries([...names].sort().map((name) => [name, mergeKnown(a.properties?.[name] ?? {}, b.properties?.[name] ?? {})]));
  }
  if (a.items || b.items) merged.items = mergeKnown(a.items ?? {}, b.items ?? {});
  return merged;
}

export function knownPropertiesOf(spec: any, schema: any, visiting = new Set<string>()): KnownProperties {
  if (!schema || typeof schema !== 'object') return {};
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    // A schema that contains itself: what lies below the loop is not checked.
    if (visiting.has(schema.$ref)) return { open: true };
    visiting.add(schema.$ref);
    const target = at(spec, pointerOf(schema.$ref));
    const { $ref: _, ...siblings } = schema;
    const own = knownPropertiesOf(spec, target, visiting);
    const known = Object.keys(siblings).length ? mergeKnown(own, knownPropertiesOf(spec, siblings, visiting)) : own;
    visiting.delete(schema.$ref);
    return known;
  }
  let known: KnownProperties = {};
  const parts = [...COMPOSITIONS.flatMap((key) => schema[key] ?? []), schema.then, schema.else, ...Object.values(schema.dependentSchemas ?? {})].filter(Boolean);
  for (const part of parts) known = mergeKnown(known, knownPropertiesOf(spec, part, visiting));
  if (schema.properties) {
    known = mergeKnown(known, { properties: Object.fromEntries(Object.entries(schema.properties).map(([name, sub]) => [name, knownPropertiesOf(spec, sub, visiting)])) });
  }
  const additional = schema.additionalProperties ?? schema.unevaluatedProperties;
  const freeForm = isObjectType(schema) && (schema.type !== undefined || Object.keys(schema).length === 0) && !schema.properties && !parts.length;
  if (schema.patternProperties || (additional !== undefined && additional !== false) || freeForm) known = mergeKnown(known, { open: true });
  if (schema.items) known = mergeKnown(known, { items: knownPropertiesOf(spec, schema.items, visiting) });
  return known;
}
