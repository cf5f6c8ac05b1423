import { allSchemas, guide } from './walk.js';

/**
 * A status enum's x-connectfi-lifecycle { initial, terminal, transitions: [{from, to, trigger}] } names every enum
 * value and only enum values, leaves terminal states with no way out, and reaches every state from an initial one.
 */
export default function lifecycle(root) {
  const results = [];
  for (const { schema, path } of allSchemas(root)) {
    const lc = schema['x-connectfi-lifecycle'];
    if (!lc) continue;
    const at = [...path, 'x-connectfi-lifecycle'];
    const report = (message) => results.push({ message: `${message} (${guide('status-lifecycles')}).`, path: at });
    const values = Array.isArray(schema.enum) ? schema.enum : null;
    if (!values) { report('A lifecycle belongs on a schema with an enum of states'); continue; }
    const initial = lc.initial ?? [];
    const terminal = lc.terminal ?? [];
    const transitions = lc.transitions ?? [];
    const named = new Set([...initial, ...terminal, ...transitions.flatMap((t) => [t.from, t.to])]);
    for (const v of values) if (!named.has(v)) report(`Status "${v}" is in the enum but not in the lifecycle`);
    for (const v of named) if (!values.includes(v)) report(`Lifecycle state "${v}" is not in the enum`);
    if (initial.length === 0) report('The lifecycle has no initial state');
    for (const t of transitions) {
      const keys = Object.keys(t ?? {}).sort().join(',');
      if (keys !== 'from,to,trigger' || ![t.from, t.to, t.trigger].every((v) => typeof v === 'string' && v.length > 0)) {
        // YAML flow maps split an unquoted comma into a new key: a trigger cut short must not pass unnoticed.
        report(`Transition ${JSON.stringify(t)} must be exactly { from, to, trigger } with text values (quote a trigger that has a comma)`);
        continue;
      }
      if (terminal.includes(t.from)) report(`Terminal state "${t.from}" has an outgoing transition to "${t.to}"`);
    }
    const reached = new Set(initial);
    for (let grew = true; grew;) {
      grew = false;
      for (const t of transitions) if (reached.has(t.from) && !reached.has(t.to)) { reached.add(t.to); grew = true; }
    }
    for (const v of values) if (!reached.has(v)) report(`Status "${v}" cannot be reached from an initial state`);
  }
  return results;
}
