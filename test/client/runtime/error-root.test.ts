// One error root: API errors, connection errors, timeouts, aborts and webhook errors are all ConnectFiError; the
// cause is kept; a validation error's message lists its violations.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import * as E from '../../../generators/runtime/client/errors.ts';
import { WebhookParseError, createWebhookParser } from '../../../generators/runtime/client/webhooks.ts';
import { fail, fakeFetch } from '../support/fake-fetch.ts';
import { binding, achCreate, health } from '../support/operations.ts';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as any,
  );

describe('the error root', () => {
  let baseUrl = '';
  const server = createServer((req) => void req); // never answers: every call waits for its timeout or abort
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('API, connection, timeout and abort errors all extend ConnectFiError, each its own branch', async () => {
    const api = await rejection(new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', maxRetries: 0, fetch: fakeFetch(() => fail(409, 'conflict')).fetch }).call(health));
    const connection = await rejection(
      new ConnectFiCore({
        ...binding,
        baseUrl: 'https://cfi.test',
        token: 't',
        maxRetries: 0,
        fetch: fakeFetch(() => {
          throw new TypeError('getaddrinfo ENOTFOUND');
        }).fetch,
      }).call(health),
    );
    const timeout = await rejection(new ConnectFiCore({ ...binding, baseUrl, token: 't', timeoutMs: 30 }).call(health));
    const controller = new AbortController();
    const pending = rejection(new ConnectFiCore({ ...binding, baseUrl, token: 't' }).call(health, {}, { signal: controller.signal }));
    const why = new Error('the user closed the page');
    setTimeout(() => controller.abort(why), 20);
    const abort = await pending;
    for (const error of [api, connection, timeout, abort]) expect(error).toBeInstanceOf(E.ConnectFiError);
    expect(api).toBeInstanceOf(E.APIError);
    expect(connection).toBeInstanceOf(E.ConnectFiConnectionError);
    expect(connection.cause).toBeInstanceOf(TypeError);
    expect(connection.message).toContain('getaddrinfo ENOTFOUND');
    expect(timeout).toBeInstanceOf(E.ConnectFiTimeoutError);
    expect(timeout).toBeInstanceOf(E.ConnectFiConnectionError);
    expect(abort).toBeInstanceOf(E.ConnectFiAbortError);
    expect(abort).not.toBeInstanceOf(E.APIError);
    expect(abort.cause).toBe(why);
    for (const error of [connection, timeout, abort]) expect(error).not.toBeInstanceOf(E.APIError);
  });

  it('a webhook parse error is a ConnectFiError too', () => {
    const parse = createWebhookParser<{ hook: { id: string } }>({ hook: Object.assign(() => true, { errors: null }) });
    const error = (() => {
      try {
        parse('hook', '{not json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WebhookParseError);
    expect(error).toBeInstanceOf(E.ConnectFiError);
  });
});

describe('messages that say what went wrong', () => {
  it('a validation error lists every violation in its message, and keeps them in items', async () => {
    const items = [
      { instancePath: '/amount', schemaPath: '#/properties/amount/x-amountPrecision', keyword: 'x-amountPrecision', params: { decimals: 2 }, message: 'must have at most 2 decimals' },
      { instancePath: '/reference', schemaPath: '#/properties/reference/pattern', keyword: 'pattern', params: {}, message: 'must match pattern "^[0-9a-zA-Z]+$"' },
    ];
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch: fakeFetch(() => fail(400, 'requestValidateError', items)).fetch });
    const error = await rejection(core.call(achCreate, { body: { amount: 1.234, reference: 'a_b' } }));
    expect(error).toBeInstanceOf(E.RequestValidateError);
    expect(error.message).toBe('400 requestValidateError: requestValidateError happened: /amount must have at most 2 decimals; /reference must match pattern "^[0-9a-zA-Z]+$" (requestId 4a1b9e10b7a611edaaa621b3360f38c0)');
    expect(error.items).toHaveLength(2);
  });

  it('a violation never echoes a secret into the message', async () => {
    const items = [{ instancePath: '/user/password', schemaPath: '#/x', keyword: 'minLength', params: {}, message: 'must NOT have fewer than 8 characters', password: 'hunter2' }];
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch: fakeFetch(() => fail(400, 'requestValidateError', items)).fetch });
    const error = await rejection(core.call(health));
    expect(error.message).toContain('/user/password must NOT have fewer than 8 characters');
    expect(JSON.stringify({ message: error.message, context: error.context })).not.toContain('hunter2');
  });

  it.each([
    [{ baseUrl: '' }, /baseUrl is required; give the host PayGears supplied/],
    [{ baseUrl: 'sandbox.connectfi.example' }, /baseUrl "sandbox.connectfi.example" is not an absolute URL/],
    [{ baseUrl: 'ftp://sandbox.connectfi.example' }, /must use https \(or http for a local mock\), not ftp:/],
    [{ baseUrl: 'https://sandbox.connectfi.example?x=1' }, /must not carry a query or fragment/],
  ])('a malformed baseUrl fails at construction: %j', (options, message) => {
    expect(() => new ConnectFiCore({ ...binding, token: 't', ...options })).toThrow(message);
    expect(() => new ConnectFiCore({ ...binding, token: 't', ...options })).toThrow(E.ConnectFiError);
  });

  it.each([
    [{}, /no credentials; give login and password \(the API user's\), or a token/],
    [{ login: 'CLIENTID_api' }, /password is missing or empty; give both login and password, or a token/],
    [{ password: 'S3cret' }, /login is missing or empty/],
    [{ token: '' }, /token is empty/],
  ])('missing credentials fail at construction: %j', (credentials, message) => {
    const attempt = () => new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', ...credentials });
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(String((error as Error).message)).not.toMatch(/S3cret/);
    }
  });
});
