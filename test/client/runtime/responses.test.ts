// `.withResponse()`: a success keeps its status, headers and requestId within reach, and the call still logs in,
// retries and throws typed errors exactly as when it is awaited.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { NotFoundError } from '../../../generators/runtime/client/errors.ts';
import { fail, fakeFetch, json, ok, withLogin } from '../support/fake-fetch.ts';
import { binding, achQuery, customerStatus } from '../support/operations.ts';

const credentials = { baseUrl: 'https://cfi.test', login: 'CLIENTID_api', password: 'S3cret-Passw0rd!' };
const fast = { initialDelayMs: 1, maxDelayMs: 5 };

describe('withResponse', () => {
  it('gives data with status, headers and requestId, after the login and a retry', async () => {
    const { fetch, calls } = fakeFetch(
      withLogin((_, i) => (i === 1 ? json(503, { code: 'unavailable' }) : json(200, { code: '0', data: { status: 'approved' }, requestId: 'aaaabbbbccccddddeeeeffff00001111' }, { 'x-ratelimit-remaining': '41' }))),
    );
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch, retry: fast });
    const { data, response } = await core.call(customerStatus, { path: { customerId: 'c1' } }).withResponse();
    expect(data).toEqual({ status: 'approved' });
    expect(response).toMatchObject({ status: 200, requestId: 'aaaabbbbccccddddeeeeffff00001111', retries: 1 });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('41');
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    expect(calls.map((c) => c.url)).toEqual(['https://cfi.test/auth/get-token', 'https://cfi.test/customer/status/c1', 'https://cfi.test/customer/status/c1']);
    expect(calls[2].headers['x-connectfi-token']).toBe('tok-1');
  });

  it('awaited directly it is the data, and both ways read the one request', async () => {
    const { fetch, calls } = fakeFetch(() => ok({ status: 'approved' }));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    const promise = core.call(customerStatus, { path: { customerId: 'c1' } });
    expect(await promise).toEqual({ status: 'approved' });
    expect((await promise.withResponse()).data).toEqual({ status: 'approved' });
    expect(calls).toHaveLength(1);
  });

  it("rejects with the typed error, carrying the answer's headers", async () => {
    const { fetch } = fakeFetch(() => json(404, { code: 'customerNotFound', context: {}, message: 'no such customer', requestId: '4a1b9e10b7a611edaaa621b3360f38c0' }, { 'x-trace': 't-9' }));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    const error = await core
      .call(customerStatus, { path: { customerId: 'c1' } })
      .withResponse()
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.headers.get('x-trace')).toBe('t-9');
  });

  it("a batched query gives every record and the last batch's answer", async () => {
    const { fetch, calls } = fakeFetch((req) => ok(req.body.references.map((reference: string) => ({ reference }))));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    const references = Array.from({ length: 25 }, (_, i) => `r${i}`);
    const { data, response } = await core.queryAll<{ reference: string }>(achQuery, { references }).withResponse();
    expect(data.map((r) => r.reference)).toEqual(references);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('an error envelope on a 2xx still throws through withResponse', async () => {
    const { fetch } = fakeFetch(() => fail(200, 'wrongAmount'));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    await expect(core.call(customerStatus, { path: { customerId: 'c1' } }).withResponse()).rejects.toMatchObject({ status: 200, code: 'wrongAmount' });
  });
});
