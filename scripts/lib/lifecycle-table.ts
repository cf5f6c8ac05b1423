// Renders an x-connectfi-lifecycle (as the IR reads it) as Markdown, so that descriptions and docs show the data
// rather than a copy of it.
import type { LifecycleIR } from '../../generators/src/ir/types.ts';

export const LIFECYCLE_HEADING = '**Lifecycle** (generated from `x-connectfi-lifecycle`):';

export function lifecycleTable(lc: LifecycleIR): string {
  const rows = lc.transitions.map((t) => `| ${t.from} | ${t.to} | ${t.trigger.replace(/\|/g, '\\|')} |`);
  return [LIFECYCLE_HEADING, '', `Initial: ${lc.initial.map((s) => `\`${s}\``).join(', ')} · Terminal: ${lc.terminal.map((s) => `\`${s}\``).join(', ') || 'none'}`, '', '| From | To | Trigger |', '|---|---|---|', ...rows].join('\n');
}
