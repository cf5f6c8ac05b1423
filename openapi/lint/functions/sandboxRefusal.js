// @ts-check
import { behaviourSites, isObject } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

const FIDELITIES = ['documented', 'designed'];

/**
 * Every `transition` operation says what it answers when the record's lifecycle has no move from its state to the
 * one asked for: `refused: { error, fidelity }` (the error is checked by cfi-sandbox-errors). Only a transition can be
 * refused so.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxRefusal(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    if (!isObject(b)) continue; // cfi-sandbox-resources reports it
    const base = [...site.path, 'x-connectfi-behaviour'];
    /** @param {string} message @param {import('./walk.js').JsonPath} path */
    const report = (message, path) => results.push(finding(`${site.label}: ${message}`, 'refusals', path));
    if (b.refused === undefined) {
      if (b.kind === 'transition') report(`moves a ${b.resource} record but names no refused error; add refused: { error: <an error example of this operation>, fidelity: documented | designed } for a move its lifecycle lacks`, base);
      continue;
    }
    if (b.kind !== 'transition') {
      report(`refused is for a transition; a ${b.kind} moves no record, so remove it`, [...base, 'refused']);
      continue;
    }
    if (!isObject(b.refused) || typeof b.refused.error !== 'string') report(`refused ${JSON.stringify(b.refused)} must be { error: <error example name>, fidelity }`, [...base, 'refused']);
    else if (!FIDELITIES.includes(b.refused.fidelity)) report(`refused.fidelity ${JSON.stringify(b.refused.fidelity)} must be documented (the vendor's answer) or designed`, [...base, 'refused']);
  }
  return results;
}
