// Login on first use, the token cache and its safety margin, one shared login, one re-login on a 401.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { UnauthorizedError } from '../../../generators/runtime/client/errors.ts';
import { fail, fakeFetch, inAnHour, ok } from '../support/fake-fetch.ts';
import { binding, customerStatus, health } from '../support/operations.ts';

const credentials = { baseUrl: 'https://cfi.test/', login: 'CLIENTID_api', password: 'S3cret-Passw0rd!' };

describe('auth', () => {
  it('logs in on first use, sends the token, and reuses it until it nears dtsExpireAt', async () => {
    let logins = 0;
    const { fetch, calls } = fakeFetch((req) => {
      if (req.url.endsWith('/auth/get-token')) {
        logins++;
        return ok({ token: `tok-${logins}`, dtsExpireAt: new Date(Date.now() + 90_000).toISOString() });
      }
      return ok({ status: 'approved' });
    });
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch, tokenSafetyMarginMs: 60_000 });
    await core.call(customerStatus, { path: { customerId: 'c1' } });
    await core.call(customerStatus, { path: { customerId: 'c2' } });
    expect(logins).toBe(1);
    expect(calls[0].url).toBe('https://cfi.test/auth/get-token');
    expect(calls[0].body).toEqual({ user: { login: 'CLIENTID_api', password: 'S3cret-Passw0rd!' } });
    expect(calls[1].url).toBe('https://cfi.test/customer/status/c1');
    expect(calls[1].headers['x-connectfi-token']).toBe('tok-1');
    expect(calls[2].headers['x-connectfi-token']).toBe('tok-1');

    // Within the safety margin of the expiry: log in again before the next call.
    const nearExpiry = new ConnectFiCore({ ...binding, ...credentials, fetch, tokenSafetyMarginMs: 100_000 });
    await nearExpiry.call(customerStatus, { path: { customerId: 'c3' } });
    await nearExpiry.call(customerStatus, { path: { customerId: 'c4' } });
    expect(logins).toBe(3);
  });

  it('lets concurrent calls share one login', async () => {
    let logins = 0;
    const { fetch } = fakeFetch(async (req) => {
      if (req.url.endsWith('/auth/get-token')) {
        logins++;
        await new Promise((r) => setTimeout(r, 20));
        return ok({ token: 'shared', dtsExpireAt: inAnHour() });
      }
      return ok({ token: req.headers['x-connectfi-token'] });
    });
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch });
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => core.call<{ token: string }>(customerStatus, { path: { customerId: `c${i}` } })));
    expect(logins).toBe(1);
    expect(results.map((r) => r.token)).toEqual(Array(5).fill('shared'));
  });

  it('re-logs in once on a 401 and repeats the call with the fresh token', async () => {
    let logins = 0;
    const { fetch, calls } = fakeFetch((req) => {
      if (req.url.endsWith('/auth/get-token')) return ok({ token: `tok-${++logins}`, dtsExpireAt: inAnHour() });
      return req.headers['x-connectfi-token'] === 'tok-1' ? fail(401, 'unauthorized') : ok({ fine: true });
    });
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch });
    await expect(core.call(customerStatus, { path: { customerId: 'c1' } })).resolves.toEqual({ fine: true });
    expect(logins).toBe(2);
    expect(calls.map((c) => c.headers['x-connectfi-token'] ?? 'login')).toEqual(['login', 'tok-1', 'login', 'tok-2']);
  });

  it('re-logs in only once: a second 401 throws UnauthorizedError', async () => {
    let logins = 0;
    const { fetch } = fakeFetch((req) => (req.url.endsWith('/auth/get-token') ? ok({ token: `tok-${++logins}`, dtsExpireAt: inAnHour() }) : fail(401, 'unauthorized')));
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch });
    await expect(core.call(customerStatus, { path: { customerId: 'c1' } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(logins).toBe(2);
  });

  it('never puts the password or the token into an error', async () => {
    const { fetch } = fakeFetch(() => fail(401, 'unauthorized', { login: 'CLIENTID_api', password: 'S3cret-Passw0rd!', token: 'tok-9' }));
    const core = new ConnectFiCore({ ...binding, ...credentials, fetch });
    const error = await core.call(customerStatus, { path: { customerId: 'c1' } }).then(
      () => undefined as any,
      (e: any) => e,
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack });
    expect(everything).not.toContain('S3cret-Passw0rd!');
    expect(everything).not.toContain('tok-9');
  });

  it('sends a fixed token without logging in, and never re-logs in with it', async () => {
    const { fetch, calls } = fakeFetch(() => fail(401, 'unauthorized'));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'fixed', fetch });
    await expect(core.call(customerStatus, { path: { customerId: 'c1' } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['x-connectfi-token']).toBe('fixed');
  });

  it('sends no token to open operations, and refuses half the credentials', async () => {
    const { fetch, calls } = fakeFetch(() => ok({ status: 'ok' }));
    await new ConnectFiCore({ ...binding, ...credentials, fetch }).call(health);
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['x-connectfi-token']).toBeUndefined();
    expect(() => new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', login: 'only' })).toThrow(/both login and password/);
  });
});
