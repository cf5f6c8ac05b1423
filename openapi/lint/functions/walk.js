// Shared traversal for the connectFi rules: the rules run on the resolved root, so every walk starts at `$`
// and yields JSON paths that Spectral maps back to the source file each node came from.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation in paths and webhooks: { op, path, method, route, isWebhook }. */
export function* operations(root) {
  for (const [section, isWebhook] of [['paths', false], ['webhooks', true]]) {
    for (const [route, item] of Object.entries(root?.[section] ?? {})) {
      if (!item || typeof item !== 'object') continue;
      for (const method of HTTP_METHODS) {
        if (item[method]) yield { op: item[method], path: [section, route, method], method, route, isWebhook };
      }
    }
  }
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
const SUBSCHEMA_SINGLE = ['items', 'additionalProperties', 'unevaluatedProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

/** Every schema object reachable from one schema, depth first, each once per distinct path. */
export function* schemaTree(schema, path, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return;
  seen.add(schema);
  yield { schema, path };
  for (const key of SUBSCHEMA_MAPS) {
    for (const [name, sub] of Object.entries(schema[key] ?? {})) yield* schemaTree(sub, [...path, key, name], seen);
  }
  for (const key of SUBSCHEMA_LISTS) {
    for (const [i, sub] of (Array.isArray(schema[key]) ? schema[key] : []).entries()) yield* schemaTree(sub, [...path, key, i], seen);
  }
  for (const key of SUBSCHEMA_SINGLE) yield* schemaTree(schema[key], [...path, key], seen);
}

/** Every media type object under an operation: request body and responses. */
export function* mediaTypes(op, opPath) {
  for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
    yield { media, type, path: [...opPath, 'requestBody', 'content', type], status: null };
  }
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    for (const [type, media] of Object.entries(response?.content ?? {})) {
      yield { media, type, path: [...opPath, 'responses', status, 'content', type], status };
    }
  }
}

/** Every schema in the document: components, parameters, headers and media types. Each object is visited once. */
export function* allSchemas(root) {
  const seen = new Set();
  for (const [name, schema] of Object.entries(root?.components?.schemas ?? {})) {
    yield* schemaTree(schema, ['components', 'schemas', name], seen);
  }
  for (const { op, path } of operations(root)) {
    for (const [i, param] of (op.parameters ?? []).entries()) yield* schemaTree(param?.schema, [...path, 'parameters', i, 'schema'], seen);
    for (const { media, path: mediaPath } of mediaTypes(op, path)) {
      yield* schemaTree(media?.schema, [...mediaPath, 'schema'], seen);
      for (const [name, part] of Object.entries(media?.encoding ?? {})) {
        for (const [h, header] of Object.entries(part?.headers ?? {})) yield* schemaTree(header?.schema, [...mediaPath, 'encoding', name, 'headers', h, 'schema'], seen);
      }
    }
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      for (const [h, header] of Object.entries(response?.headers ?? {})) yield* schemaTree(header?.schema, [...path, 'responses', status, 'headers', h, 'schema'], seen);
    }
  }
}

/** The README section a rule enforces, for messages. */
export const guide = (anchor) => `see openapi/README.md#${anchor}`;

/** True where a schema allows a type (schemas may list several types, e.g. [string, 'null']). */
export const allowsType = (schema, type) => (Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type);
