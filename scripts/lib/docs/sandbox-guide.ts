// The Sandbox guide's generated part: the records the sandbox keeps, the refused moves, encrypted fields, answer
// projections, designed static data, the declared errors (unknown ids, reused references, wrong passwords), and every
// operation's trigger and prerequisite tables, written from the IR at build time into the guide where it says
// SANDBOX_TABLES_MARKER; and, in its control API section, the card kinds that accept posted card transactions.
import type { ApiIR } from '../../../generators/src/ir/types.ts';
import { behaviourSection } from './behaviour-tables.ts';
import { answerTable, code, declaredErrorTable, encryptedTable, refusalTable, staticTable } from './declared-data-tables.ts';
import type { Guide } from './guides.ts';

export const SANDBOX_TABLES_MARKER = '<!-- generated: sandbox tables -->';
export const POSTED_CARD_TRANSACTIONS_MARKER = '<!-- generated: posted card transactions -->';

function resourceTable(ir: ApiIR): string {
  const rows = ir.resources.map((r) => {
    const by = r.status?.lifecycleBy;
    const lifecycles = by
      ? Object.entries(by.lifecycles)
          .map(([value, name]) => `${name} for ${value}`)
          .join(', ')
      : r.status?.lifecycle;
    const status = r.status ? `\`${r.status.field}\` (${lifecycles})` : '—';
    const webhook = r.webhook ? `\`${r.webhook.name}\` to \`${r.webhook.urlField}\`` : '—';
    const prefixes = r.idPrefixBy
      ? Object.entries(r.idPrefixBy.prefixes)
          .map(([value, prefix]) => `\`${prefix}…\` (${value})`)
          .join(', ')
      : `\`${r.idPrefix}…\``;
    return `| ${r.name} | \`${r.idField}\` = ${prefixes} | ${r.referenceField ? `\`${r.referenceField}\`` : '—'} | ${status} | ${webhook} | ${r.fidelity} |`;
  });
  return ['| Record | Id | Deduplicated by | Status (lifecycle) | Webhook | Fidelity |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The card kinds the control API posts card transactions to (`postedAs`), and what each posted transaction is kept as. */
export function postedCardTransactionsTable(ir: ApiIR): string {
  const rows = ir.resources.flatMap((card) => {
    const posted = card.postedAs;
    if (!posted) return [];
    const set = Object.entries(posted.set)
      .map(([field, value]) => `\`${field}\` = ${code(value)}`)
      .join('<br>');
    return [`| ${card.name} | ${posted.resource} | ${set} | ${posted.fidelity} |`];
  });
  if (!rows.length) return 'No card kind accepts posted transactions.';
  return ['| Card | Kept as | Fields (from the control request `body.` and the card `card.`) | Fidelity |', '|---|---|---|---|', ...rows].join('\n');
}

export function sandboxTables(ir: ApiIR): string {
  const sections: string[] = [
    '## Records the sandbox keeps',
    resourceTable(ir),
    '## Refused moves',
    "A call that asks for a status change its record's lifecycle lacks answers the declared error; its context carries `entityStatus`.",
    refusalTable(ir.operations),
    '## Encrypted request fields',
    "Decrypted with the sandbox's own keys (published at the key endpoints); the ciphertext and the clear number are never stored.",
    encryptedTable(ir.operations),
    '## Answers in another shape',
    'These operations answer a stored record in the shape their own schema documents.',
    answerTable(ir.operations),
    '## Designed data',
    'These answers do not depend on state: the sandbox answers the documented example.',
    staticTable(ir.operations),
    '## Unknown ids, reused references, wrong passwords',
    'What a call answers when the record it names does not exist, when its reference is already used, when a password does not match, and (where declared) when a date range ends before it starts.',
    declaredErrorTable(ir.operations),
    '## Triggers and prerequisites by operation',
  ];
  for (const group of ir.groups) {
    const ops = ir.operations.filter((op) => op.tag === group.tag && (op.sandbox.length || op.prerequisites.length));
    if (!ops.length) continue;
    sections.push(`### ${group.tag}`);
    for (const op of ops) sections.push(`#### ${op.summary} (\`${op.method.toUpperCase()} ${op.path}\`)`, behaviourSection(op, '#####'));
  }
  return sections.join('\n\n');
}

/** The guide with its markers replaced by the tables; a guide without the sandbox marker is returned as is. */
export function withSandboxTables(guide: Guide, ir: ApiIR): Guide {
  if (!guide.body.includes(SANDBOX_TABLES_MARKER)) return guide;
  const body = guide.body.replace(SANDBOX_TABLES_MARKER, () => sandboxTables(ir)).replace(POSTED_CARD_TRANSACTIONS_MARKER, () => postedCardTransactionsTable(ir));
  return { ...guide, body };
}
