// The Sandbox guide's tables of the other behaviour facts the spec declares (openapi/README.md "Refusals",
// "Declared errors", "Encrypted fields", "Answers") and of the static answers that are designed data, written from the IR like the
// trigger and prerequisite tables, so the page shows exactly what the sandbox executes.
import type { BehaviourIR, KeptPart, OperationIR, ProjectionIR } from '../../../generators/src/ir/types.ts';
import { describeError } from './behaviour-tables.ts';

export const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const where = (op: OperationIR) => `${op.operationId} (\`${op.method.toUpperCase()} ${op.path}\`)`;
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');

const KEPT: Record<KeptPart, string> = { last4: 'last 4 digits', bin: 'BIN (first 6)', masked: 'masked (`XXXX1234`)', maskedCard: 'masked, BIN and last 4 kept' };
const PLAINTEXT = { number: 'an account number', card: '`PAN|YYYYMM|CVV`', secret: 'a PIN block (checked, nothing kept)' };

/** Transitions and the answer when the record's lifecycle has no such move. */
export function refusalTable(operations: OperationIR[]): string {
  const rows = operations
    .filter((op) => op.behaviour?.kind === 'transition')
    .map((op) => {
      const b = op.behaviour!;
      const to = b.to && /^\{.+\}$/.test(b.to) ? `the status in ${code(b.to.slice(1, -1))}` : code(b.to);
      return [where(op), `${b.resource} to ${to}`, b.refused ? describeError(op, b.refused.error) : '(none declared: lint reports it)', b.refused?.fidelity ?? '—'];
    });
  return table(['Operation', 'Moves', 'When its lifecycle has no such move, answers', 'Fidelity'], rows);
}

/** The situations whose answer the behaviour declares (openapi/README.md "Declared errors"), as the page says them. */
const SITUATIONS = {
  notFound: (b: BehaviourIR) => `no ${b.resource} has the ${code(b.lookup ?? b.lookupField ?? 'id')} given`,
  duplicate: (b: BehaviourIR) => `the reference of a new ${b.resource} is already used`,
  wrongPassword: (b: BehaviourIR) => (b.kind === 'auth' ? 'the login and password do not match' : 'the old password is wrong'),
  badDateRange: () => 'the date range ends before it starts',
} as const;

/** One row per declared error: the operation, the situation, the answer and its fidelity. */
export function declaredErrorTable(operations: OperationIR[]): string {
  const rows = operations.flatMap((op) =>
    (Object.keys(SITUATIONS) as (keyof typeof SITUATIONS)[]).flatMap((key) => {
      const declared = op.behaviour?.[key];
      return declared ? [[where(op), SITUATIONS[key](op.behaviour!), describeError(op, declared.error), declared.fidelity]] : [];
    }),
  );
  return table(['Operation', 'When', 'Answers', 'Fidelity'], rows);
}

/** Request properties that carry ciphertext, what is kept of them and the answer to one that does not decrypt. */
export function encryptedTable(operations: OperationIR[]): string {
  const rows = operations.flatMap((op) =>
    (op.behaviour?.encrypted ?? []).map((f) => {
      const kept =
        Object.entries(f.keep)
          .map(([target, part]) => `${code(target)}: ${KEPT[part]}`)
          .join(', ') || 'nothing';
      const error = op.behaviour?.decryptError;
      return [where(op), code(f.path), PLAINTEXT[f.plaintext], kept, error ? describeError(op, error.error) : '(none declared: lint reports it)', error?.fidelity ?? '—'];
    }),
  );
  return table(['Operation', 'Ciphertext', 'Plaintext', 'Kept', 'Undecryptable answers', 'Fidelity'], rows);
}

/** The value paths an answer projection reads, for a one-line summary of where its values come from. */
function sources(p: ProjectionIR, out = new Set<string>()): Set<string> {
  if (typeof p === 'string') {
    const m = /^\{([^{}]+)\}$/.exec(p);
    if (m) out.add(m[1]);
  } else if (Array.isArray(p)) for (const x of p) sources(x, out);
  else if (p && typeof p === 'object') {
    const o = p as Record<string, any>;
    if (typeof o.$from === 'string') out.add(o.$from);
    if (typeof o.$each === 'string') out.add(`${o.$each}[]`);
    for (const [k, v] of Object.entries(o)) if (!k.startsWith('$') || k === '$item') sources(v, out);
  }
  return out;
}

const shapeOf = (p: ProjectionIR) => (p && typeof p === 'object' && !Array.isArray(p) ? `{ ${Object.keys(p).map(code).join(', ')} }` : code(p));
const readBy = (p: ProjectionIR) =>
  [...sources(p)]
    .filter((s) => !s.startsWith('item.'))
    .map(code)
    .join(', ');

/** Operations that answer a record in a shape of their own, or change it from a body in other names. */
export function answerTable(operations: OperationIR[]): string {
  const rows = operations
    .filter((op) => op.behaviour?.answer !== undefined || op.behaviour?.merge !== undefined)
    .map((op) => {
      const { answer, merge, resource } = op.behaviour!;
      return [where(op), answer === undefined ? `the ${resource} record` : `${resource} as ${shapeOf(answer)}, from ${readBy(answer)}`, merge === undefined ? '—' : `${shapeOf(merge)} of the record, from ${readBy(merge)}`];
    });
  return table(['Operation', 'Answers', 'Changes'], rows);
}

/** State-independent answers: the documented example, which is designed data in the sandbox. */
export function staticTable(operations: OperationIR[]): string {
  const rows = operations.filter((op) => op.behaviour?.kind === 'static').map((op) => [where(op), op.summary, "designed: the documented answer example, with the sandbox's own public keys where it shows keys"]);
  return table(['Operation', 'Answers', 'Data'], rows);
}
