// Unknown body properties: found through nested objects and arrays, suggested by case or edit distance, and
// reported by the pipeline as its `unknownProperties` mode says.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createPipeline, UNKNOWN_PROPERTIES_HEADER, type PipelineOptions, type UnknownPropertiesReport } from './pipeline.js';
import type { KnownProperties, RouteSpec, Validator } from './route.js';
import { findUnknownProperties, suggest } from './unknown-properties.js';
import { toFetchHandler } from './web.js';

const known: KnownProperties = {
  properties: {
    amount: {},
    webhookUrl: {},
    beneficiary: { properties: { name: {}, address: {} } },
    documents: { items: { properties: { id: {} } } },
    additionalData: { open: true },
  },
};

describe('findUnknownProperties', () => {
  it('reports each undefined name by JSON pointer, with the spelling the operation expects', () => {
    const body = {
      amount: 1,
      webhookURL: 'x',
      beneficiary: { name: 'a', adress: 'b' },
      documents: [{ id: '1' }, { id: '2', idd: '3' }],
      additionalData: { anything: 1 },
      colour: 'red',
    };
    expect(findUnknownProperties(known, body)).toEqual([{ path: '/webhookURL', suggestion: 'webhookUrl' }, { path: '/beneficiary/adress', suggestion: 'address' }, { path: '/documents/idd', suggestion: 'id' }, { path: '/colour' }]);
  });

  it('finds nothing in a body that uses only defined names', () => {
    expect(findUnknownProperties(known, { amount: 1, beneficiary: { name: 'a' }, documents: [{ id: '1' }] })).toEqual([]);
  });

  it('suggests by case first, then by a small edit distance, else nothing', () => {
    expect(suggest('WEBHOOKURL', ['webhookUrl', 'webhook'])).toBe('webhookUrl');
    expect(suggest('refrence', ['reference', 'amount'])).toBe('reference');
    expect(suggest('zzz', ['reference', 'amount'])).toBeUndefined();
  });

  it('escapes / and ~ in reported names', () => {
    expect(findUnknownProperties(known, { 'a/b~c': 1 })).toEqual([{ path: '/a~1b~0c' }]);
  });
});

const ajv = new Ajv2020({ allErrors: true });
const route: RouteSpec = {
  operationId: 'achCreate',
  method: 'POST',
  path: '/ach/create',
  secured: false,
  parameters: [],
  body: { required: true, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate: ajv.compile({ type: 'object' }) as Validator, knownProperties: known },
  responses: { 200: { 'application/json': 'anything' } },
};

function post(options: Partial<PipelineOptions<unknown>>, body: object) {
  const fetch = toFetchHandler(
    createPipeline(
      { routes: [route], tokenHeader: 'x-connectfi-token', loadResponseValidators: async () => ({}) },
      {
        handlers: { achCreate: () => ({ status: 200, body: { code: '0', data: {} } }) },
        authenticate: () => null,
        onError: () => {},
        ...options,
      },
    ),
  );
  return fetch(new Request('http://local/ach/create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

describe('the pipeline with unknownProperties', () => {
  it('warn (the default): answers as usual, lists them in the header, calls the log hook with names only', async () => {
    const reports: UnknownPropertiesReport[] = [];
    const response = await post({ onUnknownProperties: (report) => reports.push(report) }, { amount: 1, webhookURL: 'https://secret.example/hook' });
    expect(response.status).toBe(200);
    expect(response.headers.get(UNKNOWN_PROPERTIES_HEADER)).toBe('/webhookURL (did you mean webhookUrl?)');
    expect(reports).toEqual([{ requestId: expect.stringMatching(/^[0-9a-f]{32}$/), operationId: 'achCreate', properties: [{ path: '/webhookURL', suggestion: 'webhookUrl' }] }]);
    expect(JSON.stringify(reports)).not.toContain('secret.example');
  });

  it('warn adds no header when every name is defined', async () => {
    const response = await post(
      {
        onUnknownProperties: () => {
          throw new Error('not called');
        },
      },
      { amount: 1, webhookUrl: 'x' },
    );
    expect(response.headers.get(UNKNOWN_PROPERTIES_HEADER)).toBeNull();
  });

  it('reject: 400 requestValidateError naming each, in the shape Ajv reports additionalProperties', async () => {
    const response = await post({ unknownProperties: 'reject' }, { amount: 1, webhookURL: 'x', beneficiary: { adress: 'b' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('requestValidateError');
    expect(body.context).toEqual([
      {
        instancePath: '',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'webhookURL', suggestion: 'webhookUrl' },
        message: 'must NOT have additional properties (did you mean webhookUrl?)',
      },
      {
        instancePath: '/beneficiary',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'adress', suggestion: 'address' },
        message: 'must NOT have additional properties (did you mean address?)',
      },
    ]);
  });

  it('allow: neither header nor hook', async () => {
    const response = await post(
      {
        unknownProperties: 'allow',
        onUnknownProperties: () => {
          throw new Error('not called');
        },
      },
      { webhookURL: 'x' },
    );
    expect([response.status, response.headers.get(UNKNOWN_PROPERTIES_HEADER)]).toEqual([200, null]);
  });

  it('checks nothing when request validation is off', async () => {
    const response = await post(
      {
        validateRequests: false,
        onUnknownProperties: () => {
          throw new Error('not called');
        },
      },
      { webhookURL: 'x' },
    );
    expect([response.status, response.headers.get(UNKNOWN_PROPERTIES_HEADER)]).toEqual([200, null]);
  });

  it('refuses a mode it does not know at start-up', () => {
    expect(() => createPipeline({ routes: [route], tokenHeader: 'x', loadResponseValidators: async () => ({}) }, { handlers: {}, authenticate: () => null, unknownProperties: 'strict' as never })).toThrow(/warn, reject or allow/);
  });
});
