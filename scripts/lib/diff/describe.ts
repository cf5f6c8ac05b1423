// Turns one Redocly change (plus our verdict, if a rule fired) into Changes a person reads: which operation,
// webhook, field or enum, added, removed or changed. A path item added or removed becomes one change per operation.
import type { Change } from './change.ts';
import { METHODS, fieldPath, locate, segments, type Location } from './locate.ts';
import type { RedoclyChange } from './redocly.ts';
import type { RuleVerdict } from './rules.ts';
import type { Level } from './semver.ts';

const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const action = (kind: RedoclyChange['kind']) => (kind === 'modified' ? 'changed' : kind);

function pathItemChanges(change: RedoclyChange, at: Location, base: Omit<Change, 'category' | 'action' | 'where' | 'what'>): Change[] {
  const value = (change.kind === 'removed' ? change.base?.value : change.revision?.value) as Record<string, unknown> | undefined;
  const methods = [...METHODS].filter((m) => value && typeof value === 'object' && m in value);
  if (!methods.length) return [{ ...base, category: 'operation', action: action(change.kind), where: at.where, what: `path ${action(change.kind)}` }];
  return methods.map((m) => ({ ...base, category: 'operation' as const, action: action(change.kind), where: `${m.toUpperCase()} ${at.where}`, what: `operation ${action(change.kind)}` }));
}

function enumText(change: RedoclyChange, at: Location): string {
  const before = Array.isArray(change.base?.value) ? change.base.value : [];
  const after = Array.isArray(change.revision?.value) ? change.revision.value : [];
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  const parts = [added.length ? `values added ${list(added)}` : '', removed.length ? `values removed ${list(removed)}` : ''].filter(Boolean);
  return `${at.part ?? ''} enum ${at.field ? `\`${at.field}\`` : ''}: ${parts.join('; ') || 'reordered'}`.replace(/\s+/g, ' ').trim();
}

function requiredText(change: RedoclyChange, at: Location): string {
  const before = Array.isArray(change.base?.value) ? change.base.value : [];
  const after = Array.isArray(change.revision?.value) ? change.revision.value : [];
  const prefix = at.field ? `${at.field}.` : '';
  const added = after.filter((v) => !before.includes(v)).map((v) => `\`${prefix}${v}\``);
  const removed = before.filter((v) => !after.includes(v)).map((v) => `\`${prefix}${v}\``);
  return [`${at.part ?? ''}`, added.length ? `now required: ${added.join(', ')}` : '', removed.length ? `no longer required: ${removed.join(', ')}` : ''].filter(Boolean).join(' ').trim();
}

/**
 * Redocly names a change in a shared schema once, through the first operation that uses it; the schema's own name
 * (` (Payment.memo)`) tells the reader it reaches every operation using that schema.
 */
function schemaName(change: RedoclyChange): string {
  const pointer = change.kind === 'removed' ? change.base?.pointer : change.revision?.pointer;
  const s = pointer ? segments(pointer) : [];
  if (s[0] !== 'components' || s[1] !== 'schemas' || !s[2]) return '';
  const field = fieldPath(s.slice(3));
  return ` (${s[2]}${field ? `.${field}` : ''})`;
}

/** True when the pointer names a property itself (`.../properties/<name>`), not something inside it. */
const isProperty = (pointer: string) => {
  const s = segments(pointer);
  return s.length >= 2 && s[s.length - 2] === 'properties';
};

export function describe(change: RedoclyChange, verdict?: RuleVerdict): Change[] {
  const at = locate(change.path);
  const level: Level = verdict?.level ?? change.impact;
  const rules = [...change.verdicts.map((v) => v.ruleId), ...(verdict ? [verdict.rule] : [])];
  const base = { level, rules, pointer: change.path };
  const redoclyMessage = change.verdicts.map((v) => v.message).join(' ');
  if (verdict?.rule === 'connectfi/webhook-renamed') {
    return [{ ...base, category: 'webhook', action: 'removed', where: `webhook ${String(change.base?.value)}`, what: verdict.message }];
  }
  if (at.scope === 'other' && /^tags\.\d+$/.test(at.where) && change.kind !== 'modified') {
    const tag = (change.kind === 'removed' ? change.base?.value : change.revision?.value) as { name?: string } | undefined;
    return [{ ...base, category: 'other', action: action(change.kind), where: `tag ${tag?.name ?? at.where}`, what: `tag ${action(change.kind)}` }];
  }
  if (at.whole && at.scope === 'path') {
    if (change.property === 'key') return [{ ...base, category: 'operation', action: 'changed', where: at.where, what: redoclyMessage || 'path renamed' }];
    return pathItemChanges(change, at, base);
  }
  if (at.whole && (at.scope === 'operation' || at.scope === 'webhook')) {
    const category = at.scope;
    if (change.kind !== 'modified') return [{ ...base, category, action: action(change.kind), where: at.where, what: `${category} ${action(change.kind)}` }];
    return [{ ...base, category, action: 'changed', where: at.where, what: verdict?.message ?? (redoclyMessage || `\`${change.property}\` changed`) }];
  }
  if (change.property === 'enum') return [{ ...base, category: 'enum', action: 'changed', where: at.where, what: enumText(change, at) }];
  if (change.property === 'required') return [{ ...base, category: 'field', action: 'changed', where: at.where, what: requiredText(change, at) }];
  if (change.kind !== 'modified' && isProperty(change.path)) {
    return [{ ...base, category: 'field', action: action(change.kind), where: at.where, what: `${at.part ?? ''} field \`${at.field}\` ${action(change.kind)}${schemaName(change)}`.trim() }];
  }
  const what =
    verdict?.message ??
    (change.property === 'description' || change.property === 'summary'
      ? `${at.part ?? ''} ${at.field ? `\`${at.field}\` ` : ''}${change.property} changed`
      : `${at.part ?? ''} ${at.field ? `\`${at.field}\`: ` : ''}${redoclyMessage || `${change.property ?? change.typeName ?? 'value'} ${action(change.kind)}`}`);
  return [{ ...base, category: 'other', action: action(change.kind), where: at.where, what: what.replace(/\s+/g, ' ').trim() }];
}
