// @ts-check
import { behaviourSites, errorExamples } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

/**
 * A trigger's `outcome.error`, a prerequisite's `error` and the behaviour's declared errors (`refused`,
 * `decryptError`, `notFound`, `duplicate`, `wrongPassword`, `badDateRange`) name an error example of the same operation, because the sandbox answers that example's status, code and message
 * (and the docs link to it).
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxErrors(_resolvedRoot, _options, context) {
  // Error examples whole, including those Spectral's resolved document leaves behind a nested $ref (see resolve.js).
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const site of behaviourSites(root)) {
    const known = errorExamples(site.op);
    /** @param {unknown} name @param {import('./walk.js').JsonPath} path @param {string} what @param {string} anchor */
    const check = (name, path, what, anchor) => {
      if (typeof name === 'string' && known.has(name)) return;
      results.push(finding(`${site.label}: ${what} error ${JSON.stringify(name)} is not an error example of this operation; name one of ${[...known].join(', ') || '(none)'} or add the example, named after its code`, anchor, path));
    };
    for (const [i, t] of site.triggers.entries()) {
      if (t?.outcome && 'error' in t.outcome) check(t.outcome.error, [...site.path, 'x-connectfi-sandbox', i, 'outcome', 'error'], `trigger ${i}'s outcome`, 'triggers');
    }
    for (const [i, p] of site.prerequisites.entries()) check(p?.error, [...site.path, 'x-connectfi-prerequisites', i, 'error'], `prerequisite ${i}'s`, 'prerequisites');
    const b = site.behaviour;
    if (typeof b?.refused?.error === 'string') check(b.refused.error, [...site.path, 'x-connectfi-behaviour', 'refused', 'error'], 'the refused', 'refusals');
    if (typeof b?.decryptError?.error === 'string') check(b.decryptError.error, [...site.path, 'x-connectfi-behaviour', 'decryptError', 'error'], 'the decryptError', 'encrypted-fields');
    for (const key of ['notFound', 'duplicate', 'wrongPassword', 'badDateRange']) {
      if (typeof b?.[key]?.error === 'string') check(b[key].error, [...site.path, 'x-connectfi-behaviour', key, 'error'], `the ${key}`, 'declared-errors');
    }
  }
  return results;
}
