// @ts-check
import { fullyResolved } from './resolve.js';
import { operations, finding, HTTP_METHODS } from './walk.js';

const FIDELITY = ['documented', 'partial', 'designed'];

/**
 * The operationId convention: the tag's group, then a PascalCase action (`achCreate`). The IR's `actionOf` strips the
 * group and lowercases the first letter to name the facade method; test/lint/vendor-facts.test.ts keeps them in step.
 * @param {string} id
 * @param {string} group
 */
export const followsIdConvention = (id, group) => new RegExp(`^${group}[A-Z][A-Za-z0-9]*$`).test(id);

/**
 * A conforming id to suggest for a wrong one: its words without the group's, PascalCased after the group
 * (`create_pet` in group pet → petCreate).
 * @param {string} id
 * @param {string} group
 */
export function suggestId(id, group) {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && w.toLowerCase() !== group.toLowerCase());
  const action = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return `${group}${action || 'Create'}`;
}

/**
 * An operation uses a method the generators know, has one tag that the root declares with an x-connectfi-group, an
 * operationId `<group><Action>`, a summary, a description and a fidelity marker; partial and designed operations
 * say what was designed.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function operationConventions(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {Map<string, unknown>} */
  const groups = new Map((root.tags ?? []).map((/** @type {any} */ t) => [t?.name, t?.['x-connectfi-group']]));
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  /** @type {Map<string, string>} */
  const seenIds = new Map();
  const allIds = new Set([...operations(root)].map(({ op }) => op.operationId));
  for (const { op, path, isWebhook, method, label } of operations(root)) {
    /** @param {string} message @param {string} anchor @param {import('./walk.js').JsonPath} [sub] */
    const report = (message, anchor, sub = []) => results.push(finding(message, anchor, [...path, ...sub]));
    if (!HTTP_METHODS.includes(method)) {
      report(`${label}: method "${method}" is not one the generators know (${HTTP_METHODS.join(', ')}), so the client and server would silently drop it`, 'every-operation');
    }
    if (!op.summary) report(`${label} has no summary; add a short imperative phrase, e.g. "Create an ACH transfer"`, 'every-operation');
    if (!op.description) report(`${label} has no description`, 'every-operation');
    const tags = op.tags;
    if (!Array.isArray(tags) || tags.length !== 1) {
      report(`${label} has ${Array.isArray(tags) ? `${tags.length} tags [${tags.join(', ')}]` : 'no tags'}; it must have exactly one`, 'every-operation', Array.isArray(tags) ? ['tags'] : []);
    } else if (!groups.get(tags[0])) {
      report(`Tag "${tags[0]}" of ${label} is not declared in openapi.yaml's tags with an x-connectfi-group`, 'tags-and-groups', ['tags']);
    }
    const fidelity = op['x-connectfi-fidelity'];
    if (!FIDELITY.includes(fidelity)) {
      const what = fidelity === undefined ? 'has no x-connectfi-fidelity' : `has x-connectfi-fidelity "${fidelity}"`;
      report(`${label} ${what}; it must be one of ${FIDELITY.join(', ')}`, 'the-fidelity-marker', fidelity === undefined ? [] : ['x-connectfi-fidelity']);
    } else if (fidelity !== 'documented' && !/\*\*Designed here:\*\*/.test(op.description ?? '')) {
      report(`${label} is ${fidelity}, so its description needs a "**Designed here:** <what was designed>" line`, 'the-fidelity-marker', op.description ? ['description'] : []);
    }
    const id = op.operationId;
    const group = groups.get(tags?.[0]);
    if (!id) {
      report(`${label} has no operationId`, 'operation-ids');
    } else {
      if (typeof group === 'string' && !followsIdConvention(id, group)) {
        report(`operationId "${id}" must be the tag's group "${group}" + a PascalCase action, e.g. ${suggestId(id, group)}`, 'operation-ids', ['operationId']);
      }
      if (seenIds.has(id)) report(`operationId "${id}" of ${label} is also used by ${seenIds.get(id)}; ids are unique`, 'operation-ids', ['operationId']);
      seenIds.set(id, label);
    }
    const replacement = op['x-connectfi-replaced-by'];
    if (op.deprecated === true && !allIds.has(replacement)) {
      const what = replacement === undefined ? 'names no x-connectfi-replaced-by' : `has x-connectfi-replaced-by "${replacement}", which is no operationId`;
      report(`Deprecated ${label} ${what}; name the operationId that replaces it`, 'deprecation', replacement === undefined ? ['deprecated'] : ['x-connectfi-replaced-by']);
    }
    if (replacement !== undefined && op.deprecated !== true) {
      report(`${label} has x-connectfi-replaced-by "${replacement}" but is not deprecated: true; remove one of them`, 'deprecation', ['x-connectfi-replaced-by']);
    }
    if (isWebhook && op.security === undefined) {
      // connectFi posts webhooks without a token; the receiver's own endpoint decides.
      report(`${label} must say "security: []": connectFi sends webhooks without a token`, 'webhooks');
    }
  }
  return results;
}
