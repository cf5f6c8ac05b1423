// @ts-check
import { allowedValues, behaviourSites, matchSites, recordProperties, resourcesOf, schemasByTitle } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('./walk.js').JsonPath} JsonPath */

const ROOTS = ['body', 'path', 'query', 'principal'];

/**
 * The request's own names: body properties (every oneOf branch) and parameters by location.
 * @param {Node} root
 * @param {import('./behaviourData.js').BehaviourSite} site
 * @returns {Record<'body' | 'path' | 'query', Record<string, Node>>}
 */
function requestNames(root, site) {
  const media = Object.entries(site.op.requestBody?.content ?? {});
  const [, json] = media.find(([type]) => /json|form-data/.test(type)) ?? [];
  /** @type {Node[]} */
  const params = [...(root.paths?.[site.route]?.parameters ?? []), ...(site.op.parameters ?? [])];
  return {
    body: json?.schema ? recordProperties(json.schema) : {},
    path: Object.fromEntries(params.filter((p) => p?.in === 'path').map((p) => [p.name, p])),
    query: Object.fromEntries(params.filter((p) => p?.in === 'query').map((p) => [p.name, p])),
  };
}

/**
 * The record fields the behaviour data names exist on the record, and the values it writes fit them: `set` keys and
 * values, `lookupField`, `filters` targets, prerequisite `where` fields, and the first field after `record.` or a
 * prerequisite's alias in a `match`; a match path starts at body, path, query, principal, record or an alias that a
 * prerequisite defines.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxFields(_resolvedRoot, _options, context) {
  // Request and record schemas whole, including those Spectral's resolved document leaves behind a nested $ref.
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  const resources = resourcesOf(root);
  const byTitle = schemasByTitle(root);
  /** @param {unknown} name @returns {Record<string, Node> | undefined} */
  const propsOf = (name) => {
    if (typeof name !== 'string') return undefined;
    const r = resources[name];
    const schema = r ? byTitle.get(r.schema ?? name) : undefined;
    return schema ? recordProperties(schema) : undefined;
  };
  for (const site of behaviourSites(root)) {
    /** @param {string} message @param {JsonPath} path @param {string} anchor */
    const report = (message, path, anchor) => results.push(finding(`${site.label}: ${message}`, anchor, path));
    const b = site.behaviour ?? {};
    const names = requestNames(root, site);
    /**
     * A value path into the request names a body property or parameter the operation has.
     * @param {unknown} valuePath @param {JsonPath} path @param {string} anchor
     */
    const checkRequestPath = (valuePath, path, anchor) => {
      const [head, field] = String(valuePath).split('.');
      if ((head !== 'body' && head !== 'path' && head !== 'query') || field === undefined) return;
      const known = names[head];
      if (!(field.replace('[]', '') in known)) report(`${valuePath} names no ${head === 'body' ? 'body property' : `${head} parameter`} of this operation; use one of ${Object.keys(known).join(', ') || '(none)'}`, path, anchor);
    };
    if (typeof b.lookup === 'string') checkRequestPath(b.lookup, [...site.path, 'x-connectfi-behaviour', 'lookup'], 'operation-behaviour');
    if (typeof b.to === 'string' && /^\{.+\}$/.test(b.to)) checkRequestPath(b.to.slice(1, -1), [...site.path, 'x-connectfi-behaviour', 'to'], 'operation-behaviour');
    for (const [i, p] of site.prerequisites.entries()) {
      for (const [field, value] of Object.entries(p?.exists?.where ?? {})) {
        if (typeof value === 'string' && /^\{.+\}$/.test(value)) checkRequestPath(value.slice(1, -1), [...site.path, 'x-connectfi-prerequisites', i, 'exists', 'where', field], 'prerequisites');
      }
    }
    const own = propsOf(b.resource);
    const base = [...site.path, 'x-connectfi-behaviour'];
    /**
     * @param {Node} set @param {Record<string, Node>} props @param {string} resource @param {JsonPath} path
     * @param {string} anchor
     */
    const checkSet = (set, props, resource, path, anchor) => {
      for (const [field, value] of Object.entries(set ?? {})) {
        if (!(field in props)) {
          report(`sets "${field}", which is not a field of ${resource}; use one of ${Object.keys(props).join(', ')}`, [...path, field], anchor);
          continue;
        }
        const allowed = allowedValues(props[field]);
        if (allowed && !allowed.includes(value)) report(`sets ${field} to ${JSON.stringify(value)}, which ${resource}.${field} does not allow (${allowed.map((v) => JSON.stringify(v)).join(', ')})`, [...path, field], anchor);
      }
    };
    if (own) {
      if (b.set) checkSet(b.set, own, b.resource, [...base, 'set'], 'operation-behaviour');
      if (b.lookupField !== undefined && !(b.lookupField in own)) report(`lookupField "${b.lookupField}" is not a field of ${b.resource}; use one of ${Object.keys(own).join(', ')}`, [...base, 'lookupField'], 'operation-behaviour');
      for (const [from, to] of Object.entries(b.filters ?? {})) {
        if (!(to in own)) report(`filter ${from} maps to "${to}", which is not a field of ${b.resource}; use one of ${Object.keys(own).join(', ')}`, [...base, 'filters', from], 'operation-behaviour');
      }
      for (const [i, t] of site.triggers.entries()) {
        if (t?.outcome?.set) checkSet(t.outcome.set, own, b.resource, [...site.path, 'x-connectfi-sandbox', i, 'outcome', 'set'], 'triggers');
      }
    }
    /** @type {Map<string, { resource: unknown, index: number }>} */
    const aliases = new Map();
    for (const [i, p] of site.prerequisites.entries()) {
      const e = p?.exists;
      const props = e ? propsOf(e.resource) : undefined;
      if (props) {
        for (const [field, value] of Object.entries(e.where ?? {})) {
          const path = [...site.path, 'x-connectfi-prerequisites', i, 'exists', 'where', field];
          // A path through a list (`employees[].employeeId`) is checked by its record field.
          const top = field.split(/[.[]/)[0];
          if (!(top in props)) {
            report(`prerequisite ${i} looks for ${e.resource} by "${field}", which is not a field of ${e.resource}; use one of ${Object.keys(props).join(', ')}`, path, 'prerequisites');
            continue;
          }
          const allowed = top === field ? allowedValues(props[field]) : undefined;
          const literal = !(typeof value === 'string' && /^\{.+\}$/.test(value));
          if (literal && allowed && !allowed.includes(value))
            report(`prerequisite ${i} wants ${e.resource}.${field} = ${JSON.stringify(value)}, which the field does not allow (${allowed.map((v) => JSON.stringify(v)).join(', ')})`, path, 'prerequisites');
        }
      }
      if (typeof e?.as === 'string') aliases.set(e.as, { resource: e.resource, index: i });
    }
    for (const { match, path } of matchSites(site)) {
      // A prerequisite's match may only read aliases of the prerequisites before it; a trigger's, all of them.
      const prereq = path.includes('x-connectfi-prerequisites') ? Number(path[path.indexOf('x-connectfi-prerequisites') + 1]) : Infinity;
      for (const valuePath of Object.keys(match ?? {})) {
        const [head, field] = valuePath.split('.');
        const alias = aliases.get(head);
        if (ROOTS.includes(head)) {
          checkRequestPath(valuePath, [...path, valuePath], 'conditions');
          continue;
        }
        if (head === 'record') {
          if (own && field !== undefined && !(field.replace('[]', '') in own)) report(`match reads ${valuePath}, but ${b.resource} has no field "${field}"; use one of ${Object.keys(own).join(', ')}`, [...path, valuePath], 'conditions');
          continue;
        }
        if (!alias || alias.index >= prereq) {
          report(`match reads ${valuePath}, but "${head}" is neither body, path, query, principal, record nor an alias (exists.as) of an earlier prerequisite`, [...path, valuePath], 'conditions');
          continue;
        }
        const props = propsOf(alias.resource);
        if (props && field !== undefined && !(field.replace('[]', '') in props))
          report(`match reads ${valuePath}, but ${alias.resource} has no field "${field}"; use one of ${Object.keys(props).join(', ')}`, [...path, valuePath], 'conditions');
      }
    }
  }
  return results;
}
