// Every HTTP attempt is told to the logger (method, path, status, duration, requestId, retry) with the token and
// other credentials masked; `logLevel: 'debug'` and CONNECTFI_LOG=debug print the same as lines.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import type { ClientEvent, RequestEvent } from '../../../generators/runtime/client/log.ts';
import { fakeFetch, json, ok, withLogin } from '../support/fake-fetch.ts';
import { binding, customerStatus } from '../support/operations.ts';

const PASSWORD = 'S3cret-Passw0rd!';
const TOKEN = 'tok-very-secret-123';
const fast = { initialDelayMs: 1, maxDelayMs: 5 };

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function loggedClient(extra: Record<string, unknown> = {}) {
  const events: ClientEvent[] = [];
  const { fetch } = fakeFetch(withLogin((_, i) => (i === 1 ? json(503, {}) : ok({ status: 'approved' })), TOKEN));
  const core = new ConnectFiCore({
    ...binding,
    baseUrl: 'https://cfi.test',
    login: 'CLIENTID_api',
    password: PASSWORD,
    fetch,
    retry: fast,
    headers: { 'x-api-secret': 'partner-secret', 'x-correlation-id': 'corr-1' },
    logger: (e) => events.push(e),
    ...extra,
  });
  return { core, events };
}

describe('request logging', () => {
  it('logs every attempt: the login, the failed attempt, the retry wait and the success', async () => {
    const { core, events } = loggedClient();
    await core.call(customerStatus, { path: { customerId: 'c1' } });
    expect(events.map((e) => (e.type === 'request' ? `${e.method} ${e.path} ${e.status} retry=${e.retry}` : `wait ${e.retry}`))).toEqual([
      'POST /auth/get-token 200 retry=0',
      'GET /customer/status/c1 503 retry=0',
      'wait 1',
      'GET /customer/status/c1 200 retry=1',
    ]);
    const success = events.at(-1) as RequestEvent;
    expect(success).toMatchObject({ operationId: 'customerStatus', requestId: '3ec05680b7a611edaaa621b3360f38c0' });
    expect(success.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('never gives the logger the token, the password or a credential-like header', async () => {
    const { core, events } = loggedClient();
    await core.call(customerStatus, { path: { customerId: 'c1' } });
    const text = JSON.stringify(events);
    for (const secret of [TOKEN, PASSWORD, 'partner-secret']) expect(text).not.toContain(secret);
    const success = events.at(-1) as RequestEvent;
    expect(success.headers['x-connectfi-token']).toBe('[redacted]');
    expect(success.headers['x-api-secret']).toBe('[redacted]');
    expect(success.headers['x-correlation-id']).toBe('corr-1');
  });

  it('masks credential-like query values in the logged path', async () => {
    const events: ClientEvent[] = [];
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch: fakeFetch(() => ok({})).fetch, logger: (e) => events.push(e) });
    await core.call({ ...customerStatus, path: '/customer/status/{customerId}' }, { path: { customerId: 'c1' }, query: { token: 'abc', page: 2 } });
    expect((events[0] as RequestEvent).path).toBe('/customer/status/c1?token=%5Bredacted%5D&page=2');
  });

  it('logs a network failure with its reason and no status', async () => {
    const events: ClientEvent[] = [];
    const core = new ConnectFiCore({
      ...binding,
      baseUrl: 'https://cfi.test',
      token: 't',
      maxRetries: 0,
      fetch: fakeFetch(() => {
        throw new TypeError('connect ECONNREFUSED');
      }).fetch,
      logger: (e) => events.push(e),
    });
    await core.call(customerStatus, { path: { customerId: 'c1' } }).catch(() => undefined);
    expect(events[0]).toMatchObject({ type: 'request', error: 'connect ECONNREFUSED' });
    expect((events[0] as RequestEvent).status).toBeUndefined();
  });

  it('logLevel debug prints one line per event to console.debug, secrets masked', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'debug').mockImplementation((line: string) => {
      lines.push(line);
    });
    const { core } = loggedClient({ logger: undefined, logLevel: 'debug' });
    await core.call(customerStatus, { path: { customerId: 'c1' } });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^connectfi GET \/customer\/status\/c1 200 \d+ ms retry=1 requestId=3ec05680b7a611edaaa621b3360f38c0 headers=/);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('CONNECTFI_LOG=debug turns it on without code, and nothing is printed otherwise', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'debug').mockImplementation((line: string) => {
      lines.push(line);
    });
    await loggedClient({ logger: undefined }).core.call(customerStatus, { path: { customerId: 'c1' } });
    expect(lines).toEqual([]);
    vi.stubEnv('CONNECTFI_LOG', 'debug');
    await loggedClient({ logger: undefined }).core.call(customerStatus, { path: { customerId: 'c1' } });
    expect(lines.length).toBe(4);
  });
});
