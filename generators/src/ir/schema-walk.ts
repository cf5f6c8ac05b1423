// Reading schemas in the bundle without a full dereference: follow a `$ref`, collect an object's properties across
// `allOf`, and name the component a pointer designates. Enough for the IR builder to recognise the shared patterns.
import { deref } from '../spec/examples.ts';
import { pointerOf } from './pointer.ts';
import type { SchemaPointer } from './types.ts';

export function at(spec: any, pointer: SchemaPointer): any {
  return pointer.reduce((node: any, key) => node?.[key], spec);
}

/** Follows `$ref`s from a pointer and returns the pointer where the schema really lives. */
export function resolvePointer(spec: any, pointer: SchemaPointer): SchemaPointer {
  let current = pointer;
  for (let hops = 0; hops < 10; hops++) {
    const node = at(spec, current);
    if (!node || typeof node.$ref !== 'string') return current;
    current = pointerOf(node.$ref);
  }
  return current;
}

/** `Name` when the node is `{ $ref: '#/components/schemas/Name' }`. */
export function componentName(node: any): string | undefined {
  const ref = node?.$ref;
  const prefix = '#/components/schemas/';
  return typeof ref === 'string' && ref.startsWith(prefix) && !ref.slice(prefix.length).includes('/') ? ref.slice(prefix.length) : undefined;
}

/** The properties an object schema declares, own and through `allOf`, each resolved. */
export function propertiesOf(spec: any, schema: any): Record<string, any> {
  const node = deref(spec, schema);
  if (!node || typeof node !== 'object') return {};
  const own = Object.fromEntries(Object.entries<any>(node.properties ?? {}).map(([k, v]) => [k, deref(spec, v)]));
  const inherited = (node.allOf ?? []).map((part: any) => propertiesOf(spec, part));
  return Object.assign({}, ...inherited, own);
}

/** The `required` names of an object schema, own and through `allOf`. */
export function requiredOf(spec: any, schema: any): string[] {
  const node = deref(spec, schema);
  if (!node || typeof node !== 'object') return [];
  return [...(node.required ?? []), ...(node.allOf ?? []).flatMap((part: any) => requiredOf(spec, part))];
}

export function isArraySchema(schema: any): boolean {
  const type = schema?.type;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}
