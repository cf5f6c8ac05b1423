// The client's default timeout, a per-call override and a per-call AbortSignal, against a real local server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { ConnectFiAbortError, ConnectFiTimeoutError } from '../../../generators/runtime/client/errors.ts';
import { binding, health } from '../support/operations.ts';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const delay = Number(new URL(req.url!, 'http://x').searchParams.get('delay') ?? 0);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: '0', data: { delay }, requestId: '3ec05680b7a611edaaa621b3360f38c0' }));
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('timeouts and cancellation', () => {
  it('answers within the timeout', async () => {
    const core = new ConnectFiCore({ ...binding, baseUrl, token: 'tok', timeoutMs: 2000 });
    await expect(core.call(health, { query: { delay: 10 } })).resolves.toEqual({ delay: 10 });
  });

  it('fails with ConnectFiTimeoutError after the client default', async () => {
    const core = new ConnectFiCore({ ...binding, baseUrl, token: 'tok', timeoutMs: 50 });
    const started = Date.now();
    await expect(core.call(health, { query: { delay: 1000 } })).rejects.toBeInstanceOf(ConnectFiTimeoutError);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('lets one call override the default', async () => {
    const core = new ConnectFiCore({ ...binding, baseUrl, token: 'tok', timeoutMs: 5000 });
    await expect(core.call(health, { query: { delay: 1000 } }, { timeoutMs: 50 })).rejects.toBeInstanceOf(ConnectFiTimeoutError);
    const strict = new ConnectFiCore({ ...binding, baseUrl, token: 'tok', timeoutMs: 20 });
    await expect(strict.call(health, { query: { delay: 80 } }, { timeoutMs: 2000 })).resolves.toEqual({ delay: 80 });
  });

  it('cancels on the caller AbortSignal with ConnectFiAbortError, also during a retry wait', async () => {
    const core = new ConnectFiCore({ ...binding, baseUrl, token: 'tok', timeoutMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(core.call(health, { query: { delay: 1000 } }, { signal: controller.signal })).rejects.toBeInstanceOf(ConnectFiAbortError);
    await expect(core.call(health, {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ConnectFiAbortError);

    const failing = new ConnectFiCore({ ...binding, baseUrl: 'http://127.0.0.1:1', token: 'tok', retry: { initialDelayMs: 5000, maxDelayMs: 5000 } });
    const waiting = new AbortController();
    setTimeout(() => waiting.abort(), 50);
    await expect(failing.call(health, {}, { signal: waiting.signal })).rejects.toBeInstanceOf(ConnectFiAbortError);
  });
});
