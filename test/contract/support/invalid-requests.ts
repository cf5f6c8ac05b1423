// Requests that break one constraint of the spec each, derived from an operation's own valid example, so that the
// contract tests can show Prism rejects them: the spec's constraints are real, not decoration.
import { deref } from '../../../generators/src/spec/examples.ts';
import type { OperationEntry } from '../../../scripts/lib/operations.ts';

export interface InvalidRequest {
  op: OperationEntry;
  /** What was broken, e.g. `/oldPassword: a number where the spec wants a string`. */
  fault: string;
  /** The property Prism must name in its violation. */
  property: string;
  body: Record<string, unknown>;
}

const jsonBody = (op: OperationEntry) =>
  op.request?.contentType === 'application/json' && op.request.example && typeof op.request.example.value === 'object' && !Array.isArray(op.request.example.value) ? (op.request.example.value as Record<string, unknown>) : undefined;

function otherType(value: unknown): [unknown, string] {
  if (typeof value === 'string') return [12345, 'a number where the spec wants a string'];
  if (typeof value === 'number' || typeof value === 'boolean') return ['not-a-number', `a string where the spec wants a ${typeof value}`];
  return ['not-an-object', 'a string where the spec wants an object or array'];
}

/** The first property of the example replaced by a value of another JSON type. */
export function wrongType(op: OperationEntry): InvalidRequest | undefined {
  const body = jsonBody(op);
  const [property, value] = Object.entries(body ?? {})[0] ?? [];
  if (!body || property === undefined) return undefined;
  const [other, fault] = otherType(value);
  return { op, property, fault: `/${property}: ${fault}`, body: { ...body, [property]: other } };
}

/** Properties every accepted body must have: the schema's `required`, or the ones every `oneOf` branch requires. */
export function requiredProperties(spec: any, op: OperationEntry): string[] {
  const schema = deref(spec, op.node.requestBody && deref(spec, op.node.requestBody).content?.['application/json']?.schema);
  if (!schema) return [];
  const own: string[] = [...(schema.required ?? []), ...(schema.allOf ?? []).flatMap((s: any) => deref(spec, s)?.required ?? [])];
  if (own.length || !schema.oneOf) return own;
  const branches: string[][] = schema.oneOf.map((s: any) => deref(spec, s)?.required ?? []);
  return branches[0].filter((p) => branches.every((b) => b.includes(p)));
}

/** The example without its first required property. */
export function missingRequired(spec: any, op: OperationEntry): InvalidRequest | undefined {
  const body = jsonBody(op);
  const property = requiredProperties(spec, op).find((p) => body && p in body);
  if (!body || !property) return undefined;
  const { [property]: _removed, ...rest } = body;
  return { op, property, fault: `/${property} left out though required`, body: rest };
}

/** Operations whose body is the shared query pattern (`TransactionQuery`: 1-20 ids). */
export function queryOperations(spec: any, ops: OperationEntry[]): OperationEntry[] {
  return ops.filter((op) => op.kind === 'operation' && op.node.requestBody && deref(spec, op.node.requestBody).content?.['application/json']?.schema?.$ref === '#/components/schemas/TransactionQuery');
}

/** A query example with its id array grown to 21 entries (the maximum is 20). */
export function tooManyIds(op: OperationEntry): InvalidRequest | undefined {
  const body = jsonBody(op);
  const [property, ids] = Object.entries(body ?? {}).find(([, v]) => Array.isArray(v) && v.length > 0) ?? [];
  if (!body || !property) return undefined;
  const many = Array.from({ length: 21 }, (_, i) => (ids as unknown[])[i % (ids as unknown[]).length]);
  return { op, property, fault: `/${property}: 21 ids where at most 20 are allowed`, body: { ...body, [property]: many } };
}
