// @ts-check
import { fullyResolved } from './resolve.js';
import { allSchemas, finding } from './walk.js';

/** @param {unknown} v */
const isText = (v) => typeof v === 'string' && v.length > 0;

/**
 * A status enum's x-connectfi-lifecycle { initial, terminal, transitions: [{from, to, trigger}] } names every enum
 * value and only enum values, leaves terminal states with no way out, and reaches every state from an initial one.
 * Each finding names the schema and the state it is about.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function lifecycle(_resolvedRoot, _options, context) {
  // Every schema whole, including those Spectral's resolved document leaves behind a nested $ref (see resolve.js).
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { schema, path } of allSchemas(root)) {
    const lc = schema['x-connectfi-lifecycle'];
    if (!lc) continue;
    const at = [...path, 'x-connectfi-lifecycle'];
    const name = schema.title ?? path[path.length - 1];
    /** @param {string} message @param {import('./walk.js').JsonPath} [sub] */
    const report = (message, sub = []) => results.push(finding(`${name}: ${message}`, 'status-lifecycles', [...at, ...sub]));
    /** @type {unknown[] | null} */
    const values = Array.isArray(schema.enum) ? schema.enum : null;
    if (!values) {
      report('x-connectfi-lifecycle belongs on a schema with an enum of states, and this one has no enum');
      continue;
    }
    /** @type {unknown[]} */
    const initial = Array.isArray(lc.initial) ? lc.initial : [];
    /** @type {unknown[]} */
    const terminal = Array.isArray(lc.terminal) ? lc.terminal : [];
    /** @type {any[]} */
    const transitions = Array.isArray(lc.transitions) ? lc.transitions : [];
    const named = new Set([...initial, ...terminal, ...transitions.flatMap((t) => [t?.from, t?.to])].filter(isText));
    for (const v of values) {
      if (!named.has(v)) report(`status "${v}" is in the enum but missing from the lifecycle; add it to initial, terminal or a transition`);
    }
    for (const v of named) if (!values.includes(v)) report(`lifecycle state "${v}" is not in the enum [${values.join(', ')}]`);
    if (initial.length === 0) report(`the lifecycle has no initial state; list the states a new object starts in, e.g. initial: [${values[0]}]`, ['initial']);
    for (const [i, t] of transitions.entries()) {
      const keys = Object.keys(t ?? {})
        .sort()
        .join(',');
      if (keys !== 'from,to,trigger' || ![t.from, t.to, t.trigger].every(isText)) {
        // YAML flow maps split an unquoted comma into a new key: a trigger cut short must not pass unnoticed.
        report(`transition ${JSON.stringify(t)} must be exactly { from, to, trigger } with text values; quote a trigger that has a comma`, ['transitions', i]);
        continue;
      }
      if (terminal.includes(t.from)) report(`terminal state "${t.from}" has an outgoing transition to "${t.to}"; terminal states have no way out`, ['transitions', i]);
    }
    const reached = new Set(initial);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of transitions)
        if (reached.has(t?.from) && !reached.has(t?.to)) {
          reached.add(t.to);
          grew = true;
        }
    }
    for (const v of values) {
      if (named.has(v) && !reached.has(v)) report(`status "${v}" cannot be reached from an initial state [${initial.join(', ')}]; add a transition to it`);
    }
  }
  return results;
}
