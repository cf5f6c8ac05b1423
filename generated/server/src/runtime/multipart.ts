// multipart/form-data uploads, parsed with the Web `Response.formData()` of Node 20 (undici), which rejects a
// missing boundary, a truncated body and garbage with one TypeError. The size limit was enforced before this runs.
import { malformedBody, requestInvalid, type ValidationIssue } from './envelope.js';
import type { BodySpec } from './route.js';

export interface ParsedMultipart {
  /** What the handler receives: text fields as strings (an array when repeated), file fields as `File`. */
  body: Record<string, unknown>;
  /** The text fields only, which the Ajv schema (generated without the file fields) validates. */
  textFields: Record<string, unknown>;
}

export async function parseMultipart(bytes: Uint8Array, contentType: string, spec: BodySpec): Promise<ParsedMultipart> {
  let form: FormData;
  try {
    form = await new Response(bytes as ConstructorParameters<typeof Response>[0], { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw malformedBody('invalidMultipart', 'the body is not multipart/form-data with the boundary its content-type names');
  }
  const fileNames = new Set(spec.fileFields.map((f) => f.name));
  const body: Record<string, unknown> = {};
  const textFields: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    const value = values.length === 1 ? values[0] : values;
    body[name] = value;
    if (!fileNames.has(name)) textFields[name] = value;
  }
  const issues = spec.fileFields.flatMap(({ name, required }): ValidationIssue[] => {
    const value = body[name];
    if (value === undefined) return required ? [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: name }, message: `must have required property '${name}'` }] : [];
    return value instanceof File ? [] : [{ instancePath: `/${name}`, schemaPath: `#/properties/${name}/format`, keyword: 'format', params: { format: 'binary' }, message: 'must be a file part (with a filename)' }];
  });
  if (issues.length) throw requestInvalid(issues);
  return { body, textFields };
}
