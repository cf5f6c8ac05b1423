// @ts-check
// Shared reading of the behaviour extensions for the cfi-sandbox-* rules (openapi/README.md#sandbox-behaviour):
// the root's resources, each operation's behaviour, triggers and prerequisites, the record schemas by title and
// their lifecycles. Rules read the fully resolved view (resolve.js), where every component schema is inline with its
// title, including those Spectral's resolved document leaves behind a nested $ref.
import { allSchemas, operations } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('./walk.js').JsonPath} JsonPath */

export const CONDITION_OPERATORS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'pattern', 'exists'];

/** @param {unknown} v @returns {v is Node} */
export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Component schemas by title (a schema's title equals its component key, see README#naming).
 * @param {Node} root
 * @returns {Map<string, Node>}
 */
export function schemasByTitle(root) {
  /** @type {Map<string, Node>} */
  const byTitle = new Map();
  for (const { schema } of allSchemas(root)) {
    if (typeof schema.title === 'string' && !byTitle.has(schema.title)) byTitle.set(schema.title, schema);
  }
  return byTitle;
}

/**
 * A record's properties: its own, through allOf, and the union of its oneOf branches.
 * @param {unknown} schema
 * @param {Set<object>} [seen]
 * @returns {Record<string, Node>}
 */
export function recordProperties(schema, seen = new Set()) {
  if (!isObject(schema) || seen.has(schema)) return {};
  seen.add(schema);
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map((/** @type {unknown} */ s) => recordProperties(s, seen));
  return Object.assign({}, ...parts, schema.properties ?? {});
}

/**
 * The values a property allows when it pins them (enum or const, also through allOf), else undefined.
 * @param {Node | undefined} schema
 * @param {Set<object>} [seen]
 * @returns {unknown[] | undefined}
 */
export function allowedValues(schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return undefined;
  seen.add(schema);
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  for (const part of schema.allOf ?? []) {
    const inner = allowedValues(part, seen);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The lifecycle schema (enum + x-connectfi-lifecycle) a resource declares, or undefined.
 * @param {Node | undefined} resource
 * @param {Map<string, Node>} byTitle
 * @returns {{ name: string, states: unknown[], transitions?: Node[] } | undefined}
 */
export function lifecycleOf(resource, byTitle) {
  const name = resource?.status?.lifecycle;
  const schema = typeof name === 'string' ? byTitle.get(name) : undefined;
  return schema?.['x-connectfi-lifecycle'] ? { name, states: schema.enum ?? [], ...schema['x-connectfi-lifecycle'] } : undefined;
}

/**
 * The root's x-connectfi-resources, by name; empty when the document declares none.
 * @param {Node} root
 * @returns {Record<string, Node>}
 */
export const resourcesOf = (root) => (isObject(root?.['x-connectfi-resources']) ? root['x-connectfi-resources'] : {});

/**
 * Error example names an operation documents under its 4xx/5xx/default responses.
 * @param {Node} op
 * @returns {Set<string>}
 */
export function errorExamples(op) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const [status, response] of Object.entries(op?.responses ?? {})) {
    if (!/^[45]|^default$/.test(status)) continue;
    for (const media of Object.values(response?.content ?? {})) for (const name of Object.keys(media?.examples ?? {})) names.add(name);
  }
  return names;
}

/**
 * @typedef {{ op: Node, path: JsonPath, method: string, route: string, isWebhook: boolean, label: string,
 *   behaviour: Node | undefined, triggers: Node[], prerequisites: Node[] }} BehaviourSite
 */

/**
 * Every API operation (not webhooks) with its behaviour data and the JSON paths to each part; `label` names it in
 * messages (`POST /ach/create`).
 * @param {Node} root
 * @returns {Generator<BehaviourSite>}
 */
export function* behaviourSites(root) {
  for (const site of operations(root)) {
    if (site.isWebhook) continue;
    const { op, path } = site;
    const triggers = Array.isArray(op['x-connectfi-sandbox']) ? op['x-connectfi-sandbox'] : [];
    const prerequisites = Array.isArray(op['x-connectfi-prerequisites']) ? op['x-connectfi-prerequisites'] : [];
    yield { ...site, behaviour: op['x-connectfi-behaviour'], triggers, prerequisites, path };
  }
}

/**
 * Each `match` map of an operation (triggers and prerequisites) with its JSON path.
 * @param {BehaviourSite} site
 * @returns {Generator<{ match: unknown, path: JsonPath }>}
 */
export function* matchSites(site) {
  for (const [i, t] of site.triggers.entries()) if (t?.match !== undefined) yield { match: t.match, path: [...site.path, 'x-connectfi-sandbox', i, 'match'] };
  for (const [i, p] of site.prerequisites.entries()) if (p?.match !== undefined) yield { match: p.match, path: [...site.path, 'x-connectfi-prerequisites', i, 'match'] };
}
