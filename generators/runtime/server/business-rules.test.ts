// judgeInvalidBody on hand-made schemas: a business rule's code only when the body is valid apart from it (also
// inside a oneOf), the schema error otherwise, and a business-only rule the operation does not document passes.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { amountPrecision, supportedValues } from '../../src/schema/ajv.ts';
import { judgeInvalidBody } from './business-rules.js';
import type { BodySpec, BusinessRuleSpec, Validator } from './route.js';

const ajv = new Ajv2020({ allErrors: true, keywords: [amountPrecision, supportedValues] });
const amount = { type: 'number', exclusiveMinimum: 0, 'x-amountPrecision': 2 };
const currency = { type: 'string', 'x-connectfi-supported': ['USD'] };
const card = { type: 'object', required: ['kind', 'cardId', 'amount'], properties: { kind: { const: 'card' }, cardId: { type: 'string' }, amount, currency } };
const bank = { type: 'object', required: ['kind', 'account', 'amount'], properties: { kind: { const: 'bank' }, account: { type: 'string' }, amount, currency } };

const amountAnswer = { status: 400, code: 'wrongAmount', message: 'Wrong amount', detailInMessage: true, context: {}, echoValue: true };
const wrongAmount: BusinessRuleSpec = { keyword: 'x-amountPrecision', value: 2, at: ['/amount'], answer: amountAnswer };
const currencyNotSupported: BusinessRuleSpec = {
  keyword: 'x-connectfi-supported',
  value: ['USD'],
  at: ['/currency'],
  answer: { status: 400, code: 'currencyNotSupported', message: 'Currency not supported', detailInMessage: true, context: { supportedCurrency: 'USD' }, echoValue: false },
};
const greater: BusinessRuleSpec = {
  keyword: 'maximum',
  value: 1000,
  at: ['/numberOfRecords'],
  answer: { status: 400, code: 'greaterNumberOfRecords', message: 'Too many', detailInMessage: true, context: { maxNumberOfRecords: 1000 }, echoValue: false },
};
const both: BusinessRuleSpec = {
  keyword: 'oneOf',
  value: [['ids'], ['references']],
  at: [''],
  answer: { status: 400, code: 'transactionQuery', message: 'Not both', detailInMessage: false, context: {}, echoValue: false },
};
const list = {
  type: 'object',
  properties: { numberOfRecords: { type: 'integer', maximum: 1000 }, skipRecords: { type: 'integer', maximum: 50 }, lines: { type: 'array', items: { type: 'object', properties: { amount } } } },
};
const strings = { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } };
const query = {
  oneOf: [
    { type: 'object', required: ['ids'], properties: { ids: strings } },
    { type: 'object', required: ['references'], properties: { references: strings } },
  ],
};

function judge(rules: BusinessRuleSpec[], body: unknown, schema: object = { oneOf: [card, bank] }) {
  const validate = ajv.compile(schema) as Validator;
  const spec: BodySpec = { required: true, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate, businessRules: rules };
  expect(validate(body)).toBe(false);
  const failure = judgeInvalidBody(spec, body, validate.errors ?? []);
  return failure && { status: failure.status, code: failure.code, context: failure.context, message: failure.message };
}

describe('judgeInvalidBody', () => {
  it('answers the documented code when the rule is the only violation, in whichever oneOf branch', () => {
    expect(judge([wrongAmount], { kind: 'bank', account: '1', amount: 2.555 })).toEqual({ status: 400, code: 'wrongAmount', context: { amount: 2.555 }, message: 'Wrong amount (amount=2.555)' });
    expect(judge([currencyNotSupported], { kind: 'card', cardId: 'c', amount: 2, currency: 'EUR' })).toEqual({
      status: 400,
      code: 'currencyNotSupported',
      context: { supportedCurrency: 'USD' },
      message: 'Currency not supported (supportedCurrency=USD)',
    });
  });

  it('answers requestValidateError when something else is wrong too', () => {
    const answer = judge([wrongAmount], { kind: 'bank', amount: 2.555 });
    expect(answer?.code).toBe('requestValidateError');
    expect((answer?.context as any[]).map((i) => i.keyword)).toContain('required');
  });

  it('keeps a schema constraint without a documented code as requestValidateError, naming only it', () => {
    const answer = judge([{ keyword: 'x-amountPrecision', value: 2, at: ['/amount'] }], { kind: 'bank', account: '1', amount: 0.001 });
    expect(answer?.code).toBe('requestValidateError');
    expect((answer?.context as any[]).map((i) => [i.instancePath, i.keyword])).toEqual([['/amount', 'x-amountPrecision']]);
  });

  it('lets a business-only value through where the operation does not document its code', () => {
    expect(judge([{ keyword: 'x-connectfi-supported', value: ['USD'], at: ['/currency'] }], { kind: 'card', cardId: 'c', amount: 2, currency: 'EUR' })).toBeUndefined();
  });

  it('answers requestValidateError for keywords that carry no business rule', () => {
    expect(judge([], { kind: 'card', cardId: 'c', amount: 2.555 })?.code).toBe('requestValidateError');
  });

  it('holds a rule only where its schema applies: another property with the same keyword is a schema error', () => {
    expect(judge([greater], { numberOfRecords: 1001 }, list)).toMatchObject({ code: 'greaterNumberOfRecords', context: { maxNumberOfRecords: 1000 }, message: 'Too many (maxNumberOfRecords=1000)' });
    const other = judge([greater], { numberOfRecords: 10, skipRecords: 51 }, list);
    expect(other?.code).toBe('requestValidateError');
    expect((other?.context as any[]).map((i) => [i.instancePath, i.keyword])).toEqual([['/skipRecords', 'maximum']]);
    expect(judge([greater], { numberOfRecords: 1001, skipRecords: 51 }, list)?.code).toBe('requestValidateError');
  });

  it('matches a `*` segment to any array index', () => {
    const inLines = { ...wrongAmount, at: ['/lines/*/amount'] };
    expect(judge([inLines], { lines: [{ amount: 1 }, { amount: 1.005 }] }, list)).toMatchObject({ code: 'wrongAmount', context: { amount: 1.005 } });
    expect(judge([wrongAmount], { lines: [{ amount: 1.005 }] }, list)?.code).toBe('requestValidateError');
  });

  it('answers the oneOf rule when several branches match, and the schema error when none does', () => {
    expect(judge([both], { ids: ['a'], references: ['r'] }, query)).toMatchObject({ status: 400, code: 'transactionQuery', context: {}, message: 'Not both' });
    expect(judge([both], {}, query)?.code).toBe('requestValidateError');
    // Both keys, one of them invalid: the vendor checks the schema first.
    const noted = { ...query, type: 'object', properties: { note: { type: 'string' } } };
    expect(judge([both], { ids: ['a'], references: ['r'], note: 5 }, noted)?.code).toBe('requestValidateError');
  });
});
