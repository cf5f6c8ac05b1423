// The schema Ajv checks a multipart body's text fields with: the body's schema copied out of the bundle without its
// file fields (the server runtime checks those parts itself). Part of the Ajv adapter: the one place besides the IR
// that reads a schema's content from the bundle.
import { deref } from '../spec/examples.ts';
import { at } from '../ir/schema-walk.ts';
import type { SchemaPointer } from '../ir/types.ts';
import { BUNDLE_ID } from './ajv.ts';

/** Local refs made absolute, so a schema copied out of the bundle still resolves against it. */
function absoluteRefs(node: any): any {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${BUNDLE_ID}${v}` : absoluteRefs(v)]));
}

export function multipartTextSchema(spec: any, pointer: SchemaPointer, fileFields: string[]): object {
  const schema = deref(spec, at(spec, pointer));
  const required: string[] = schema?.required ?? [];
  return absoluteRefs({
    ...schema,
    properties: Object.fromEntries(Object.entries(schema?.properties ?? {}).filter(([name]) => !fileFields.includes(name))),
    ...(schema?.required ? { required: required.filter((name) => !fileFields.includes(name)) } : {}),
  });
}
