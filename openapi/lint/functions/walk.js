// @ts-check
// Shared traversal for the connectFi rules: the rules run on the resolved root, so every walk starts at `$`
// and yields JSON paths that Spectral maps back to the source file and line each node came from.

/** @typedef {Record<string, any>} Node  a node of the resolved document */
/** @typedef {(string | number)[]} JsonPath */
/** @typedef {{ message: string, path: JsonPath }} Finding  what a rule function returns; Spectral prints `message` */

/** Every method OpenAPI allows on a path item: the walk visits them all, so that no operation escapes the rules. */
export const OAS_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * The methods connectFi's generators know (the IR's HttpMethod); an operation under any other method is dropped
 * by the IR, so cfi-operation-conventions rejects it. test/lint/methods.test.ts keeps the two lists equal.
 */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Every operation in paths and webhooks.
 * @param {Node} root
 * `label` names it in messages: `POST /ach/create` or `webhook achStatusChanged`.
 * @returns {Generator<{ op: Node, path: JsonPath, method: string, route: string, isWebhook: boolean, label: string }>}
 */
export function* operations(root) {
  for (const [section, isWebhook] of /** @type {const} */ ([
    ['paths', false],
    ['webhooks', true],
  ])) {
    for (const [route, item] of Object.entries(root?.[section] ?? {})) {
      if (!item || typeof item !== 'object') continue;
      for (const method of OAS_METHODS) {
        if (!item[method]) continue;
        const label = isWebhook ? `webhook ${route}` : `${method.toUpperCase()} ${route}`;
        yield { op: item[method], path: [section, route, method], method, route, isWebhook, label };
      }
    }
  }
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
const SUBSCHEMA_SINGLE = ['items', 'additionalProperties', 'unevaluatedProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

/**
 * Every schema object reachable from one schema, depth first, each once per distinct path.
 * @param {unknown} schema
 * @param {JsonPath} path
 * @param {Set<object>} [seen]
 * @returns {Generator<{ schema: Node, path: JsonPath }>}
 */
export function* schemaTree(schema, path, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return;
  seen.add(schema);
  const node = /** @type {Node} */ (schema);
  yield { schema: node, path };
  for (const key of SUBSCHEMA_MAPS) {
    for (const [name, sub] of Object.entries(node[key] ?? {})) yield* schemaTree(sub, [...path, key, name], seen);
  }
  for (const key of SUBSCHEMA_LISTS) {
    for (const [i, sub] of (Array.isArray(node[key]) ? node[key] : []).entries()) yield* schemaTree(sub, [...path, key, i], seen);
  }
  for (const key of SUBSCHEMA_SINGLE) yield* schemaTree(node[key], [...path, key], seen);
}

/**
 * Every media type object under an operation: request body (status null) and responses.
 * @param {Node} op
 * @param {JsonPath} opPath
 * @returns {Generator<{ media: Node, type: string, path: JsonPath, status: string | null }>}
 */
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

/**
 * Every schema in the document: components, parameters, headers and media types. Each object is visited once.
 * @param {Node} root
 * @returns {Generator<{ schema: Node, path: JsonPath }>}
 */
export function* allSchemas(root) {
  /** @type {Set<object>} */
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

/**
 * A schema's name in messages: its title, the property it describes, or where it sits (the file is printed beside).
 * @param {Node} schema
 * @param {JsonPath} path
 */
export function schemaName(schema, path) {
  if (schema.title) return `Schema ${schema.title}`;
  if (path[path.length - 2] === 'properties') return `Property "${path[path.length - 1]}"`;
  return `The schema at ${path.slice(-3).join('.')}`;
}

/**
 * The README section a rule enforces. Messages end with it after a dash (see openapi/README.md#lint-messages).
 * @param {string} anchor
 */
export const guide = (anchor) => `openapi/README.md#${anchor}`;

/**
 * A finding in the house style: what is wrong with which value, then the README section that explains the rule.
 * @param {string} message
 * @param {string} anchor
 * @param {JsonPath} path
 * @returns {Finding}
 */
export const finding = (message, anchor, path) => ({ message: `${message} — ${guide(anchor)}`, path });

/**
 * True where a schema allows a type (schemas may list several types, e.g. [string, 'null']).
 * @param {Node} schema
 * @param {string} type
 */
export const allowsType = (schema, type) => (Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type);
