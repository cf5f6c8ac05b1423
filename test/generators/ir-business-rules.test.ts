// The IR's business rules (`x-connectfi-errors`): one rule per declaring schema and keyword, with every instance
// path that schema validates in the body (reused, nested in arrays, reached twice through allOf), the value the
// server repairs with (for `oneOf` the keys each branch requires, through `$ref`), and the operation's example when it
// documents the code. Expectations are read off the hand-made schemas below.
import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generators/src/ir/build.ts';
import { paymentsSpec } from './fixtures/payments-spec.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const rulesOf = (spec: any, operationId: string) => buildIR(spec).operations.find((o) => o.operationId === operationId)!.businessRules;

describe('IR business rules', () => {
  it('records every instance path of a reused schema, with * for array items', () => {
    const spec = paymentsSpec();
    spec.components.schemas.AchTransferCreateRequest = {
      type: 'object',
      allOf: [{ properties: { amount: ref('Amount') } }, { properties: { amount: ref('Amount') } }],
      properties: { reference: ref('CommonReference'), lines: { type: 'array', maxItems: 5, items: { type: 'object', properties: { amount: ref('Amount'), 'a/b': ref('Amount') } } } },
    };
    const rules = rulesOf(spec, 'achCreate');
    expect(rules.map(({ keyword, value, code, at, documented }) => ({ keyword, value, code, at: [...at].sort(), documented }))).toEqual([
      { keyword: 'x-amountPrecision', value: 2, code: 'wrongAmount', at: ['/amount', '/lines/*/amount', '/lines/*/a~1b'], documented: undefined },
    ]);
  });

  it('scopes a maximum to its schema and keeps the operation example of the code', () => {
    const spec = paymentsSpec();
    spec.components.schemas.NumberOfRecords['x-connectfi-errors'] = { maximum: 'greaterNumberOfRecords' };
    spec.components.schemas.SkipRecords.maximum = 50;
    const list = spec.paths['/transfer-to/ach/list'].post;
    list.responses[400] = structuredClone(list.responses[400]);
    list.responses[400].content['application/json'].examples.greater = { value: { requestId: '3ec05680b7a611edaaa621b3360f38c0', code: 'greaterNumberOfRecords', context: { maxNumberOfRecords: 1000 }, message: 'too many' } };
    const [rule, ...others] = rulesOf(spec, 'achList');
    expect(others).toEqual([]);
    expect(rule).toMatchObject({ keyword: 'maximum', value: 1000, at: ['/numberOfRecords'], schema: ['components', 'schemas', 'NumberOfRecords'], documented: { code: 'greaterNumberOfRecords', exampleName: 'greater' } });
  });

  it("gives a oneOf rule the keys each branch requires, through $ref and allOf, at the body's root", () => {
    const spec = paymentsSpec();
    const [ids, references] = spec.components.schemas.TransactionQuery.oneOf;
    Object.assign(spec.components.schemas, { ById: ids, ByReference: { allOf: [references] } });
    spec.components.schemas.TransactionQuery = { 'x-connectfi-errors': { oneOf: 'transactionQuery' }, oneOf: [ref('ById'), ref('ByReference')] };
    expect(rulesOf(spec, 'achQuery')).toEqual([{ keyword: 'oneOf', value: [['cFiTransactionIds'], ['references']], code: 'transactionQuery', at: [''], schema: ['components', 'schemas', 'TransactionQuery'] }]);
  });
});
