import { behaviourSites, lifecycleOf, resourcesOf, schemasByTitle } from './behaviourData.js';
import { guide } from './walk.js';

/**
 * Status changes the behaviour data asks for exist in the resource's lifecycle: a trigger's `outcome.status` or
 * `outcome.transition` is one of its states, a behaviour's starting `status` too, and a `transition` operation's
 * `to` is reached by at least one lifecycle transition (a `{body.field}` target is checked at run time).
 */
export default function sandboxLifecycle(root) {
  const results = [];
  const resources = resourcesOf(root);
  const byTitle = schemasByTitle(root);
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    const resource = resources[b?.resource];
    if (!resource) continue; // cfi-sandbox-resources reports it
    const life = lifecycleOf(resource, byTitle);
    const report = (message, path) => results.push({ message: `${site.name}: ${message} (${guide('operation-behaviour')}).`, path });
    const state = (value, what, path) => {
      if (!life) report(`${what} "${value}" needs a status lifecycle, but resource ${b.resource} declares none`, path);
      else if (!life.states.includes(value)) report(`${what} "${value}" is not a state of ${life.name} (${life.states.join(', ')})`, path);
    };
    const base = [...site.path, 'x-connectfi-behaviour'];
    if (typeof b.status === 'string') state(b.status, 'behaviour.status', [...base, 'status']);
    if (b.kind === 'transition' && typeof b.to === 'string' && !/^\{.+\}$/.test(b.to)) {
      if (!life) report(`behaviour.to "${b.to}" needs a status lifecycle, but resource ${b.resource} declares none`, [...base, 'to']);
      else if (!(life.transitions ?? []).some((t) => t?.to === b.to)) report(`behaviour.to "${b.to}" is reached by no transition of ${life.name}; add the transition to the lifecycle or move to a state one reaches`, [...base, 'to']);
    }
    for (const [i, t] of site.triggers.entries()) {
      for (const key of ['status', 'transition']) {
        if (typeof t?.outcome?.[key] === 'string') state(t.outcome[key], `trigger ${i}'s outcome.${key}`, [...site.path, 'x-connectfi-sandbox', i, 'outcome', key]);
      }
    }
  }
  return results;
}
