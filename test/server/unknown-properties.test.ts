// Strict mode for request properties through the committed @connectfi/server: a body property the operation does
// not define is reported (warn: header + log hook; reject: 400), while every documented request example uses only
// defined names, so none of them is reported.
import { describe, expect, it } from 'vitest';
import { createConnectFiServer, routes } from '@connectfi/server';
import { buildIR } from '../../generators/src/ir/build.ts';
import { loadBundle } from '../support/bundle.ts';
import { documentedRequests, successAnswer, TOKEN, urlFor } from './support/contract-walk.ts';

const ops = buildIR(loadBundle()).operations;
const achCreate = ops.find((op) => op.operationId === 'achCreate')!;

function serve(unknownProperties?: 'warn' | 'reject' | 'allow') {
  const reports: { operationId: string; properties: { path: string; suggestion?: string }[] }[] = [];
  const server = createConnectFiServer({
    handlers: Object.fromEntries(ops.map((op) => [op.operationId, () => successAnswer(op) as never])),
    authenticate: (token) => (token === TOKEN ? {} : null),
    unknownProperties,
    onUnknownProperties: ({ operationId, properties }) => reports.push({ operationId, properties }),
  });
  return { server, reports };
}

const misspelt = () => {
  // The documented example with the spelling of another rail (wires say webhookURL).
  const { webhookUrl, ...rest } = achCreate.requestBody!.examples[0].value as Record<string, unknown>;
  expect(webhookUrl).toBeTypeOf('string');
  return new Request(urlFor(achCreate), { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': TOKEN }, body: JSON.stringify({ ...rest, webhookURL: webhookUrl }) });
};

describe('unknown request properties in @connectfi/server', () => {
  it('warn by default: the answer goes through with a header, and the hook names the property and the expected spelling', async () => {
    const { server, reports } = serve();
    const response = await server.fetch(misspelt());
    expect(response.status).toBe(200);
    expect(response.headers.get('x-connectfi-unknown-properties')).toBe('/webhookURL (did you mean webhookUrl?)');
    expect(reports).toEqual([{ operationId: 'achCreate', properties: [{ path: '/webhookURL', suggestion: 'webhookUrl' }] }]);
  });

  it('reject answers 400 requestValidateError naming it', async () => {
    const response = await serve('reject').server.fetch(misspelt());
    const body = await response.json();
    expect([response.status, body.code]).toEqual([400, 'requestValidateError']);
    expect(body.context).toEqual([expect.objectContaining({ instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'webhookURL', suggestion: 'webhookUrl' } })]);
  });

  it('allow lets it through silently', async () => {
    const { server, reports } = serve('allow');
    const response = await server.fetch(misspelt());
    expect([response.status, response.headers.get('x-connectfi-unknown-properties'), reports.length]).toEqual([200, null, 0]);
  });

  it('reports nothing for any documented request example, even in reject mode', async () => {
    const { server, reports } = serve('reject');
    for (const op of ops) {
      const fileFields = routes.find((r) => r.operationId === op.operationId)!.body?.fileFields.map((f) => f.name) ?? [];
      for (const { label, request } of documentedRequests(op, fileFields)) {
        const response = await server.fetch(request());
        expect({ op: op.operationId, label, status: response.status }).toEqual({ op: op.operationId, label, status: successAnswer(op).status });
      }
    }
    expect(reports).toEqual([]);
  });

  it('checks every JSON body: each route with a body knows its property names', () => {
    const unchecked = routes.filter((r) => r.body && !r.body.knownProperties).map((r) => r.operationId);
    expect(unchecked).toEqual([]);
  });
});
