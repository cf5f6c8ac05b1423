// Negative cases derived from the schemas: each breaks one constraint of a documented request, and each is kept only
// when the operation's own compiled validator rejects it, so the kit never demands a 400 for a request the contract
// accepts. The limits (maxLength, maxItems) are read from Ajv's own errors rather than by walking the schema.
import type { ValidateFunction } from 'ajv';
import type { NegativeCase, RequestSpec } from '../../../runtime/contract/table.ts';
import { pointerText as pointer } from '../../ir/pointer.ts';
import type { OperationIR } from '../../ir/types.ts';

type Json = Record<string, unknown>;

const errorsAt = (validate: ValidateFunction, data: unknown, at: string, keyword: string) => (validate(data) ? [] : (validate.errors ?? []).filter((e) => e.instancePath === at && e.keyword === keyword));

function otherType(value: unknown): [unknown, string] {
  if (typeof value === 'string') return [12345, 'a number where the spec wants a string'];
  if (typeof value === 'number' || typeof value === 'boolean') return ['not-a-number', `a string where the spec wants a ${typeof value}`];
  if (Array.isArray(value)) return ['not-an-array', 'a string where the spec wants an array'];
  return ['not-an-object', 'a string where the spec wants an object'];
}

function withValue(body: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(body);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return copy;
}

/** Every string in the example, depth first, as its path of keys. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

const padTo = (seed: string, length: number) => (seed || 'x').repeat(Math.ceil(length / Math.max(seed.length, 1))).slice(0, length);

function wrongType(validate: ValidateFunction, body: Json): (Omit<NegativeCase, 'request'> & { body: Json }) | undefined {
  for (const [key, value] of Object.entries(body)) {
    const [other, fault] = otherType(value);
    const broken = { ...body, [key]: other };
    if (errorsAt(validate, broken, pointer([key]), 'type').length) return { kind: 'wrongType', fault: `/${key}: ${fault}`, expect: [400], code: 'requestValidateError', body: broken };
  }
  return undefined;
}

function missingRequired(validate: ValidateFunction, body: Json): (Omit<NegativeCase, 'request'> & { body: Json }) | undefined {
  for (const key of Object.keys(body)) {
    const { [key]: _left, ...rest } = body;
    if (!validate(rest) && (validate.errors ?? []).some((e) => e.keyword === 'required' && e.params.missingProperty === key)) {
      return { kind: 'missingRequired', fault: `/${key} left out though required`, expect: [400], code: 'requestValidateError', body: rest };
    }
  }
  return undefined;
}

/** The first string the schema bounds, grown to one character over its maxLength (learnt from Ajv's error). */
function tooLong(validate: ValidateFunction, data: Json, under: (string | number)[] = []): { fault: string; data: Json } | undefined {
  for (const path of stringLeaves(data).filter((p) => under.every((s, i) => p[i] === s))) {
    const seed = path.reduce((n: any, k) => n[k], data) as string;
    const probe = errorsAt(validate, withValue(data, path, padTo(seed, 5000)), pointer(path), 'maxLength')[0];
    const limit = probe?.params.limit;
    if (typeof limit !== 'number') continue;
    const broken = withValue(data, path, padTo(seed, limit + 1));
    if (errorsAt(validate, broken, pointer(path), 'maxLength').length) {
      return { fault: `${pointer(path.slice(under.length))}: ${limit + 1} characters where at most ${limit} are allowed`, data: broken };
    }
  }
  return undefined;
}

function tooManyIds(validate: ValidateFunction, op: OperationIR, body: Json): (Omit<NegativeCase, 'request'> & { body: Json }) | undefined {
  if (op.pattern.kind !== 'query') return undefined;
  const { batchKeys, maxBatch } = op.pattern;
  const key = batchKeys.find((k) => Array.isArray(body[k]) && (body[k] as unknown[]).length > 0);
  if (!key) return undefined;
  const ids = body[key] as unknown[];
  const broken = { ...body, [key]: Array.from({ length: maxBatch + 1 }, (_, i) => ids[i % ids.length]) };
  if (!errorsAt(validate, broken, pointer([key]), 'maxItems').length) return undefined;
  return { kind: 'tooManyIds', fault: `/${key}: ${maxBatch + 1} ids where at most ${maxBatch} are allowed`, expect: [400], code: 'requestValidateError', body: broken };
}

const OTHER_METHODS = ['DELETE', 'PUT', 'PATCH', 'GET', 'POST'];

export interface NegativeInputs {
  op: OperationIR;
  /** The methods the bundle defines at the operation's path. */
  methodsAtPath: string[];
  base: RequestSpec;
  validateBody?: ValidateFunction;
  validateParameters?: ValidateFunction;
  /** Required multipart file fields. */
  requiredFiles: string[];
}

export function negativeCases({ op, methodsAtPath, base, validateBody, validateParameters, requiredFiles }: NegativeInputs): NegativeCase[] {
  const cases: NegativeCase[] = [];
  const body = base.body && typeof base.body === 'object' && !Array.isArray(base.body) ? (base.body as Json) : undefined;
  const json = op.requestBody && /json/.test(op.requestBody.contentType);
  const withBody = (c: Omit<NegativeCase, 'request'> & { body: Json }): NegativeCase => {
    const { body: broken, ...rest } = c;
    return { ...rest, request: { ...base, body: broken } };
  };
  if (json && body && validateBody) {
    for (const found of [wrongType(validateBody, body), missingRequired(validateBody, body), tooManyIds(validateBody, op, body)]) if (found) cases.push(withBody(found));
    const long = tooLong(validateBody, body);
    if (long) cases.push({ kind: 'tooLong', fault: long.fault, expect: [400], code: 'requestValidateError', request: { ...base, body: long.data } });
    const text = JSON.stringify(body);
    cases.push({ kind: 'malformedJson', fault: 'the body is cut off: not JSON', expect: [400], request: { ...base, body: undefined, rawBody: `${text.slice(0, -1)},` } });
  }
  if (op.requestBody?.contentType.startsWith('multipart/') && body && requiredFiles.length) {
    const { [requiredFiles[0]]: _file, ...rest } = body;
    cases.push({ kind: 'missingFile', fault: `the required file ${requiredFiles[0]} left out`, expect: [400], code: 'requestValidateError', request: { ...base, body: rest } });
  }
  if (!cases.some((c) => c.kind === 'tooLong') && validateParameters && Object.keys(base.path).length) {
    const long = tooLong(validateParameters, { path: base.path, query: base.query }, ['path']);
    if (long) cases.push({ kind: 'tooLong', fault: `path parameter ${long.fault.slice(1)}`, expect: [400], code: 'requestValidateError', request: { ...base, path: (long.data as any).path } });
  }
  const method = OTHER_METHODS.find((m) => !methodsAtPath.includes(m));
  if (method) cases.push({ kind: 'wrongMethod', fault: `${method} where the path only takes ${methodsAtPath.join(', ')}`, expect: [405, 404], request: { ...base, body: undefined, method } });
  return cases;
}
