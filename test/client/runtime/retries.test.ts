// Retries on network errors, 429 and 5xx with backoff, jitter and Retry-After; and a retried creation that meets
// its own reference.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { ConnectFiConnectionError, DuplicateAfterRetryError, InternalServerError, RateLimitError, ReferenceExistsError } from '../../../generators/runtime/client/errors.ts';
import { parseRetryAfter, retryDelayMs } from '../../../generators/runtime/client/retry.ts';
import type { RetryEvent } from '../../../generators/runtime/client/transport.ts';
import { fail, fakeFetch, ok, withLogin } from '../support/fake-fetch.ts';
import { binding, achCreate, achQuery, health } from '../support/operations.ts';

const fast = { initialDelayMs: 1, maxDelayMs: 40 };
const client = (handler: Parameters<typeof fakeFetch>[0], extra: Partial<ConstructorParameters<typeof ConnectFiCore>[0]> = {}) => {
  const { fetch, calls } = fakeFetch(handler);
  const events: RetryEvent[] = [];
  const core = new ConnectFiCore({
    ...binding,
    baseUrl: 'https://cfi.test',
    token: 'tok',
    fetch,
    retry: fast,
    logger: (e) => {
      if (e.type === 'retry') events.push(e);
    },
    ...extra,
  });
  return { core, calls, events };
};

describe('backoff', () => {
  it('grows exponentially up to the cap, with jitter between half and all of the ceiling', () => {
    const policy = { maxRetries: 5, initialDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy, undefined, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelayMs(3, policy, undefined, () => 0)).toBe(200);
    expect(retryDelayMs(3, policy, 300, () => 0)).toBe(300);
    expect(retryDelayMs(1, policy, 60_000)).toBe(1000);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores garbage', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('retries', () => {
  it('retries network errors, 429 and 5xx, then succeeds', async () => {
    const script = [
      () => {
        throw new TypeError('fetch failed');
      },
      () => fail(429, 'tooManyRequests'),
      () => fail(503, 'unavailable'),
      () => ok({ status: 'ok' }),
    ];
    const { core, calls, events } = client((_, i) => script[i](), { maxRetries: 3 });
    await expect(core.call(health)).resolves.toEqual({ status: 'ok' });
    expect(calls).toHaveLength(4);
    expect(events.map((e) => [e.retry, e.reason])).toEqual([
      [1, 'network error'],
      [2, 'HTTP 429'],
      [3, 'HTTP 503'],
    ]);
  });

  it('honours Retry-After', async () => {
    const { core, events } = client((_, i) => (i === 0 ? fail(429, 'tooManyRequests', {}) : ok({})));
    await core.call(health);
    expect(events[0].delayMs).toBe(30);
  });

  it('stops at the limit and throws the last answer, per client and per call', async () => {
    const a = client(() => fail(500, 'internal'), { maxRetries: 2 });
    await expect(a.core.call(health)).rejects.toBeInstanceOf(InternalServerError);
    expect(a.calls).toHaveLength(3);
    const b = client(() => fail(429, 'tooManyRequests'), { maxRetries: 2 });
    await expect(b.core.call(health, {}, { maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(b.calls).toHaveLength(1);
    const c = client(
      () => {
        throw new TypeError('fetch failed');
      },
      { maxRetries: 1 },
    );
    await expect(c.core.call(health)).rejects.toBeInstanceOf(ConnectFiConnectionError);
    expect(c.calls).toHaveLength(2);
  });

  it('does not retry other 4xx', async () => {
    const { core, calls } = client(() => fail(400, 'wrongAmount'));
    await expect(core.call(health)).rejects.toThrow(/wrongAmount/);
    expect(calls).toHaveLength(1);
  });
});

describe('a retried creation that answers referenceExists', () => {
  const created = { cFiTransactionId: 'CLIENTID_tx1', reference: 'ref-1', status: 'Initiated' };

  it('returns the transaction the first attempt created, read back by reference through the rail query', async () => {
    const { core, calls } = client((req, i) => {
      if (req.url.endsWith('/query')) return ok([created]);
      return i === 0 ? fail(502, 'badGateway') : fail(400, 'referenceExists', { reference: 'ref-1', entityId: 'CLIENTID_tx1' });
    });
    await expect(core.call(achCreate, { body: { reference: 'ref-1', amount: 1 } })).resolves.toEqual(created);
    expect(calls.map((c) => c.url.split('/').pop())).toEqual(['create', 'create', 'query']);
    expect(calls[2].body).toEqual({ references: ['ref-1'] });
  });

  it('throws DuplicateAfterRetryError (naming the entity and the first failure) when the record cannot be read back', async () => {
    const { core } = client((req, i) => {
      if (req.url.endsWith('/query')) return ok([]);
      if (i === 0) throw new TypeError('socket hang up');
      return fail(400, 'referenceExists', { reference: 'ref-1', entityId: 'CLIENTID_tx1' });
    });
    const error = await core.call(achCreate, { body: { reference: 'ref-1' } }).then(
      () => undefined as any,
      (e: any) => e,
    );
    expect(error).toBeInstanceOf(DuplicateAfterRetryError);
    expect(error).toBeInstanceOf(ReferenceExistsError);
    expect(error.entityId).toBe('CLIENTID_tx1');
    expect(error.firstAttemptError).toBeInstanceOf(TypeError);
    const noQuery = client((_, i) => (i === 0 ? fail(500, 'internal') : fail(400, 'referenceExists', { entityId: 'e1' })));
    await expect(noQuery.core.call({ ...achCreate, recoverByQuery: undefined }, { body: { reference: 'r' } })).rejects.toBeInstanceOf(DuplicateAfterRetryError);
  });

  it('is a plain ReferenceExistsError when nothing was retried, or only after a 429 (which the server never processed)', async () => {
    const first = client(() => fail(400, 'referenceExists', { entityId: 'e1' }));
    const error = await first.core.call(achCreate, { body: { reference: 'r' } }).then(
      () => undefined as any,
      (e: any) => e,
    );
    expect(error.constructor).toBe(ReferenceExistsError);
    const after429 = client((_, i) => (i === 0 ? fail(429, 'tooManyRequests') : fail(400, 'referenceExists', { entityId: 'e1' })));
    const second = await after429.core.call(achCreate, { body: { reference: 'r' } }).then(
      () => undefined as any,
      (e: any) => e,
    );
    expect(second.constructor).toBe(ReferenceExistsError);
    expect(after429.calls.map((c) => c.url.split('/').pop())).toEqual(['create', 'create']);
  });

  it('works through a login as well', async () => {
    const { fetch } = fakeFetch(withLogin((req, i) => (req.url.endsWith('/query') ? ok([created]) : i === 1 ? fail(500, 'x') : fail(400, 'referenceExists', { reference: 'ref-1' }))));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', login: 'l', password: 'p', fetch, retry: fast });
    await expect(core.call(achCreate, { body: { reference: 'ref-1' } })).resolves.toEqual(created);
    expect(achQuery.pattern.kind).toBe('query');
  });
});
