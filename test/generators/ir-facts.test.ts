// The facts consumers used to read from the bundle themselves, now held by the IR once: parameter types, body media
// types, multipart parts, known properties, response media, the success examples, and the vendor facts (token
// header, login, bill keys, ACH batch rules). Each expectation is read off the fixture as written, not computed.
import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generators/src/ir/build.ts';
import { camel, identifierWords, pascal } from '../../generators/src/ir/names.ts';
import { pointerOf, pointerText } from '../../generators/src/ir/pointer.ts';
import { loadBundle } from '../support/bundle.ts';
import { paymentsSpec } from './fixtures/payments-spec.ts';

const byId = (ir: ReturnType<typeof buildIR>) => Object.fromEntries(ir.operations.map((o) => [o.operationId, o]));

describe('IR facts for every consumer', () => {
  it("types parameters, lists a body's media types and a multipart body's parts", () => {
    const spec = paymentsSpec();
    spec.paths['/customer/status/{customerId}'].get.parameters.push(
      { name: 'ids', in: 'query', schema: { type: ['array', 'null'], items: { type: 'integer' } } },
      { name: 'flag', in: 'query', schema: { type: ['null', 'boolean'] } },
      { name: 'free', in: 'query', schema: {} },
    );
    const ops = byId(buildIR(spec));
    expect(ops.customerStatus.parameters.map(({ name, type, itemType }) => ({ name, type, itemType }))).toEqual([
      { name: 'customerId', type: 'string', itemType: undefined },
      { name: 'ids', type: 'array', itemType: 'integer' },
      { name: 'flag', type: 'boolean', itemType: undefined },
      { name: 'free', type: 'string', itemType: undefined },
    ]);
    expect(ops.akepaUploadDocument.requestBody).toMatchObject({ mediaTypes: ['multipart/form-data'], parts: [{ name: 'file', required: true }], fileFields: ['file'] });
    expect(ops.achCreate.requestBody).toMatchObject({ mediaTypes: ['application/json'], parts: [], requiredProperties: ['reference', 'amount'] });
    expect(ops.achList.requestBody?.requiredProperties).toEqual([]);
  });

  it('knows which properties a request body may hold, and leaves an open body unchecked', () => {
    const spec = paymentsSpec();
    spec.paths['/transfer-to/ach/export-list'].post.requestBody.content['application/json'].schema = { type: 'object', additionalProperties: true };
    const ops = byId(buildIR(spec));
    expect(ops.achCreate.requestBody?.knownProperties).toEqual({ properties: { amount: {}, reference: {} } });
    expect(ops.achExportList.requestBody?.knownProperties).toBeUndefined();
  });

  it('lists every media type of a response and gives the success its examples', () => {
    const spec = paymentsSpec();
    const ok = spec.paths['/customer/status/{customerId}'].get.responses[200];
    ok.content['text/plain'] = {};
    const op = byId(buildIR(spec)).customerStatus;
    expect(op.responses.find((r) => r.status === '200')?.media).toEqual([
      { contentType: 'application/json', schema: ['paths', '/customer/status/{customerId}', 'get', 'responses', '200', 'content', 'application/json', 'schema'] },
      { contentType: 'text/plain' },
    ]);
    const bundle = loadBundle();
    const documented = bundle.paths['/auth/get-token'].post.responses['200'].content['application/json'].examples;
    expect(byId(buildIR(bundle)).authGetToken.success?.examples.map((e) => e.name)).toEqual(Object.keys(documented));
  });

  it('takes the success from the first 2xx even when it has no body', () => {
    const spec = paymentsSpec();
    const responses = spec.paths['/customer/status/{customerId}'].get.responses;
    spec.paths['/customer/status/{customerId}'].get.responses = { ...responses, 201: responses[200], 200: { description: 'Nothing.' } };
    expect(byId(buildIR(spec)).customerStatus.success).toEqual({ status: '200', enveloped: false, examples: [] });
  });

  it('counts examples under `default` among the errors, answered as 500', () => {
    const spec = paymentsSpec();
    const responses = spec.paths['/customer/status/{customerId}'].get.responses;
    responses.default = {
      description: 'Any other failure',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' }, examples: { internalError: { value: { code: 'internalError', message: 'x', context: {}, requestId: 'r' } } } } },
    };
    const errors = byId(buildIR(spec)).customerStatus.errors;
    expect(errors.at(-1)).toMatchObject({ status: 'default', httpStatus: 500, code: 'internalError', exampleName: 'internalError' });
  });

  it('reads the vendor facts once: token header, login, bill keys, ACH batch rules', () => {
    const spec = loadBundle();
    const ir = buildIR(spec);
    expect(ir.tokenHeader).toBe(spec.components.securitySchemes.connectFiToken.name);
    expect(ir.login).toBe(spec.paths['/auth/get-token'].post.operationId);
    expect(ir.billKeys).toBe(spec.paths['/transfer-to/bills/public-encryption-keys'].get.operationId);
    const row = spec.components.schemas.AchBatchFileRow;
    expect(ir.achBatch).toEqual({
      rowSchema: 'AchBatchFileRow',
      nameSchema: 'AchBatchFileName',
      columns: row['x-connectfi-csv-columns'],
      ...(row['x-connectfi-csv-rest'] ? { rest: row['x-connectfi-csv-rest'] } : {}),
      namePattern: spec.components.schemas.AchBatchFileName.pattern,
    });
  });

  it('stops when an operation needs a token and no scheme names its header', () => {
    const spec = loadBundle();
    spec.components.securitySchemes = {};
    expect(() => buildIR(spec)).toThrow(/needs a token, but components\.securitySchemes has no apiKey scheme "in: header"/);
  });

  it('stops on batch rules a writer would apply wrongly', () => {
    const spec = loadBundle();
    spec.components.schemas.AchBatchFileRow['x-connectfi-csv-columns'] = ['noSuchColumn'];
    expect(() => buildIR(spec)).toThrow(/AchBatchFileRow: x-connectfi-csv-columns must list properties of the row/);
  });

  it('webhooks carry their method and facade action', () => {
    const hook = buildIR(paymentsSpec()).webhooks.find((w) => w.name === 'achStatusChanged');
    expect(hook).toMatchObject({ method: 'post', group: 'ach', action: 'statusChanged' });
  });
});

describe('one casing helper, one JSON-pointer codec', () => {
  it.each([
    ['bill payments', 'billPayments', 'BillPayments'],
    ['ach-batch', 'achBatch', 'AchBatch'],
    ['KYC/KYB', 'kYCKYB', 'KYCKYB'],
  ])('%s', (name, lower, upper) => {
    expect(camel(name)).toBe(lower);
    expect(pascal(name)).toBe(upper);
  });
  it('keeps _ and $ in identifiers and guards a leading digit', () => {
    expect(identifierWords('customer-id')).toBe('customerId');
    expect(identifierWords('my_var$')).toBe('my_var$');
    expect(identifierWords('2fa')).toBe('_2fa');
  });
  it('round-trips ~ and / through a pointer', () => {
    const segments = ['paths', '/a/{id}', 'get', 'x~y'];
    expect(pointerText(segments)).toBe('/paths/~1a~1{id}/get/x~0y');
    expect(pointerOf(`#${pointerText(segments)}`)).toEqual(segments);
  });
});
