// The server stubs against the contract, for EVERY operation of the bundle (and of a fixture bundle with the shapes
// main lacks yet: ACH create, GET with path and query parameters, multipart upload, CSV export). The operations
// come from the IR, so the test grows with the spec.
import { describe, expect, it } from 'vitest';
import { createConnectFiServer, routes as committedRoutes, sendWebhook } from '@connectfi/server';
import { buildIR } from '../../generators/src/ir/build.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';
import { documentedRequests, successAnswer, TOKEN, wrongTypeRequest } from './support/contract-walk.ts';
import { generateServerFrom } from './support/generate-server.ts';
import { miniBundle } from './fixtures/mini-bundle.ts';

/** Loosely typed: the fixture package's handlers are not the committed package's. */
type ServerModule = { createConnectFiServer: (options: any) => ReturnType<typeof createConnectFiServer>; routes: typeof committedRoutes; sendWebhook: (...args: any[]) => Promise<Response> };

type Suite = () => Promise<{ ops: OperationIR[]; module: ServerModule }>;
/** Each suite is loaded once, however many tests use it: generating the fixture package takes seconds. */
const once = (load: Suite): Suite => {
  let loaded: ReturnType<Suite> | undefined;
  return () => (loaded ??= load());
};

const suites: [string, Suite][] = [
  ['generated/openapi.json (the committed @connectfi/server)', once(async () => ({ ops: buildIR(loadBundle()).operations, module: { createConnectFiServer, routes: committedRoutes, sendWebhook } }))],
  ['the fixture bundle (generated here)', once(async () => ({ ops: buildIR(miniBundle).operations, module: await generateServerFrom(miniBundle, 'contract-fixture') }))],
];

async function errorOf(response: Response) {
  const body = await response.json();
  expect(body.requestId).toMatch(/^[0-9a-f]{32}$/);
  return { status: response.status, code: body.code, body };
}

describe.each(suites)('server stubs for %s', (_, load) => {
  it('reach the handler with every documented request example, answer 400 for wrong types, 401 without a token', async () => {
    const { ops, module } = await load();
    expect(ops.length).toBeGreaterThan(0);
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      ops.map((op) => [
        op.operationId,
        (input: any) => {
          reached.push(op.operationId);
          expect(op.security.length ? input.principal : undefined).toEqual(op.security.length ? { user: 'contract' } : undefined);
          return successAnswer(op);
        },
      ]),
    );
    const server = module.createConnectFiServer({ handlers, authenticate: (token: string) => (token === TOKEN ? { user: 'contract' } : null), validateResponses: true });
    const fileFieldsOf = (op: OperationIR) => module.routes.find((r) => r.operationId === op.operationId)!.body?.fileFields.map((f) => f.name) ?? [];

    for (const op of ops) {
      const fileFields = fileFieldsOf(op);
      for (const { label, request } of documentedRequests(op, fileFields)) {
        const before = reached.length;
        const response = await server.fetch(request());
        const expected = successAnswer(op);
        expect({ op: op.operationId, label, status: response.status, text: response.status === expected.status ? '' : await response.text() }).toEqual({ op: op.operationId, label, status: expected.status, text: '' });
        expect(reached.slice(before), `${op.operationId} ${label}`).toEqual([op.operationId]);
      }

      const wrong = wrongTypeRequest(op, fileFields);
      if (wrong) {
        const answer = await errorOf(await server.fetch(wrong));
        expect({ op: op.operationId, status: answer.status, code: answer.code }).toEqual({ op: op.operationId, status: 400, code: 'requestValidateError' });
        expect(answer.body.context.length, op.operationId).toBeGreaterThan(0);
      }

      if (op.security.length) {
        const [{ request }] = documentedRequests(op, fileFields, false);
        const answer = await errorOf(await server.fetch(request()));
        expect({ op: op.operationId, status: answer.status, code: answer.code }).toEqual({ op: op.operationId, status: 401, code: 'unauthorized' });
      }
    }
    expect(new Set(reached)).toEqual(new Set(ops.map((op) => op.operationId)));
  });

  it('catch a handler that answers a body the contract does not document (500 responseValidateError)', async () => {
    const { ops, module } = await load();
    const handlers = Object.fromEntries(
      ops.map((op) => {
        const { status, contentType } = successAnswer(op);
        const body = contentType && /json/.test(contentType) ? { code: '0', data: 'not the documented data', requestId: 'nope' } : { unexpected: 'body' };
        return [op.operationId, () => ({ status, body, contentType })];
      }),
    );
    const server = module.createConnectFiServer({ handlers, authenticate: () => ({ user: 'contract' }), validateResponses: true });
    for (const op of ops) {
      const [{ request }] = documentedRequests(op, module.routes.find((r) => r.operationId === op.operationId)!.body?.fileFields.map((f) => f.name) ?? []);
      const answer = await errorOf(await server.fetch(request()));
      expect({ op: op.operationId, status: answer.status, code: answer.code }).toEqual({ op: op.operationId, status: 500, code: 'responseValidateError' });
      expect(answer.body.context).toMatchObject({ operationId: op.operationId, violations: expect.arrayContaining([expect.objectContaining({ keyword: expect.any(String) })]) });
    }
  });
});

