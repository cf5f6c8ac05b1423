// What a JSON body that failed validation answers when some failures are business rules (`x-connectfi-errors` in
// the spec: `x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`). The vendor
// checks the schema first and the business rules after, so a rule's code is answered only when the body is valid
// apart from it: each failing value is replaced by one that satisfies its keyword and the body validated again,
// which also sorts out the noise of `oneOf` branches the body never meant.
import { CallFailure, requestInvalid, type ValidationIssue } from './envelope.js';
import { segmentsOf } from './json-pointer.js';
import type { BodySpec, BusinessAnswer } from './route.js';

interface KeywordSemantics {
  /** A value that satisfies the keyword and keeps as much of the sent one as possible. */
  repair(sent: unknown, keywordValue: unknown): unknown;
  /**
   * True when the keyword is a schema constraint in its own right (an operation that does not document the code
   * still refuses with `requestValidateError`); false when it is only a business rule (the value passes there).
   */
  schemaConstraint: boolean;
}

const KEYWORDS: Record<string, KeywordSemantics> = {
  'x-amountPrecision': {
    schemaConstraint: true,
    repair(sent, digits) {
      const scale = 10 ** Number(digits);
      const truncated = Math.trunc(Number(sent) * scale) / scale;
      return truncated === 0 ? 1 / scale : truncated;
    },
  },
  'x-connectfi-supported': { schemaConstraint: false, repair: (_sent, supported) => (supported as unknown[])[0] },
};

function valueAt(root: unknown, pointer: string): unknown {
  return segmentsOf(pointer).reduce<any>((node, key) => node?.[key], root);
}

function replaceAt(root: unknown, pointer: string, value: unknown): void {
  const segments = segmentsOf(pointer);
  const last = segments.pop();
  const parent = segments.reduce<any>((node, key) => node?.[key], root);
  if (last !== undefined && parent && typeof parent === 'object') parent[last] = value;
}

function failureOf(answer: BusinessAnswer, issue: ValidationIssue, sent: unknown): CallFailure {
  const property = segmentsOf(issue.instancePath).pop() ?? 'value';
  const context = { ...(answer.echoValue ? { [property]: sent } : {}), ...answer.context };
  const detail = Object.entries(context)
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
  return new CallFailure(answer.status, answer.code, answer.detailInMessage && detail ? `${answer.message} (${detail})` : answer.message, context);
}

/** The failure to answer for a body that failed `spec.validate` with `issues`; undefined lets the body through. */
export function judgeInvalidBody(spec: BodySpec, body: unknown, issues: ValidationIssue[]): CallFailure | undefined {
  const rules = spec.businessRules ?? {};
  const isBusiness = (issue: ValidationIssue) => rules[issue.keyword] !== undefined && KEYWORDS[issue.keyword] !== undefined;
  const business = issues.filter(isBusiness);
  if (!business.length) return requestInvalid(issues);
  // A business-only keyword the operation does not document is no schema violation: leave it out of the list.
  const reportable = issues.filter((issue) => !isBusiness(issue) || rules[issue.keyword].answer || KEYWORDS[issue.keyword].schemaConstraint);

  const repaired = structuredClone(body);
  for (const issue of business) replaceAt(repaired, issue.instancePath, KEYWORDS[issue.keyword].repair(valueAt(body, issue.instancePath), rules[issue.keyword].value));
  if (!spec.validate(repaired)) return requestInvalid(reportable);

  const answered = business.find((issue) => rules[issue.keyword].answer);
  if (answered) return failureOf(rules[answered.keyword].answer!, answered, valueAt(body, answered.instancePath));
  // Once per value: each oneOf branch that holds the property reports it.
  const constraints = business.filter((issue, i) => KEYWORDS[issue.keyword].schemaConstraint && business.findIndex((other) => other.instancePath === issue.instancePath && other.keyword === issue.keyword) === i);
  return constraints.length ? requestInvalid(constraints) : undefined;
}
