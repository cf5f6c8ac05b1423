// @ts-check
import { allowedValues, behaviourSites, isObject, recordProperties, resourcesOf, schemasByTitle } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

const KINDS = ['create', 'validate', 'get', 'query', 'list', 'export', 'update', 'transition', 'auth', 'password', 'health', 'static'];
const STATELESS = ['auth', 'password', 'health', 'static'];

/**
 * Resources are declared once, with an id field and a status field their record schema has; every operation says
 * what it does (`x-connectfi-behaviour`) to a declared resource, and prerequisites load declared resources.
 * Only a document with `x-connectfi-resources` is held to it; the IR test keeps the vendor API's declared.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxResources(_resolvedRoot, _options, context) {
  // Record schemas whole, including those Spectral's resolved document leaves behind a nested $ref (see resolve.js).
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  const resources = resourcesOf(root);
  const byTitle = schemasByTitle(root);
  for (const [name, r] of Object.entries(resources)) {
    const at = ['x-connectfi-resources', name];
    /** @param {string} message @param {import('./walk.js').JsonPath} path */
    const report = (message, path) => results.push(finding(`Resource ${name}: ${message}`, 'resources', path));
    if (!isObject(r)) {
      report('must be a map with schema, idField and the fields below', at);
      continue;
    }
    const record = r.schema ?? name;
    const schema = byTitle.get(record);
    if (!schema) {
      report(`schema "${record}" is not a component schema of this API`, [...at, 'schema']);
      continue;
    }
    const props = recordProperties(schema);
    const fields = Object.keys(props).join(', ');
    /** @param {unknown} field */
    const has = (field) => typeof field === 'string' && field in props;
    if (!has(r.idField)) report(`idField "${r.idField}" is not a property of ${record}; use one of ${fields}`, [...at, 'idField']);
    if (r.idPrefixBy !== undefined && !has(r.idPrefixBy?.field)) report(`idPrefixBy field "${r.idPrefixBy?.field}" is not a property of ${record}; use one of ${fields}`, [...at, 'idPrefixBy', 'field']);
    if (r.referenceField !== undefined && !has(r.referenceField)) report(`referenceField "${r.referenceField}" is not a property of ${record}; use one of ${fields}`, [...at, 'referenceField']);
    if (r.status !== undefined) {
      if (!has(r.status?.field)) report(`status field "${r.status?.field}" is not a property of ${record}; use one of ${fields}`, [...at, 'status', 'field']);
      const life = byTitle.get(r.status?.lifecycle);
      if (!life?.['x-connectfi-lifecycle']) report(`status lifecycle "${r.status?.lifecycle}" is not a status enum with x-connectfi-lifecycle`, [...at, 'status', 'lifecycle']);
      const by = r.status?.lifecycleBy;
      if (by !== undefined) {
        if (!has(by.field)) report(`status.lifecycleBy field "${by.field}" is not a property of ${record}; use one of ${fields}`, [...at, 'status', 'lifecycleBy', 'field']);
        for (const [value, lifecycle] of Object.entries(by.lifecycles ?? {})) {
          if (!byTitle.get(lifecycle)?.['x-connectfi-lifecycle']) report(`status.lifecycleBy.${value} "${lifecycle}" is not a status enum with x-connectfi-lifecycle`, [...at, 'status', 'lifecycleBy', 'lifecycles', value]);
        }
      }
    }
    if (r.webhook !== undefined && !(r.webhook?.name in (root.webhooks ?? {}))) report(`webhook "${r.webhook?.name}" is not a webhook of this API`, [...at, 'webhook', 'name']);
    if (r.updates !== undefined) {
      // Another record this one keeps current (a customer's kycStatus from its KYC application).
      const u = r.updates;
      const target = isObject(u) ? resources[u.resource] : undefined;
      const targetSchema = isObject(target) ? byTitle.get(target.schema ?? u.resource) : undefined;
      if (!targetSchema) report(`updates.resource "${isObject(u) ? u.resource : u}" is not a declared resource; use one of ${Object.keys(resources).join(', ')}`, [...at, 'updates']);
      const [head, field] = String(isObject(u) ? u.lookup : '').split('.');
      if (head !== 'record' || !has(field)) report(`updates.lookup "${isObject(u) ? u.lookup : ''}" must be record.<field> of ${record}; use one of ${fields}`, [...at, 'updates', 'lookup']);
      const targetProps = targetSchema ? recordProperties(targetSchema) : {};
      if (!isObject(u?.set) || !Object.keys(u.set).length) report('updates.set names the fields it sets', [...at, 'updates', 'set']);
      else for (const key of Object.keys(u.set)) if (targetSchema && !(key in targetProps)) report(`updates.set.${key} is not a property of ${u.resource}; use one of ${Object.keys(targetProps).join(', ')}`, [...at, 'updates', 'set', key]);
    }
    if (r.postedAs !== undefined) {
      // What a card transaction posted by the sandbox control API becomes on a card of this kind (an IbisCard's: an IbisTransaction).
      const p = r.postedAs;
      const target = isObject(p) ? resources[p.resource] : undefined;
      const targetSchema = isObject(target) ? byTitle.get(target.schema ?? p.resource) : undefined;
      if (!targetSchema) report(`postedAs.resource "${isObject(p) ? p.resource : p}" is not a declared resource; use one of ${Object.keys(resources).join(', ')}`, [...at, 'postedAs']);
      const targetProps = targetSchema ? recordProperties(targetSchema) : {};
      if (!isObject(p?.set) || !Object.keys(p.set).length) report('postedAs.set names the fields of the posted record it sets', [...at, 'postedAs', 'set']);
      else
        for (const [key, value] of Object.entries(p.set)) {
          if (!targetSchema) break;
          if (!(key in targetProps)) {
            report(`postedAs.set.${key} is not a property of ${p.resource}; use one of ${Object.keys(targetProps).join(', ')}`, [...at, 'postedAs', 'set', key]);
            continue;
          }
          // The values written as they stand (a literal, or what a $map renames to) must be ones the field allows.
          const allowed = allowedValues(targetProps[key]);
          const written = isObject(value) ? (isObject(value.$map) ? Object.values(value.$map) : []) : typeof value === 'string' && /^\{[^{}]+\}$/.test(value) ? [] : [value];
          for (const v of written)
            if (allowed && !allowed.includes(v))
              report(`postedAs.set.${key} writes ${JSON.stringify(v)}, which ${p.resource}.${key} does not allow; use one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, [...at, 'postedAs', 'set', key]);
        }
      if (isObject(p) && !['documented', 'designed'].includes(p.fidelity)) report(`postedAs.fidelity "${p.fidelity}" must be documented or designed`, [...at, 'postedAs', 'fidelity']);
    }
    for (const field of r.sensitive ?? []) if (!has(field)) report(`sensitive field "${field}" is not a property of ${record}; use one of ${fields}`, [...at, 'sensitive']);
  }
  // A document that declares no resources (the sandbox's own control API) describes no stored behaviour.
  if (root?.['x-connectfi-resources'] === undefined) return results;
  const declared = Object.keys(resources).join(', ');
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    const base = [...site.path, 'x-connectfi-behaviour'];
    /** @param {string} message @param {import('./walk.js').JsonPath} path @param {string} [anchor] */
    const report = (message, path, anchor = 'operation-behaviour') => results.push(finding(`${site.label}: ${message}`, anchor, path));
    if (b === undefined) {
      report(`${site.op.operationId ?? 'the operation'} has no x-connectfi-behaviour; say what it does, e.g. { kind: create, resource: ${Object.keys(resources)[0] ?? '<Resource>'} }`, site.path);
      continue;
    }
    if (!KINDS.includes(b?.kind)) {
      report(`behaviour kind "${b?.kind}" is not one of ${KINDS.join(', ')}`, [...base, 'kind']);
      continue;
    }
    if (!STATELESS.includes(b.kind) && !(b.resource in resources)) report(`behaviour.resource "${b.resource}" is not declared in x-connectfi-resources; use one of ${declared}`, [...base, 'resource']);
    if (['get', 'update', 'transition'].includes(b.kind) && typeof b.lookup !== 'string') report(`a ${b.kind} needs lookup, the value path of the record's id, e.g. lookup: body.id`, base);
    if (b.kind === 'transition' && typeof b.to !== 'string') report('a transition needs to, the status it moves the record to', base);
    for (const [i, p] of site.prerequisites.entries()) {
      if (p?.exists !== undefined && !(p.exists?.resource in resources)) {
        report(`prerequisite ${i} loads "${p.exists?.resource}", which is not declared in x-connectfi-resources; use one of ${declared}`, [...site.path, 'x-connectfi-prerequisites', i, 'exists', 'resource'], 'prerequisites');
      }
    }
  }
  return results;
}
