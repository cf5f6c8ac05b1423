// The pipeline on a hand-made route table (validators compiled with Ajv here; the generator compiles them to
// standalone code): every kind of bad input answers its envelope, and good input reaches the handler.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { createPipeline, type PipelineOptions } from './pipeline.js';
import type { RouteSpec, Validator } from './route.js';
import { toFetchHandler } from './web.js';

const ajv = new Ajv2020({ allErrors: true });
const compile = (schema: object) => ajv.compile(schema) as Validator;

const transfer = compile({ type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } });
const envelope = compile({ type: 'object', required: ['code', 'data'], properties: { code: { const: '0' }, data: { type: 'object' } } });
const routes: RouteSpec[] = [
  {
    operationId: 'achCreate',
    method: 'POST',
    path: '/ach/create',
    secured: true,
    parameters: [],
    body: { required: true, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate: transfer },
    responses: { 200: { 'application/json': 'envelope' }, 400: { 'application/json': 'error' } },
  },
  {
    operationId: 'customerStatus',
    method: 'GET',
    path: '/customer/status/{customerId}',
    secured: true,
    parameters: [
      { name: 'customerId', in: 'path', type: 'string' },
      { name: 'limit', in: 'query', type: 'integer' },
      { name: 'ids', in: 'query', type: 'array', itemType: 'integer' },
    ],
    validateParameters: compile({
      type: 'object',
      properties: {
        path: { type: 'object', properties: { customerId: { type: 'string', maxLength: 5 } } },
        query: { type: 'object', properties: { limit: { type: 'integer', maximum: 10 }, ids: { type: 'array', items: { type: 'integer' } } } },
      },
    }),
    responses: { 200: { 'application/json': 'envelope' } },
  },
  { operationId: 'healthCheck', method: 'GET', path: '/health', secured: false, parameters: [], responses: { 200: { 'application/json': 'envelope' } } },
  {
    operationId: 'achExport',
    method: 'POST',
    path: '/ach/export',
    secured: true,
    parameters: [],
    body: { required: false, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate: compile({ type: 'object' }) },
    responses: { 200: { 'text/csv': 'csv' } },
  },
  {
    operationId: 'akepaUploadDocument',
    method: 'POST',
    path: '/akepa/document/upload/{documentId}',
    secured: true,
    parameters: [{ name: 'documentId', in: 'path', type: 'string' }],
    body: { required: true, mediaTypes: ['multipart/form-data'], kind: 'multipart', fileFields: [{ name: 'file', required: true }], validate: compile({ type: 'object', properties: { side: { enum: ['front', 'back'] } } }) },
    responses: { 200: { 'application/json': 'envelope' } },
  },
];
const validators = { envelope, error: compile({ type: 'object', required: ['code'] }), csv: compile({ type: 'string' }) };

const ok = (data: object = {}) => ({ status: 200, body: { code: '0', data } });
function server(overrides: Partial<PipelineOptions<{ user: string }>> = {}) {
  const handlers = {
    achCreate: vi.fn(async ({ body, principal }: any) => ok({ amount: body.amount, user: principal.user })),
    customerStatus: vi.fn(({ params, query }: any) => ok({ params, query })),
    healthCheck: vi.fn(({ principal }: any) => ok({ principal: principal ?? null })),
    achExport: vi.fn(() => ({ status: 200, body: 'id,amount\n1,2\n' })),
    akepaUploadDocument: vi.fn(async ({ body }: any) => ok({ name: body.file.name, size: body.file.size, side: body.side })),
  };
  const fetch = toFetchHandler(
    createPipeline(
      { routes, tokenHeader: 'x-connectfi-token', loadResponseValidators: async () => validators },
      { handlers, authenticate: (token) => (token === 'good' ? { user: 'u1' } : null), validateResponses: true, onError: () => {}, ...overrides },
    ),
  );
  return { fetch, handlers };
}

