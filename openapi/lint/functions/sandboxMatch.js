// @ts-check
import { CONDITION_OPERATORS, behaviourSites, isObject, matchSites } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

const FIDELITIES = ['documented', 'designed'];

/**
 * What makes a condition's operand wrong for its operator, or undefined.
 * @param {string} op
 * @param {unknown} v
 * @returns {string | undefined}
 */
function operandProblem(op, v) {
  if (['gt', 'gte', 'lt', 'lte'].includes(op) && typeof v !== 'number') return `${op} takes a number`;
  if (op === 'between' && !(Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number') && v[0] < v[1])) return 'between takes [lower, upper] numbers with lower < upper';
  if (op === 'in' && !(Array.isArray(v) && v.length > 0)) return 'in takes a non-empty list';
  if (op === 'exists' && typeof v !== 'boolean') return 'exists takes true or false';
  if (op === 'pattern') {
    if (typeof v !== 'string') return 'pattern takes a regular expression source';
    try {
      new RegExp(v, 'i');
    } catch (e) {
      return `pattern does not compile: ${/** @type {Error} */ (e).message}`;
    }
  }
  return undefined;
}

/**
 * Every `match` condition has exactly one known operator with a fitting operand; every sandbox entry is either
 * machine-readable (match + outcome + fidelity) or points with `see` at the operations that act on it.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxMatch(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  const operationIds = new Set([...behaviourSites(root)].map((s) => s.op.operationId));
  for (const site of behaviourSites(root)) {
    /** @param {string} message @param {import('./walk.js').JsonPath} path @param {string} [anchor] */
    const report = (message, path, anchor = 'conditions') => results.push(finding(`${site.label}: ${message}`, anchor, path));
    for (const { match, path } of matchSites(site)) {
      if (!isObject(match)) {
        report('match is a map of value path to condition', path);
        continue;
      }
      for (const [valuePath, cond] of Object.entries(match)) {
        const keys = isObject(cond) ? Object.keys(cond) : [];
        const known = keys.filter((k) => CONDITION_OPERATORS.includes(k));
        if (keys.length !== 1 || known.length !== 1) {
          report(`the condition on ${valuePath} must have exactly one operator of ${CONDITION_OPERATORS.join(', ')}; it has ${keys.length ? keys.join(', ') : 'none'}`, [...path, valuePath]);
          continue;
        }
        const problem = operandProblem(keys[0], cond[keys[0]]);
        if (problem) report(`the condition on ${valuePath}: ${problem}`, [...path, valuePath]);
      }
    }
    for (const [i, t] of site.triggers.entries()) {
      const path = [...site.path, 'x-connectfi-sandbox', i];
      if (!isObject(t)) continue;
      const readable = t.match !== undefined || t.outcome !== undefined;
      if (!readable && !Array.isArray(t.see)) {
        report(`sandbox entry ${i} needs match and outcome, or see: [operationIds] naming where it acts`, path, 'triggers');
        continue;
      }
      if (!readable) {
        for (const id of t.see) if (!operationIds.has(id)) report(`sandbox entry ${i} sees "${id}", which is no operationId of this API; name an operation that acts on it`, [...path, 'see'], 'triggers');
        continue;
      }
      if (t.match === undefined || !isObject(t.outcome)) report(`sandbox entry ${i} needs both match and outcome`, path, 'triggers');
      else if (['error', 'status', 'transition'].filter((k) => k in t.outcome).length !== 1) report(`sandbox entry ${i}'s outcome has exactly one of error, status or transition`, [...path, 'outcome'], 'triggers');
      if (!FIDELITIES.includes(t.fidelity)) report(`sandbox entry ${i} needs fidelity: documented (the vendor's) or designed (ours)`, path, 'triggers');
      if (t.on !== undefined && !['request', 'record'].includes(t.on)) report(`sandbox entry ${i}: on is request or record`, [...path, 'on'], 'triggers');
    }
    for (const [i, p] of site.prerequisites.entries()) {
      if (!FIDELITIES.includes(p?.fidelity)) report(`prerequisite ${i} needs fidelity: documented or designed`, [...site.path, 'x-connectfi-prerequisites', i], 'prerequisites');
    }
  }
  return results;
}
