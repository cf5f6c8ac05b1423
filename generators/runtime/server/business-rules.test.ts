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

const wrongAmount: BusinessRuleSpec = { value: 2, answer: { status: 400, code: 'wrongAmount', message: 'Wrong amount', detailInMessage: true, context: {}, echoValue: true } };
const currencyNotSupported: BusinessRuleSpec = { value: ['USD'], answer: { status: 400, code: 'currencyNotSupported', message: 'Currency not supported', detailInMessage: true, context: { supportedCurrency: 'USD' }, echoValue: false } };

function judge(rules: Record<string, BusinessRuleSpec>, body: unknown) {
  const validate = ajv.compile({ oneOf: [card, bank] }) as Validator;
  const spec: BodySpec = { required: true, mediaTypes: ['application/json'], kind: 'json', fileFields: [], validate, businessRules: rules };
  expect(validate(body)).toBe(false);
  const failure = judgeInvalidBody(spec, body, validate.errors ?? []);
  return failure && { status: failure.status, code: failure.code, context: failure.context, message: failure.message };
}

describe('judgeInvalidBody', () => {
  it('answers the documented code when the rule is the only violation, in whichever oneOf branch', () => {
    expect(judge({ 'x-amountPrecision': wrongAmount }, { kind: 'bank', account: '1', amount: 2.555 })).toEqual({ status: 400, code: 'wrongAmount', context: { amount: 2.555 }, message: 'Wrong amount (amount=2.555)' });
    expect(judge({ 'x-connectfi-supported': currencyNotSupported }, { kind: 'card', cardId: 'c', amount: 2, currency: 'EUR' })).toEqual({
      status: 400,
      code: 'currencyNotSupported',
      context: { supportedCurrency: 'USD' },
      message: 'Currency not supported (supportedCurrency=USD)',
    });
  });

  it('answers requestValidateError when something else is wrong too', () => {
    const answer = judge({ 'x-amountPrecision': wrongAmount }, { kind: 'bank', amount: 2.555 });
    expect(answer?.code).toBe('requestValidateError');
    expect((answer?.context as any[]).map((i) => i.keyword)).toContain('required');
  });

  it('keeps a schema constraint without a documented code as requestValidateError, naming only it', () => {
    const answer = judge({ 'x-amountPrecision': { value: 2 } }, { kind: 'bank', account: '1', amount: 0.001 });
    expect(answer?.code).toBe('requestValidateError');
    expect((answer?.context as any[]).map((i) => [i.instancePath, i.keyword])).toEqual([['/amount', 'x-amountPrecision']]);
  });

  it('lets a business-only value through where the operation does not document its code', () => {
    expect(judge({ 'x-connectfi-supported': { value: ['USD'] } }, { kind: 'card', cardId: 'c', amount: 2, currency: 'EUR' })).toBeUndefined();
  });

  it('answers requestValidateError for keywords that carry no business rule', () => {
    expect(judge({}, { kind: 'card', cardId: 'c', amount: 2.555 })?.code).toBe('requestValidateError');
  });
});
