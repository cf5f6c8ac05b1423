// The generated client facade against the Prism mock, for every operation of the bundle: it sends the documented
// request example and gets the documented result; and for every documented error example (asked of Prism with
// `Prefer: code=..., example=...`) it throws the matching error class with `code`, `context` and `requestId` filled.
// Webhooks, which Prism does not mock, go through `parseWebhook` with every documented payload.
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ReferenceExistsError,
  RequestValidateError,
  UnauthorizedError,
  UnprocessableEntityError,
  createConnectFiClient,
  parseWebhook,
} from '@connectfi/client';
import { afterAll, describe, expect, it } from 'vitest';
import { deref } from '../../generators/src/spec/examples.ts';
import { countOperations } from '../../scripts/lib/bundle-spec.ts';
import { facadeArguments } from '../../scripts/lib/docs/code-samples.ts';
import { listOperations, type ErrorExample, type OperationEntry } from '../../scripts/lib/operations.ts';
import { loadBundle } from '../support/bundle.ts';
import { MOCK_TOKEN, exampleFile } from './support/low-level.ts';
import { usePrism } from './support/prism.ts';

const spec = loadBundle();
const all = listOperations(spec);
const operations = all.filter((op) => op.kind === 'operation');
const webhooks = all.filter((op) => op.kind === 'webhook');

type Facade = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

/** Calls the facade method with the operation's documented arguments (as the docs' samples do), then `options`. */
function call(cfi: Facade, op: OperationEntry, options: { headers?: Record<string, string> } = {}): Promise<unknown> {
  const method = cfi[op.group]?.[op.action];
  if (typeof method !== 'function') throw new Error(`the facade has no cfi.${op.group}.${op.action}()`);
  return method.call(cfi[op.group], ...facadeArguments(op, exampleFile), options);
}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};
const BY_CODE: Record<string, typeof APIError> = { requestValidateError: RequestValidateError, referenceExists: ReferenceExistsError, unauthorized: UnauthorizedError };

/** The class the client must throw: the code's own class when it refines the status's class, else the status's. */
function expectedClass(status: number, code: string): typeof APIError {
  const byStatus = status >= 500 ? InternalServerError : (BY_STATUS[status] ?? APIError);
  const byCode = BY_CODE[code];
  return byCode && byCode.prototype instanceof byStatus ? byCode : byStatus;
}

describe('the client facade against the Prism mock', () => {
  const prism = usePrism();
  const exercised = new Set<string>();
  const facade = () => createConnectFiClient({ baseUrl: prism.current.url, token: MOCK_TOKEN, maxRetries: 0 }) as unknown as Facade;

  afterAll(() => {
    console.log(`contract: exercised ${exercised.size} of ${countOperations(spec)} operations through the facade, ${webhooks.length} webhooks through parseWebhook`);
  });

  it("sends every operation's documented request and returns the documented result", async () => {
    const cfi = facade();
    for (const op of operations) {
      const result = await call(cfi, op);
      const documented = op.success?.example?.value as { data?: unknown } | undefined;
      expect(result, op.operationId).toEqual(documented && typeof documented === 'object' && 'data' in documented ? documented.data : documented);
      exercised.add(op.operationId);
    }
  });

  it('exercised every operation of the bundle', () => {
    expect(operations.length).toBe(countOperations(spec));
    expect(operations.map((op) => op.operationId).filter((id) => !exercised.has(id))).toEqual([]);
  });

  const errorCases: [OperationEntry, ErrorExample][] = operations.flatMap((op) => op.errors.map((e) => [op, e] as [OperationEntry, ErrorExample]));
  it.each(errorCases.map(([op, e]) => [`${op.operationId} ${e.status} ${e.name}`, op, e] as const))('raises the documented error %s', async (_, op, example) => {
    const value = example.value as { code: string; context: unknown; requestId: string };
    const error = await call(facade(), op, { headers: { Prefer: `code=${example.status}, example=${example.name}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(expectedClass(Number(example.status), value.code));
    const thrown = error as APIError;
    expect({ status: thrown.status, code: thrown.code, requestId: thrown.requestId }).toEqual({ status: Number(example.status), code: value.code, requestId: value.requestId });
    expect(thrown.context).toBeDefined();
    // The client masks the credentials it finds in `context` ('[redacted]'); every other value comes through as documented.
    if (Array.isArray(value.context)) expect(thrown.context).toEqual(value.context);
    else for (const [key, documented] of Object.entries(value.context as object)) expect([documented, '[redacted]'], `context.${key}`).toContainEqual((thrown.context as Record<string, unknown>)[key]);
  });

  it.each(
    webhooks.flatMap((w) => Object.entries<any>(deref(spec, w.node.requestBody).content['application/json'].examples).map(([name, ex]) => [`${w.operationId} ${name}`, w, deref(spec, ex).value] as const)),
  )('parses the webhook payload %s', (_, webhook, payload) => {
    const parse = parseWebhook as unknown as (name: string, raw: string) => unknown;
    expect(parse(webhook.operationId, JSON.stringify(payload))).toEqual(payload);
  });
});
