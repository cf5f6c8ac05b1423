// Every error class: by HTTP status, by connectFi code, a 2xx carrying an error, and unreadable answers.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import * as E from '../../../generators/runtime/client/errors.ts';
import { fail, fakeFetch, json } from '../support/fake-fetch.ts';
import { binding, health } from '../support/operations.ts';

const callWith = (response: () => Response) => {
  const { fetch } = fakeFetch(response);
  return new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch, maxRetries: 0 }).call(health).then(
    () => undefined as any,
    (e: any) => e,
  );
};

describe('errors', () => {
  it.each([
    [400, 'wrongAmount', E.BadRequestError],
    [401, 'someAuthCode', E.AuthenticationError],
    [403, 'forbidden', E.PermissionDeniedError],
    [404, 'achAttributes', E.NotFoundError],
    [409, 'conflict', E.ConflictError],
    [422, 'unprocessable', E.UnprocessableEntityError],
    [429, 'tooManyRequests', E.RateLimitError],
    [500, 'internal', E.InternalServerError],
    [503, 'unavailable', E.InternalServerError],
    [418, 'teapot', E.APIError],
  ])('HTTP %i %s is a %s carrying the envelope', async (status, code, Class) => {
    const error = await callWith(() => fail(status, code, { cFiTransactionId: 't1' }, { subCode: 'B7' }));
    expect(error.constructor).toBe(Class);
    expect(error).toBeInstanceOf(E.APIError);
    expect(error).toBeInstanceOf(E.ConnectFiError);
    expect(error).toMatchObject({ status, code, subCode: 'B7', context: { cFiTransactionId: 't1' }, requestId: '4a1b9e10b7a611edaaa621b3360f38c0' });
    expect(error.message).toContain(`${code} happened`);
  });

  it('requestValidateError exposes its items', async () => {
    const item = { instancePath: '/amount', schemaPath: '#/properties/amount/minimum', keyword: 'minimum', params: { limit: 0.01 }, message: 'must be >= 0.01' };
    const error = await callWith(() => fail(400, 'requestValidateError', [item]));
    expect(error).toBeInstanceOf(E.RequestValidateError);
    expect(error).toBeInstanceOf(E.BadRequestError);
    expect(error.items).toEqual([item]);
  });

  it('referenceExists exposes the existing entity id and reference', async () => {
    const error = await callWith(() => fail(400, 'referenceExists', { reference: 'ref-1', entityId: 'CLIENTID_tx1' }));
    expect(error).toBeInstanceOf(E.ReferenceExistsError);
    expect(error.entityId).toBe('CLIENTID_tx1');
    expect(error.reference).toBe('ref-1');
  });

  it('unauthorized is an AuthenticationError', async () => {
    const error = await callWith(() => fail(401, 'unauthorized'));
    expect(error).toBeInstanceOf(E.UnauthorizedError);
    expect(error).toBeInstanceOf(E.AuthenticationError);
  });

  it('keeps the status class when a code comes with an unusual status', async () => {
    const error = await callWith(() => fail(404, 'referenceExists'));
    expect(error.constructor).toBe(E.NotFoundError);
    expect(error.code).toBe('referenceExists');
  });

  it('a 2xx whose code is not "0" throws, with the code class', async () => {
    const error = await callWith(() => fail(200, 'referenceExists', { entityId: 'x' }));
    expect(error).toBeInstanceOf(E.ReferenceExistsError);
    expect(error.status).toBe(200);
    const other = await callWith(() => fail(200, 'wrongAmount'));
    expect(other.constructor).toBe(E.APIError);
  });

  it('a reply that is not an envelope or not JSON is an error, never a silent success', async () => {
    expect(await callWith(() => json(200, { hello: 'world' }))).toBeInstanceOf(E.InvalidResponseError);
    expect(await callWith(() => new Response('<html>', { status: 200, headers: { 'content-type': 'application/json' } }))).toBeInstanceOf(E.InvalidResponseError);
    const gateway = await callWith(() => new Response('Bad gateway', { status: 502, headers: { 'content-type': 'text/plain' } }));
    expect(gateway).toBeInstanceOf(E.InternalServerError);
    expect(gateway.code).toBe('invalidResponse');
  });

  it('network failures are ConnectFiConnectionError, under the root but with no API fields', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const error = await new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch, maxRetries: 0 }).call(health).then(
      () => undefined as any,
      (e: any) => e,
    );
    expect(error).toBeInstanceOf(E.ConnectFiConnectionError);
    expect(error).toBeInstanceOf(E.ConnectFiError);
    expect(error).not.toBeInstanceOf(E.APIError);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('success bodies', () => {
  it('returns JSON data, text as a string and binary media as a Blob', async () => {
    const plain = { ...health, enveloped: false };
    const read = (response: Response) => new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch: fakeFetch(() => response).fetch }).call(plain);
    expect(await read(new Response('a,b\n', { headers: { 'content-type': 'text/csv' } }))).toBe('a,b\n');
    const pdf = await read(new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }));
    expect(pdf).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (pdf as Blob).arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(await read(new Response(null, { status: 204 }))).toBeUndefined();
  });
});
