// Shared reading of the behaviour extensions for the cfi-sandbox-* rules (openapi/README.md#sandbox-behaviour):
// the root's resources, each operation's behaviour, triggers and prerequisites, the record schemas by title and
// their lifecycles. Rules run on the resolved document, where every component schema is inline with its title.
import { allSchemas, operations } from './walk.js';

export const CONDITION_OPERATORS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'pattern', 'exists'];

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Component schemas by title (a schema's title equals its component key, see README#naming). */
export function schemasByTitle(root) {
  const byTitle = new Map();
  for (const { schema } of allSchemas(root)) {
    if (typeof schema.title === 'string' && !byTitle.has(schema.title)) byTitle.set(schema.title, schema);
  }
  return byTitle;
}

/** A record's properties: its own, through allOf, and the union of its oneOf branches. */
export function recordProperties(schema, seen = new Set()) {
  if (!isObject(schema) || seen.has(schema)) return {};
  seen.add(schema);
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map((s) => recordProperties(s, seen));
  return Object.assign({}, ...parts, schema.properties ?? {});
}

/** The lifecycle schema (enum + x-connectfi-lifecycle) a resource declares, or undefined. */
export function lifecycleOf(resource, byTitle) {
  const name = resource?.status?.lifecycle;
  const schema = typeof name === 'string' ? byTitle.get(name) : undefined;
  return schema?.['x-connectfi-lifecycle'] ? { name, states: schema.enum ?? [], ...schema['x-connectfi-lifecycle'] } : undefined;
}

export const resourcesOf = (root) => (isObject(root?.['x-connectfi-resources']) ? root['x-connectfi-resources'] : {});

/** Error example names an operation documents under its 4xx/5xx/default responses. */
export function errorExamples(op) {
  const names = new Set();
  for (const [status, response] of Object.entries(op?.responses ?? {})) {
    if (!/^[45]|^default$/.test(status)) continue;
    for (const media of Object.values(response?.content ?? {})) for (const name of Object.keys(media?.examples ?? {})) names.add(name);
  }
  return names;
}

/** Every API operation (not webhooks) with its behaviour data and the JSON paths to each part. */
export function* behaviourSites(root) {
  for (const site of operations(root)) {
    if (site.isWebhook) continue;
    const { op, path } = site;
    const triggers = Array.isArray(op['x-connectfi-sandbox']) ? op['x-connectfi-sandbox'] : [];
    const prerequisites = Array.isArray(op['x-connectfi-prerequisites']) ? op['x-connectfi-prerequisites'] : [];
    yield { ...site, name: op.operationId ?? `${site.method.toUpperCase()} ${site.route}`, behaviour: op['x-connectfi-behaviour'], triggers, prerequisites, path };
  }
}

/** Each `match` map of an operation (triggers and prerequisites) with its JSON path. */
export function* matchSites(site) {
  for (const [i, t] of site.triggers.entries()) if (t?.match !== undefined) yield { match: t.match, path: [...site.path, 'x-connectfi-sandbox', i, 'match'] };
  for (const [i, p] of site.prerequisites.entries()) if (p?.match !== undefined) yield { match: p.match, path: [...site.path, 'x-connectfi-prerequisites', i, 'match'] };
}
