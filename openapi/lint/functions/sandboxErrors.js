import { behaviourSites, errorExamples } from './behaviourData.js';
import { guide } from './walk.js';

/**
 * A trigger's `outcome.error` and a prerequisite's `error` name an error example of the same operation, because the
 * sandbox answers that example's status, code and message (and the docs link to it).
 */
export default function sandboxErrors(root) {
  const results = [];
  for (const site of behaviourSites(root)) {
    const known = errorExamples(site.op);
    const check = (name, path, what, anchor) => {
      if (typeof name === 'string' && known.has(name)) return;
      results.push({
        message: `${site.name}: ${what} error "${name}" is not an error example of this operation; add the example (named after its code, marked designed where the vendor is silent) or name one of: ${[...known].join(', ') || 'none'} (${guide(anchor)}).`,
        path,
      });
    };
    for (const [i, t] of site.triggers.entries()) {
      if (t?.outcome && 'error' in t.outcome) check(t.outcome.error, [...site.path, 'x-connectfi-sandbox', i, 'outcome', 'error'], `trigger ${i}'s outcome`, 'triggers');
    }
    for (const [i, p] of site.prerequisites.entries()) check(p?.error, [...site.path, 'x-connectfi-prerequisites', i, 'error'], `prerequisite ${i}'s`, 'prerequisites');
  }
  return results;
}
