// The sandbox's triggers and prerequisites as Markdown tables, written from the IR (never from the spec's
// extensions), for each operation's description and for the Sandbox guide. The data is openapi/README.md
// "Sandbox behaviour"; these tables are its only human-readable rendering, so they cannot drift from what runs.
import type { ConditionIR, MatchIR, OperationIR, OutcomeIR, PrerequisiteIR, TriggerIR } from '../../../generators/src/ir/types.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

export function describeCondition(path: string, condition: ConditionIR): string {
  const [op, value] = Object.entries(condition)[0] as [string, any];
  const subject = code(path);
  switch (op) {
    case 'eq':
      return `${subject} = ${code(value)}`;
    case 'ne':
      return `${subject} ≠ ${code(value)}`;
    case 'in':
      return `${subject} is one of ${(value as unknown[]).map(code).join(', ')}`;
    case 'gt':
      return `${subject} > ${value}`;
    case 'gte':
      return `${subject} ≥ ${value}`;
    case 'lt':
      return `${subject} < ${value}`;
    case 'lte':
      return `${subject} ≤ ${value}`;
    case 'between':
      return `${value[0]} < ${subject} ≤ ${value[1]}`;
    case 'pattern':
      return `${subject} matches ${code(`/${value}/i`)}`;
    case 'exists':
      return value ? `${subject} is present` : `${subject} is absent`;
    default:
      return `${subject} ${op} ${code(value)}`;
  }
}

export function describeMatch(match: MatchIR): string {
  const parts = Object.entries(match).map(([path, cond]) => describeCondition(path, cond));
  return parts.length ? parts.join(' and ') : 'always (when no entry above matched)';
}

const setText = (set: Record<string, unknown> | undefined) =>
  set && Object.keys(set).length
    ? `, setting ${Object.entries(set)
        .map(([k, v]) => `${code(k)} = ${code(v)}`)
        .join(', ')}`
    : '';

/** The answer an error example gives: HTTP status, code, subCode and message, read from the operation's own example. */
export function describeError(op: OperationIR, exampleName: string): string {
  for (const response of op.responses) {
    const example = response.body?.examples.find((e) => e.name === exampleName);
    if (!example) continue;
    const v = (example.value ?? {}) as Record<string, unknown>;
    const sub = v.subCode ? ` / ${code(v.subCode)}` : '';
    const message = typeof v.message === 'string' ? `: "${v.message}"` : '';
    return `${response.status} ${code(v.code ?? exampleName)}${sub}${message}`;
  }
  return `error example ${code(exampleName)} (not documented: lint reports it)`;
}

export function describeOutcome(op: OperationIR, outcome: OutcomeIR): string {
  if ('error' in outcome) return `refused with ${describeError(op, outcome.error)}`;
  if ('status' in outcome) return `stored as ${code(outcome.status)}${setText(outcome.set)}`;
  return `moves to ${code(outcome.transition)}${setText(outcome.set)}, webhook fires`;
}

function triggerRows(op: OperationIR): string[] {
  const rows: string[] = [];
  const machine = [...op.triggers];
  for (const entry of op.sandbox) {
    const i = machine.findIndex((t) => t.when === entry.when && t.example === entry.example);
    const t: TriggerIR | undefined = i >= 0 ? machine.splice(i, 1)[0] : undefined;
    const on = t?.on === 'record' ? 'each record read' : 'the request';
    rows.push(
      `| ${cell(entry.when)} | ${t ? cell(`${describeMatch(t.match)} (on ${on})`) : 'acts on a later call, see its table'} | ${t ? cell(describeOutcome(op, t.outcome)) : '—'} | ${cell(entry.then)} | ${entry.example ? code(entry.example) : '—'} | ${t?.fidelity ?? '—'} |`,
    );
  }
  return rows;
}

/** The operation's sandbox triggers, first match first; empty when it has none. */
export function triggerTable(op: OperationIR): string {
  const rows = triggerRows(op);
  if (!rows.length) return '';
  return ['| When | Condition | Outcome | Then | Request example | Fidelity |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function describePrerequisite(p: PrerequisiteIR): string {
  const parts: string[] = [];
  if (p.exists) {
    const where = Object.entries(p.exists.where).map(([field, value]) => {
      const from = typeof value === 'string' ? /^\{(.+)\}$/.exec(value)?.[1] : undefined;
      return from ? `${code(field)} = ${code(from)}` : `${code(field)} = ${code(value)}`;
    });
    const every = Object.values(p.exists.where).some((v) => typeof v === 'string' && v.includes('[]')) ? ' (for every item)' : '';
    parts.push(`one ${p.exists.resource} with ${where.join(', ')} exists${every}${p.exists.as ? `, loaded as ${code(p.exists.as)}` : ''}`);
  }
  if (p.match) parts.push(describeMatch(p.match));
  return parts.join('; then ');
}

/** The operation's prerequisites in the order they are checked; empty when it has none. */
export function prerequisiteTable(op: OperationIR): string {
  if (!op.prerequisites.length) return '';
  const rows = op.prerequisites.map((p, i) => `| ${i + 1} | ${cell(p.that)} | ${cell(describePrerequisite(p))} | ${cell(describeError(op, p.error))} | ${p.fidelity} |`);
  return ['| # | Requires | Checked as | Otherwise | Fidelity |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Both tables under their headings, for an operation's description; empty when it has neither. */
export function behaviourSection(op: OperationIR, level = '**'): string {
  const parts: string[] = [];
  const heading = (title: string) => (level === '**' ? `**${title}**` : `${level} ${title}`);
  const triggers = triggerTable(op);
  const prerequisites = prerequisiteTable(op);
  if (triggers) parts.push(heading('Sandbox triggers'), 'Tested in this order; the first that matches decides.', triggers);
  if (prerequisites) parts.push(heading('Prerequisites'), 'Checked in this order before the call acts.', prerequisites);
  return parts.join('\n\n');
}
