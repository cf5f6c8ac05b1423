// Builds, from the IR alone, the requests a contract test sends to any operation: its documented examples, the same
// with every top-level field of the wrong type, and the answer its handler gives back (its documented success).
import type { OperationIR } from '../../../generators/src/ir/types.ts';

export const TOKEN = 'contract-test-token';

/** The route with every path parameter replaced by its example, plus the required query parameters. */
export function urlFor(op: OperationIR): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const example = op.parameters.find((p) => p.in === 'path' && p.name === name)?.example;
    if (example === undefined) throw new Error(`${op.operationId}: path parameter ${name} has no example`);
    return encodeURIComponent(String(example));
  });
  const query = new URLSearchParams();
  for (const p of op.parameters) if (p.in === 'query' && p.example !== undefined) query.set(p.name, String(p.example));
  return `http://connectfi.test${path}${query.size ? `?${query}` : ''}`;
}

const isMultipart = (op: OperationIR) => op.requestBody?.contentType === 'multipart/form-data';

function encodeBody(op: OperationIR, value: unknown, fileFields: string[]): { body: BodyInit; headers: Record<string, string> } {
  if (!isMultipart(op)) return { body: JSON.stringify(value), headers: { 'content-type': op.requestBody!.contentType } };
  const form = new FormData();
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    const text = typeof field === 'string' ? field : JSON.stringify(field);
    if (fileFields.includes(name)) form.append(name, new Blob([text], { type: 'application/octet-stream' }), `${name}.bin`);
    else form.append(name, text);
  }
  return { body: form, headers: {} };
}

export interface ContractRequest {
  label: string;
  request: () => Request;
}

function request(op: OperationIR, body: { body: BodyInit; headers: Record<string, string> } | undefined, token: boolean): Request {
  return new Request(urlFor(op), {
    method: op.method.toUpperCase(),
    headers: { ...(body?.headers ?? {}), ...(token ? { 'x-connectfi-token': TOKEN } : {}) },
    body: body?.body,
  });
}

/** One request per documented request example (one bare request when the operation takes no body). */
export function documentedRequests(op: OperationIR, fileFields: string[], token = true): ContractRequest[] {
  if (!op.requestBody) return [{ label: 'no body', request: () => request(op, undefined, token) }];
  if (!op.requestBody.examples.length) throw new Error(`${op.operationId}: the request body has no example`);
  return op.requestBody.examples.map((ex) => ({ label: ex.name, request: () => request(op, encodeBody(op, ex.value, fileFields), token) }));
}

const mismatch = (value: unknown) => (typeof value === 'number' ? 'not-a-number' : typeof value === 'string' ? 12345 : typeof value === 'boolean' ? 'yes' : 42);

/**
 * The first example with every top-level field of the wrong type (a string where a number goes, ...); a multipart
 * body sends its file fields as plain text instead. Undefined when the operation takes no body.
 */
export function wrongTypeRequest(op: OperationIR, fileFields: string[]): Request | undefined {
  const example = op.requestBody?.examples[0]?.value;
  if (!op.requestBody || example === undefined) return undefined;
  if (isMultipart(op)) return request(op, encodeBody(op, example, []), true);
  const wrong = example && typeof example === 'object' && !Array.isArray(example) ? Object.fromEntries(Object.entries(example).map(([k, v]) => [k, mismatch(v)])) : { notTheDocumentedType: true };
  return request(op, encodeBody(op, wrong, fileFields), true);
}

/** The documented success answer: the first example of the first 2xx response. */
export function successAnswer(op: OperationIR): { status: number; body?: unknown; contentType?: string } {
  const success = op.responses.find((r) => /^2\d\d$/.test(r.status));
  if (!success) throw new Error(`${op.operationId}: no 2xx response`);
  if (!success.body) return { status: Number(success.status) };
  const example = success.body.examples[0];
  if (!example) throw new Error(`${op.operationId}: the ${success.status} response has no example`);
  return { status: Number(success.status), body: example.value, contentType: success.body.contentType };
}