describe('server stubs for the fixture bundle: the shapes main lacked', () => {
  const fixture = suites[1][1];
  const token = { 'x-connectfi-token': TOKEN };
  const serve = async (options: object = {}) =>
    (await fixture()).module.createConnectFiServer({
      handlers: {
        achCreate: ({ body, requestId }: any) => ({ status: 200, body: { code: '0', data: { cFiTransactionId: 'ach_1', reference: body.reference, amount: body.amount, status: 'Initiated' }, requestId } }),
        customerStatus: ({ params, query, requestId }: any) => ({ status: 200, body: { code: '0', data: { status: query.verbose === true && query.limit === 5 && params.customerId === 'c_1' ? 'active' : 'closed' }, requestId } }),
        achExportList: () => ({ status: 200, body: 'cFiTransactionId,amount\nach_1,10.29\n' }),
        akepaUploadDocument: ({ params, body, requestId }: any) => ({ status: 200, body: { code: '0', data: { documentId: `${params.documentId}:${body.file.size}` }, requestId } }),
      },
      authenticate: (t: string) => (t === TOKEN ? {} : null),
      validateResponses: true,
      ...options,
    });

  it('enforces x-amountPrecision from the standalone validators', async () => {
    const server = await serve();
    const post = (amount: number) =>
      server.fetch(new Request('http://t/transfer-to/ach/create', { method: 'POST', headers: { ...token, 'content-type': 'application/json' }, body: JSON.stringify({ reference: 'r1', amount, DFIAccountNumber: '123456789' }) }));
    expect((await post(0.29)).status).toBe(200);
    const { body } = await errorOf(await post(10.123));
    expect(body.context).toEqual([expect.objectContaining({ instancePath: '/amount', keyword: 'x-amountPrecision', message: 'must have at most 2 decimals' })]);
  });

  it('coerces typed query parameters and names a bad one by location', async () => {
    const server = await serve();
    const get = (query: string) => server.fetch(new Request(`http://t/customer/status/c_1?${query}`, { headers: token }));
    expect((await (await get('verbose=true&limit=5')).json()).data).toEqual({ status: 'active' });
    const { status, body } = await errorOf(await get('limit=50&verbose=maybe'));
    expect(status).toBe(400);
    expect(body.context.map((e: any) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/query/limit maximum', '/query/verbose type']);
    expect((await errorOf(await get('verbose=true'))).body.context[0]).toMatchObject({ instancePath: '/query', keyword: 'required', params: { missingProperty: 'limit' } });
  });

  it('answers the CSV export as text/csv', async () => {
    const server = await serve();
    const response = await server.fetch(new Request('http://t/transfer-to/ach/export-list', { method: 'POST', headers: { ...token, 'content-type': 'application/json' }, body: '{"numberOfRecords":10}' }));
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(await response.text()).toBe('cFiTransactionId,amount\nach_1,10.29\n');
  });

  it('takes an upload up to the upload limit over node:http, and refuses a bigger one before parsing', async () => {
    const running = await (await serve({ uploadLimit: 64 * 1024 })).listen();
    try {
      const upload = (bytes: number) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)]), 'id.pdf');
        return fetch(`${running.url}/akepa/document/upload/doc_1`, { method: 'POST', headers: token, body: form });
      };
      expect((await (await upload(60 * 1024)).json()).data).toEqual({ documentId: `doc_1:${60 * 1024}` });
      const refused = await errorOf(await upload(200 * 1024));
      expect({ status: refused.status, code: refused.code }).toEqual({ status: 413, code: 'payloadTooLarge' });
    } finally {
      await running.close();
    }
  });

  it('sends a webhook only when its payload matches the schema', async () => {
    const { module } = await fixture();
    const posted: unknown[] = [];
    const fetchSpy = (async (_url: string, init: RequestInit) => {
      posted.push(JSON.parse(String(init.body)));
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const payload = { code: '0', data: { cFiTransactionId: 'ach_1', reference: 'r1', amount: 1, status: 'Sent' }, requestId: '3ec05680b7a611edaaa621b3360f38c0' };
    expect((await module.sendWebhook('achStatusChanged', 'http://receiver/hooks', payload, { fetch: fetchSpy })).status).toBe(200);
    await expect(module.sendWebhook('achStatusChanged', 'http://receiver/hooks', { ...payload, data: { ...payload.data, status: 'Lost' } }, { fetch: fetchSpy })).rejects.toThrow('/data/status must be equal to one of the allowed values');
    expect(posted).toEqual([payload]);
  });
});