const call = (fetch: (r: Request) => Promise<Response>, path: string, init: RequestInit & { token?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set('x-connectfi-token', init.token ?? 'good');
  return fetch(new Request(`http://local${path}`, { ...init, headers }));
};
const json = (value: unknown) => ({ method: 'POST', body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
async function expectError(response: Response, status: number, code: string) {
  const body = await response.json();
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(body.requestId).toMatch(/^[0-9a-f]{32}$/);
  expect(typeof body.message).toBe('string');
  return body;
}

describe('the pipeline', () => {
  it('passes validated input and the principal to the handler and answers its body', async () => {
    const { fetch } = server();
    const response = await call(fetch, '/ach/create', json({ amount: 12.5 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ code: '0', data: { amount: 12.5, user: 'u1' } });
  });

  it('coerces and validates path and query parameters, naming where a bad one came from', async () => {
    const { fetch } = server();
    const good = await call(fetch, '/customer/status/c%201?limit=3&ids=1&ids=2');
    expect((await good.json()).data).toEqual({ params: { customerId: 'c 1' }, query: { limit: 3, ids: [1, 2] } });
    const bad = await expectError(await call(fetch, '/customer/status/toolong?limit=x'), 400, 'requestValidateError');
    expect(bad.context.map((e: any) => e.instancePath).sort()).toEqual(['/path/customerId', '/query/limit']);
    await expectError(await call(fetch, '/customer/status/%E0%A4%A'), 400, 'invalidUrl');
  });

  it('answers 400 requestValidateError with the Ajv error list for a wrong body', async () => {
    const { fetch, handlers } = server();
    const body = await expectError(await call(fetch, '/ach/create', json({ amount: 'ten' })), 400, 'requestValidateError');
    expect(body.context).toEqual([{ instancePath: '/amount', schemaPath: '#/properties/amount/type', keyword: 'type', params: { type: 'number' }, message: 'must be number' }]);
    expect(body.message).toBe('Request validation error');
    expect(handlers.achCreate).not.toHaveBeenCalled();
  });

  it('skips request validation when it is off', async () => {
    const { fetch } = server({ validateRequests: false });
    expect((await call(fetch, '/ach/create', json({ amount: 'ten' }))).status).toBe(200);
  });

  it('answers 401 without a token or with a rejected one, and lets the open operations through', async () => {
    const { fetch, handlers } = server();
    await expectError(await call(fetch, '/ach/create', { ...json({ amount: 1 }), token: null }), 401, 'unauthorized');
    await expectError(await call(fetch, '/ach/create', { ...json({ amount: 1 }), token: 'bad' }), 401, 'unauthorized');
    expect(handlers.achCreate).not.toHaveBeenCalled();
    const open = await call(fetch, '/health', { token: null });
    expect(await open.json()).toEqual({ code: '0', data: { principal: null } });
  });

  it('answers malformed JSON, a wrong or missing content type and a missing body with their own envelopes', async () => {
    const { fetch } = server();
    const malformed = await expectError(await call(fetch, '/ach/create', { ...json(0), body: '{"amount": 1' }), 400, 'invalidJson');
    expect(malformed.message).toMatch(/^The request could not be parsed: /);
    const wrongType = await expectError(await call(fetch, '/ach/create', { method: 'POST', body: 'amount=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupportedMediaType');
    expect(wrongType.context).toEqual({ received: 'application/x-www-form-urlencoded', expected: ['application/json'] });
    await expectError(await call(fetch, '/ach/create', { method: 'POST', body: '{"amount":1}', headers: { 'content-type': '' } }), 415, 'unsupportedMediaType');
    const missing = await expectError(await call(fetch, '/ach/create', { method: 'POST' }), 400, 'requestValidateError');
    expect(missing.context[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'body' } });
    expect((await call(fetch, '/ach/create', { ...json(0), body: '{"amount":1}', headers: { 'content-type': 'Application/JSON; charset=utf-8' } })).status).toBe(200);
  });

  it('answers 413 for a body over the limit, by content-length or by what arrives', async () => {
    const { fetch } = server({ bodyLimit: 32 });
    const big = JSON.stringify({ amount: 1, pad: 'x'.repeat(100) });
    const declared = await expectError(await call(fetch, '/ach/create', json(JSON.parse(big))), 413, 'payloadTooLarge');
    expect(declared.context).toEqual({ limit: 32 });
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = await call(fetch, '/ach/create', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    await expectError(streamed, 413, 'payloadTooLarge');
  });

  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const { fetch } = server();
    const missing = await expectError(await call(fetch, '/nowhere'), 404, 'notFound');
    expect(missing.context).toEqual({ method: 'GET', path: '/nowhere' });
    const wrong = await call(fetch, '/ach/create');
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await expectError(wrong, 405, 'methodNotAllowed')).message).toBe('GET is not documented for /ach/create; use POST');
  });

  it('answers 501 for an operation without a handler and 500 when a handler or authenticate throws', async () => {
    const onError = vi.fn();
    const { fetch } = server({
      handlers: {
        achCreate: () => {
          throw new Error('boom');
        },
      },
      onError,
    });
    await expectError(await call(fetch, '/health', { token: null }), 501, 'notImplemented');
    const failed = await expectError(await call(fetch, '/ach/create', json({ amount: 1 })), 500, 'internalError');
    expect(JSON.stringify(failed)).not.toContain('boom');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }), { requestId: failed.requestId, operationId: 'achCreate' });
    const authFails = server({
      authenticate: () => {
        throw new Error('db down');
      },
      onError,
    });
    await expectError(await call(authFails.fetch, '/ach/create', json({ amount: 1 })), 500, 'internalError');
  });

  it('answers 500 for an answer the socket would refuse, and survives an onError that throws', async () => {
    for (const answer of [{ status: 99 }, { status: 200, body: {}, headers: { 'x-bad': 'a\r\nset-cookie: x' } }, { status: 200, body: {}, headers: { 'bad name': 'x' } }, { status: 200, body: { n: 1n } }, undefined]) {
      const { fetch } = server({
        handlers: { achCreate: () => answer as never },
        validateResponses: false,
        onError: () => {
          throw new Error('logger down');
        },
      });
      await expectError(await call(fetch, '/ach/create', json({ amount: 1 })), 500, 'internalError');
    }
  });

  it('catches an answer outside the contract: undocumented status, wrong media type, wrong body', async () => {
    for (const [answer, message] of [
      [{ status: 418, body: {} }, 'status 418 is not documented; documented: 200, 400'],
      [{ status: 200, body: 'x', contentType: 'text/plain' }, 'media type text/plain is not documented for 200; documented: application/json'],
      [{ status: 200, body: { code: '1', data: {} } }, 'must be equal to constant'],
    ] as const) {
      const { fetch } = server({ handlers: { achCreate: () => answer as never } });
      const body = await expectError(await call(fetch, '/ach/create', json({ amount: 1 })), 500, 'responseValidateError');
      expect(body.context.violations.map((v: any) => v.message)).toContain(message);
    }
    const off = server({ handlers: { achCreate: () => ({ status: 418, body: {} }) }, validateResponses: false });
    expect((await call(off.fetch, '/ach/create', json({ amount: 1 }))).status).toBe(418);
  });

  it('answers a non-JSON response with its documented media type, and an optional body may be absent', async () => {
    const { fetch } = server();
    const csv = await call(fetch, '/ach/export', { method: 'POST' });
    expect(csv.headers.get('content-type')).toBe('text/csv');
    expect(await csv.text()).toBe('id,amount\n1,2\n');
  });

  it('parses a multipart upload, hands the file to the handler and validates the text fields', async () => {
    const { fetch } = server();
    const form = () => {
      const fd = new FormData();
      fd.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }), 'id.pdf');
      return fd;
    };
    const good = form();
    good.append('side', 'front');
    const uploaded = await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: good });
    expect(await uploaded.json()).toEqual({ code: '0', data: { name: 'id.pdf', size: 3, side: 'front' } });
    const badSide = form();
    badSide.append('side', 'left');
    expect((await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: badSide }), 400, 'requestValidateError')).context[0].instancePath).toBe('/side');
    const noFile = new FormData();
    noFile.append('file', 'just text');
    expect((await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: noFile }), 400, 'requestValidateError')).context[0].keyword).toBe('format');
    const empty = new FormData();
    empty.append('side', 'back');
    expect((await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: empty }), 400, 'requestValidateError')).context[0].params).toEqual({ missingProperty: 'file' });
    await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: '--x\r\ngarbage', headers: { 'content-type': 'multipart/form-data; boundary=x' } }), 400, 'invalidMultipart');
    await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: JSON.stringify({ file: 'x' }), headers: { 'content-type': 'application/json' } }), 415, 'unsupportedMediaType');
  });

  it('applies the upload limit, not the JSON limit, to multipart bodies', async () => {
    const { fetch } = server({ bodyLimit: 10, uploadLimit: 400 });
    const small = new FormData();
    small.append('file', new Blob([new Uint8Array(20)]), 'a.bin');
    expect((await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: small })).status).toBe(200);
    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(1000)]), 'a.bin');
    await expectError(await call(fetch, '/akepa/document/upload/doc1', { method: 'POST', body: big }), 413, 'payloadTooLarge');
  });
});
