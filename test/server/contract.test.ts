// The server stubs against the contract, for EVERY operation of the bundle (and of a fixture bundle with the shapes
// main lacks yet: ACH create, GET with path and query parameters, multipart upload, CSV export). The operations
// come from the IR, so the test grows with the spec.
import { describe, expect, it } from 'vitest';
import { createConnectFiServer, routes as committedRoutes } from '@connectfi/server';
import { buildIR } from '../../generators/src/ir/build.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';
import { documentedRequests, successAnswer, TOKEN, wrongTypeRequest } from './support/contract-walk.ts';
import { generateServerFrom } from './support/generate-server.ts';
import { miniBundle } from './fixtures/mini-bundle.ts';

type ServerModule = { createConnectFiServer: typeof createConnectFiServer; routes: typeof committedRoutes };

type Suite = () => Promise<{ ops: OperationIR[]; module: ServerModule }>;
/** Each suite is loaded once, however many tests use it: generating the fixture package takes seconds. */
const once = (load: Suite): Suite => {
  let loaded: ReturnType<Suite> | undefined;
  return () => (loaded ??= load());
};

const suites: [string, Suite][] = [
  ['generated/openapi.json (the committed @connectfi/server)', once(async () => ({ ops: buildIR(loadBundle()).operations, module: { createConnectFiServer, routes: committedRoutes } }))],
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
    const handlers = Object.fromEntries(ops.map((op) => [op.operationId, (input: any) => {
      reached.push(op.operationId);
      expect(op.security.length ? input.principal : undefined).toEqual(op.security.length ? { user: 'contract' } : undefined);
      return successAnswer(op);
    }]));
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
    const handlers = Object.fromEntries(ops.map((op) => {
      const { status, contentType } = successAnswer(op);
      const body = contentType && /json/.test(contentType) ? { code: '0', data: 'not the documented data', requestId: 'nope' } : { unexpected: 'body' };
      return [op.operationId, () => ({ status, body, contentType })];
    }));
    const server = module.createConnectFiServer({ handlers, authenticate: () => ({ user: 'contract' }), validateResponses: true });
    for (const op of ops) {
      const [{ request }] = documentedRequests(op, module.routes.find((r) => r.operationId === op.operationId)!.body?.fileFields.map((f) => f.name) ?? []);
      const answer = await errorOf(await server.fetch(request()));
      expect({ op: op.operationId, status: answer.status, code: answer.code }).toEqual({ op: op.operationId, status: 500, code: 'responseValidateError' });
      expect(answer.body.context).toMatchObject({ operationId: op.operationId, violations: expect.arrayContaining([expect.objectContaining({ keyword: expect.any(String) })]) });
    }
  });
});
