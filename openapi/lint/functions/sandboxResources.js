import { behaviourSites, recordProperties, resourcesOf, schemasByTitle } from './behaviourData.js';
import { guide } from './walk.js';

const KINDS = ['create', 'validate', 'get', 'query', 'list', 'export', 'update', 'transition', 'auth', 'password', 'health', 'static'];
const STATELESS = ['auth', 'password', 'health', 'static'];

/**
 * Resources are declared once, with an id field and a status field their record schema has; every operation says
 * what it does (`x-connectfi-behaviour`) to a declared resource, and prerequisites load declared resources.
 * Only a document with `x-connectfi-resources` is held to it; the IR test keeps the vendor API's declared.
 */
export default function sandboxResources(root) {
  const results = [];
  const resources = resourcesOf(root);
  const byTitle = schemasByTitle(root);
  for (const [name, r] of Object.entries(resources)) {
    const at = ['x-connectfi-resources', name];
    const report = (message, path) => results.push({ message: `Resource ${name}: ${message} (${guide('resources')}).`, path });
    const schema = byTitle.get(r?.schema ?? name);
    if (!schema) { report(`schema "${r?.schema ?? name}" is not a component schema of this API`, [...at, 'schema']); continue; }
    const props = recordProperties(schema);
    if (!(r.idField in props)) report(`idField "${r.idField}" is not a property of ${r.schema ?? name}`, [...at, 'idField']);
    if (r.idPrefixBy !== undefined) {
      const field = r.idPrefixBy?.field;
      if (!(field in props)) report(`idPrefixBy field "${field}" is not a property of ${r.schema ?? name}`, [...at, 'idPrefixBy', 'field']);
    }
    if (r.referenceField !== undefined && !(r.referenceField in props)) report(`referenceField "${r.referenceField}" is not a property of ${r.schema ?? name}`, [...at, 'referenceField']);
    if (r.status !== undefined) {
      if (!(r.status?.field in props)) report(`status field "${r.status?.field}" is not a property of ${r.schema ?? name}`, [...at, 'status', 'field']);
      const life = byTitle.get(r.status?.lifecycle);
      if (!life?.['x-connectfi-lifecycle']) report(`status lifecycle "${r.status?.lifecycle}" is not a status enum with x-connectfi-lifecycle`, [...at, 'status', 'lifecycle']);
      const by = r.status?.lifecycleBy;
      if (by !== undefined) {
        if (!(by.field in props)) report(`status.lifecycleBy field "${by.field}" is not a property of ${r.schema ?? name}`, [...at, 'status', 'lifecycleBy', 'field']);
        for (const [value, lifecycle] of Object.entries(by.lifecycles ?? {})) {
          if (!byTitle.get(lifecycle)?.['x-connectfi-lifecycle']) report(`status.lifecycleBy.${value} "${lifecycle}" is not a status enum with x-connectfi-lifecycle`, [...at, 'status', 'lifecycleBy', 'lifecycles', value]);
        }
      }
    }
    if (r.webhook !== undefined && !(r.webhook?.name in (root.webhooks ?? {}))) report(`webhook "${r.webhook?.name}" is not a webhook of this API`, [...at, 'webhook', 'name']);
    for (const field of r.sensitive ?? []) if (!(field in props)) report(`sensitive field "${field}" is not a property of ${r.schema ?? name}`, [...at, 'sensitive']);
  }
  // A document that declares no resources (the sandbox's own control API) describes no stored behaviour.
  if (root?.['x-connectfi-resources'] === undefined) return results;
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    const base = [...site.path, 'x-connectfi-behaviour'];
    const report = (message, path, anchor = 'operation-behaviour') => results.push({ message: `${site.name}: ${message} (${guide(anchor)}).`, path });
    if (b === undefined) { report('has no x-connectfi-behaviour; every operation says what it does', site.path); continue; }
    if (!KINDS.includes(b?.kind)) { report(`behaviour kind "${b?.kind}" is not one of ${KINDS.join(', ')}`, [...base, 'kind']); continue; }
    if (!STATELESS.includes(b.kind) && !(b.resource in resources)) report(`behaviour.resource "${b.resource}" is not declared in x-connectfi-resources (${Object.keys(resources).join(', ')})`, [...base, 'resource']);
    if (['get', 'update', 'transition'].includes(b.kind) && typeof b.lookup !== 'string') report(`a ${b.kind} needs lookup, the value path of the record's id`, base);
    if (b.kind === 'transition' && typeof b.to !== 'string') report('a transition needs to, the status it moves the record to', base);
    for (const [i, p] of site.prerequisites.entries()) {
      if (p?.exists !== undefined && !(p.exists?.resource in resources)) {
        report(`prerequisite ${i} loads "${p.exists?.resource}", which is not declared in x-connectfi-resources`, [...site.path, 'x-connectfi-prerequisites', i, 'exists', 'resource'], 'prerequisites');
      }
    }
  }
  return results;
}
