// The rules `redocly diff` (diff-recommended, 2.77) lacks, each measured on small bundles before it was written
// (see test/diff/). Each looks at one change Redocly reported, knowing which side of the exchange it is on, and
// may raise or set its level with a reason. Redocly already rates by direction: a removed response or webhook
// field, a new required request field, a narrowed request enum, a widened response or webhook enum, a removed
// operation, path or webhook are all major there.
import type { Location } from './locate.ts';
import type { RedoclyChange } from './redocly.ts';
import type { Level } from './semver.ts';

export interface RuleVerdict {
  rule: string;
  level: Level;
  message: string;
}

type Rule = (change: RedoclyChange, at: Location) => RuleVerdict | undefined;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const field = (at: Location) => (at.field ? `\`${at.field}\`` : 'the value');

/**
 * `x-amountPrecision` is connectFi's decimals limit on an amount (validated by the server and the stubs); Redocly
 * ignores extensions and rates any change a patch. Fewer decimals accepted from a client, or more decimals sent to
 * it, breaks someone.
 */
const amountPrecision: Rule = (change, at) => {
  if (change.property !== 'x-amountPrecision') return undefined;
  const before = num(change.base?.value);
  const after = num(change.revision?.value);
  const narrowed = after !== undefined && (before === undefined || after < before);
  const widened = after === undefined || (before !== undefined && after > before);
  const rule = 'connectfi/amount-precision-changed';
  const text = `${at.part ?? ''} ${field(at)}: at most ${after ?? 'any number of'} decimals (was ${before ?? 'unlimited'})`.trim();
  if ((at.side === 'sends' && narrowed) || (at.side === 'receives' && widened)) return { rule, level: 'major', message: text };
  return { rule, level: 'minor', message: text };
};

/** A `format` (date-time, uuid, email) is a constraint Redocly reports as a patch: added to what a client sends, or changed or dropped on what it receives, it breaks. */
const format: Rule = (change, at) => {
  if (change.property !== 'format') return undefined;
  const before = change.base?.value;
  const after = change.revision?.value;
  const text = `${at.part ?? ''} ${field(at)}: format ${before ?? 'none'} -> ${after ?? 'none'}`.trim();
  const breaks = at.side === 'sends' ? after !== undefined : at.side === 'receives' ? before !== undefined : false;
  return { rule: 'connectfi/format-changed', level: breaks ? 'major' : 'patch', message: text };
};

/** A request enum that only gained values is an addition (Redocly: patch); the policy makes additions minor. */
const requestEnumWidened: Rule = (change, at) => {
  if (change.property !== 'enum' || at.side !== 'sends' || change.verdicts.length) return undefined;
  const before = new Set(Array.isArray(change.base?.value) ? change.base.value : []);
  const after = Array.isArray(change.revision?.value) ? change.revision.value : [];
  if (after.length <= before.size || ![...before].every((v) => after.includes(v))) return undefined;
  return { rule: 'connectfi/request-enum-widened', level: 'minor', message: `${at.part ?? ''} ${field(at)} accepts new values`.trim() };
};

/** Deprecating an operation or a field is a notice clients must see: semver's minor (Redocly: patch). */
const deprecated: Rule = (change) => {
  if (change.property !== 'deprecated' || change.revision?.value !== true) return undefined;
  return { rule: 'connectfi/deprecated', level: 'minor', message: 'deprecated' };
};

/**
 * Redocly pairs a removed webhook with an added one as a rename of the key and rates it a patch; receivers are
 * keyed on the name (`parseWebhook("achStatus", ...)`), so a renamed webhook is one removed.
 */
const webhookRenamed: Rule = (change, at) => {
  if (at.scope !== 'webhook' || !at.whole || change.property !== 'key') return undefined;
  return { rule: 'connectfi/webhook-renamed', level: 'major', message: `webhook \`${String(change.base?.value)}\` removed (renamed \`${String(change.revision?.value)}\`)` };
};

export const CONNECTFI_RULES: Rule[] = [amountPrecision, format, requestEnumWidened, deprecated, webhookRenamed];
