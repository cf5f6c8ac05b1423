// @ts-check
// Every example the resolved document holds, with the schema it must satisfy and the JSON path of its value, so that
// a finding lands on the line of the example in whichever source file holds it.
import { operations, mediaTypes, allSchemas, schemaName } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('./walk.js').JsonPath} JsonPath */
/** @typedef {{ where: string, value: unknown, valuePath: JsonPath, schema: Node, holder: object }} ExampleSite */

/**
 * The `example` and named `examples` of a parameter, header or media type object.
 * @param {Node} holder
 * @param {Node | undefined} schema
 * @param {JsonPath} path
 * @param {string} where
 * @returns {Generator<ExampleSite>}
 */
function* examplesOf(holder, schema, path, where) {
  if (!holder || typeof holder !== 'object' || !schema || typeof schema !== 'object') return;
  if (holder.example !== undefined) yield { where: `${where} example`, value: holder.example, valuePath: [...path, 'example'], schema, holder };
  for (const [name, example] of Object.entries(holder.examples ?? {})) {
    if (example && typeof example === 'object' && 'value' in example) {
      yield { where: `${where} example "${name}"`, value: example.value, valuePath: [...path, 'examples', name, 'value'], schema, holder: example };
    }
  }
}

/**
 * A parameter's examples: against its schema, or against the schema of each of its `content` entries.
 * @param {Node} param
 * @param {JsonPath} path
 * @param {string} where
 * @returns {Generator<ExampleSite>}
 */
function* parameterExamples(param, path, where) {
  const label = `${where} parameter "${param?.name}"`;
  yield* examplesOf(param, param?.schema, path, label);
  for (const [type, media] of Object.entries(param?.content ?? {})) yield* examplesOf(media, media?.schema, [...path, 'content', type], `${label} ${type}`);
}

/**
 * @param {Node} root
 * @returns {Generator<ExampleSite>}
 */
export function* exampleSites(root) {
  for (const [section] of [['paths'], ['webhooks']]) {
    for (const [route, item] of Object.entries(root?.[section] ?? {})) {
      for (const [i, param] of (Array.isArray(item?.parameters) ? item.parameters : []).entries()) {
        yield* parameterExamples(param, [section, route, 'parameters', i], route);
      }
    }
  }
  for (const { op, path, label } of operations(root)) {
    for (const [i, param] of (Array.isArray(op.parameters) ? op.parameters : []).entries()) {
      yield* parameterExamples(param, [...path, 'parameters', i], label);
    }
    for (const { media, type, path: mediaPath, status } of mediaTypes(op, path)) {
      yield* examplesOf(media, media?.schema, mediaPath, `${label} ${status ? `response ${status}` : 'request'} ${type}`);
    }
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      for (const [name, header] of Object.entries(response?.headers ?? {})) {
        yield* examplesOf(header, header?.schema, [...path, 'responses', status, 'headers', name], `${label} response ${status} header ${name}`);
      }
    }
  }
  for (const { schema, path } of allSchemas(root)) {
    const where = schemaName(schema, path);
    if (schema.example !== undefined) yield { where: `${where} example`, value: schema.example, valuePath: [...path, 'example'], schema, holder: schema };
    if (Array.isArray(schema.examples)) {
      for (const [i, value] of schema.examples.entries()) yield { where: `${where} examples[${i}]`, value, valuePath: [...path, 'examples', i], schema, holder: schema };
    }
    if (schema.default !== undefined) yield { where: `${where} default`, value: schema.default, valuePath: [...path, 'default'], schema, holder: schema };
  }
}
