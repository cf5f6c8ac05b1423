// The node:http adapter and the webhook sender, over a real loopback socket.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, toNodeListener, type RunningServer } from './node.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { RouteSpec, Validator } from './route.js';
import { createWebhookSender, WebhookPayloadError } from './webhook.js';

const isObjectWithAmount = Object.assign((data: any) => typeof data?.amount === 'number', { errors: null }) as Validator;
const routes: RouteSpec[] = [
  {
    operationId: 'achCreate',
    method: 'POST',
    path: '/ach/create',
    secured: true,
    parameters: [],
    body: { required: true, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate: isObjectWithAmount },
    responses: { 200: { 'application/json': 'any' } },
  },
];
const received: unknown[] = [];
let running: RunningServer;

beforeAll(async () => {
  const pipeline = createPipeline(
    { routes, tokenHeader: 'x-connectfi-token', loadResponseValidators: async () => ({}) },
    {
      handlers: {
        achCreate: ({ body }: any) => {
          received.push(body);
          return { status: 200, body: { code: '0', data: body } };
        },
      },
      authenticate: (token) => token === 'good',
      bodyLimit: 1000,
    },
  );
  running = await listen(toNodeListener(pipeline));
});
afterAll(() => running.close());

/** A raw request, to send a chunked body without content-length. */
function rawPost(path: string, chunks: string[], headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${running.url}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the node:http adapter', () => {
  it('serves the pipeline: a valid call reaches the handler, over keep-alive', async () => {
    for (const amount of [1, 2]) {
      const response = await fetch(`${running.url}/ach/create`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': 'good' }, body: JSON.stringify({ amount }) });
      expect(await response.json()).toEqual({ code: '0', data: { amount } });
    }
  });

  it('stops reading a chunked body over the limit, answers 413 and closes the connection', async () => {
    const chunk = `{"pad":"${'x'.repeat(600)}`;
    const response = await rawPost('/ach/create', [chunk, chunk, '"}'], { 'content-type': 'application/json', 'x-connectfi-token': 'good', 'transfer-encoding': 'chunked' });
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(response.body).toMatchObject({ code: 'payloadTooLarge', context: { limit: 1000 } });
  });

  it('answers 401 before reading the body of an unauthenticated call', async () => {
    const response = await rawPost('/ach/create', ['{"amount":1}'], { 'content-type': 'application/json' });
    expect(response).toMatchObject({ status: 401, body: { code: 'unauthorized', message: 'Authentication error' } });
  });

  it('writes the answers finished together, each to its own caller; an unwritable one is cut without holding back the others', async () => {
    // Answers held until the last call arrives, then all finished in one turn of the event loop.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    const pipeline: Pipeline = async (call) => {
      if (++arrived === 4) release();
      await gate;
      const headers: Record<string, string> = call.path === '/bad' ? { 'x-bad': 'line\nbreak' } : { 'content-type': 'application/json' };
      return { status: 200, headers, body: JSON.stringify({ path: call.path }) };
    };
    const server = await listen(toNodeListener(pipeline));
    try {
      const paths = ['/a', '/bad', '/b', '/c'];
      const results = await Promise.allSettled(paths.map(async (path) => (await (await fetch(`${server.url}${path}`)).json()) as { path: string }));
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value.path : 'cut'))).toEqual(['/a', 'cut', '/b', '/c']);
    } finally {
      await server.close();
    }
  }, 10_000);
});

describe('sendWebhook', () => {
  const sendWebhook = createWebhookSender<{ achStatusChanged: { amount: number } }>({ achStatusChanged: isObjectWithAmount });

  it('posts a valid payload as JSON', async () => {
    received.length = 0;
    const response = await sendWebhook('achStatusChanged', `${running.url}/ach/create`, { amount: 7 }, { headers: { 'x-connectfi-token': 'good' } });
    expect(response.status).toBe(200);
    expect(received).toEqual([{ amount: 7 }]);
  });

  it('refuses to post a payload that breaks the schema, and an unknown webhook', async () => {
    await expect(sendWebhook('achStatusChanged', `${running.url}/ach/create`, { amount: 'x' } as never)).rejects.toBeInstanceOf(WebhookPayloadError);
    await expect(sendWebhook('nope' as never, `${running.url}/ach/create`, {} as never)).rejects.toThrow('No webhook is documented under the name nope');
  });
});
