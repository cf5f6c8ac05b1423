// The Sandbox guide's generated part: the records the sandbox keeps, and every operation's trigger and prerequisite
// tables, written from the IR at build time into the guide where it says SANDBOX_TABLES_MARKER.
import type { ApiIR } from '../../../generators/src/ir/types.ts';
import { behaviourSection } from './behaviour-tables.ts';
import type { Guide } from './guides.ts';

export const SANDBOX_TABLES_MARKER = '<!-- generated: sandbox tables -->';

function resourceTable(ir: ApiIR): string {
  const rows = ir.resources.map((r) => {
    const by = r.status?.lifecycleBy;
    const lifecycles = by ? Object.entries(by.lifecycles).map(([value, name]) => `${name} for ${value}`).join(', ') : r.status?.lifecycle;
    const status = r.status ? `\`${r.status.field}\` (${lifecycles})` : '—';
    const webhook = r.webhook ? `\`${r.webhook.name}\` to \`${r.webhook.urlField}\`` : '—';
    const prefixes = r.idPrefixBy ? Object.entries(r.idPrefixBy.prefixes).map(([value, prefix]) => `\`${prefix}…\` (${value})`).join(', ') : `\`${r.idPrefix}…\``;
    return `| ${r.name} | \`${r.idField}\` = ${prefixes} | ${r.referenceField ? `\`${r.referenceField}\`` : '—'} | ${status} | ${webhook} | ${r.fidelity} |`;
  });
  return ['| Record | Id | Deduplicated by | Status (lifecycle) | Webhook | Fidelity |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function sandboxTables(ir: ApiIR): string {
  const sections: string[] = ['## Records the sandbox keeps', resourceTable(ir), '## Triggers and prerequisites by operation'];
  for (const group of ir.groups) {
    const ops = ir.operations.filter((op) => op.tag === group.tag && (op.sandbox.length || op.prerequisites.length));
    if (!ops.length) continue;
    sections.push(`### ${group.tag}`);
    for (const op of ops) sections.push(`#### ${op.summary} (\`${op.method.toUpperCase()} ${op.path}\`)`, behaviourSection(op, '#####'));
  }
  return sections.join('\n\n');
}

/** The guide with its marker replaced by the tables; a guide without the marker is returned as is. */
export function withSandboxTables(guide: Guide, ir: ApiIR): Guide {
  if (!guide.body.includes(SANDBOX_TABLES_MARKER)) return guide;
  return { ...guide, body: guide.body.replace(SANDBOX_TABLES_MARKER, () => sandboxTables(ir)) };
}
