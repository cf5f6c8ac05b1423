// Business errors through the committed @connectfi/server: where an operation documents `wrongAmount`,
// `currencyNotSupported`, `greaterNumberOfRecords` or `transactionQuery`, an amount with 3 decimals, a currency other
// than USD, too many records or a query with both lists answers that documented envelope, not
// `requestValidateError`; elsewhere the schema rule (amount precision, the maximum) still answers
// `requestValidateError` and the business-only rule (currency) lets the value through. Another property's `maximum`
// stays a schema error. Operations and expected envelopes come from the spec's schemas and error examples.
import { describe, expect, it } from 'vitest';
import { createConnectFiServer } from '@connectfi/server';
import { buildIR } from '../../generators/src/ir/build.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';
import { bothLists, type BusinessCase, documented, tooManyRecords, tooManySkipped } from '../support/business-cases.ts';
import { successAnswer, TOKEN, urlFor } from './support/contract-walk.ts';

const ops = buildIR(loadBundle()).operations.filter((op) => op.requestBody?.contentType === 'application/json' && op.requestBody.examples.length);
const reached: string[] = [];
const server = createConnectFiServer({
  handlers: Object.fromEntries(
    ops.map((op) => [
      op.operationId,
      () => {
        reached.push(op.operationId);
        return successAnswer(op) as never;
      },
    ]),
  ),
  authenticate: (token) => (token === TOKEN ? { user: 'business' } : null),
  validateResponses: true,
});

/** The pointer of the first property called `name` whose example value has type `type`, searched depth-first. */
function find(value: unknown, name: string, type: string, at = ''): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key === name && typeof child === type) return `${at}/${key}`;
    const deeper = find(child, name, type, `${at}/${key}`);
    if (deeper) return deeper;
  }
  return undefined;
}

function withValue(example: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(example) as any;
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  keys.reduce((node, key) => node[key], copy)[last] = value;
  return copy;
}

const send = async (op: OperationIR, body: unknown) => {
  const response = await server.fetch(
    new Request(urlFor(op), {
      method: op.method.toUpperCase(),
      headers: { 'content-type': 'application/json', 'x-connectfi-token': TOKEN },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as any };
};

/** Each operation whose first example carries the property, with where. */
const carrying = (name: string, type: string) =>
  ops.flatMap((op) => {
    const example = op.requestBody!.examples[0].value;
    const pointer = find(example, name, type);
    return pointer ? [{ op, example, pointer }] : [];
  });

describe('business errors of @connectfi/server', () => {
  const amounts = carrying('amount', 'number');
  const currencies = carrying('currency', 'string');

  it('finds operations on both sides of each rule', () => {
    expect(amounts.filter(({ op }) => documented(op, 'wrongAmount')).length).toBeGreaterThanOrEqual(3);
    expect(amounts.filter(({ op }) => !documented(op, 'wrongAmount')).length).toBeGreaterThanOrEqual(3);
    expect(currencies.filter(({ op }) => documented(op, 'currencyNotSupported')).length).toBeGreaterThanOrEqual(5);
    expect(currencies.filter(({ op }) => !documented(op, 'currencyNotSupported')).length).toBeGreaterThanOrEqual(1);
  });

  it('answer the documented wrongAmount envelope for 3 decimals where the operation documents it, else requestValidateError', async () => {
    for (const { op, example, pointer } of amounts) {
      const expected = documented(op, 'wrongAmount');
      // Send the amount the documented example names, so that the whole envelope must match it.
      const answer = await send(op, withValue(example, pointer, expected?.body.context.amount ?? 1.225));
      if (expected) {
        expect({ op: op.operationId, status: answer.status, body: { ...answer.body, requestId: undefined } }).toEqual({ op: op.operationId, ...expected, body: { ...expected.body, requestId: undefined } });
      } else {
        expect({ op: op.operationId, status: answer.status, code: answer.body.code }).toEqual({ op: op.operationId, status: 400, code: 'requestValidateError' });
        expect(answer.body.context, op.operationId).toContainEqual(expect.objectContaining({ instancePath: pointer, keyword: 'x-amountPrecision' }));
      }
    }
  });

  it('answer the documented currencyNotSupported envelope for EUR where documented, and let it through elsewhere', async () => {
    for (const { op, example, pointer } of currencies) {
      const before = reached.length;
      const answer = await send(op, withValue(example, pointer, 'EUR'));
      const expected = documented(op, 'currencyNotSupported');
      if (expected) {
        expect({ op: op.operationId, status: answer.status, body: { ...answer.body, requestId: undefined } }).toEqual({ op: op.operationId, ...expected, body: { ...expected.body, requestId: undefined } });
        expect(answer.body.context).toEqual({ supportedCurrency: 'USD' });
        expect(reached.length, op.operationId).toBe(before);
      } else {
        expect({ op: op.operationId, status: answer.status }).toEqual({ op: op.operationId, status: successAnswer(op).status });
        expect(reached.slice(before)).toEqual([op.operationId]);
      }
    }
  });

  it('answer requestValidateError when the body breaks the schema besides the business rule', async () => {
    const { op, example, pointer } = amounts.find(({ op }) => op.operationId === 'achCreate')!;
    const body = withValue(example, pointer, 1.225) as Record<string, unknown>;
    delete body.reference;
    const answer = await send(op, body);
    expect([answer.status, answer.body.code]).toEqual([400, 'requestValidateError']);
    expect(answer.body.context.map((i: any) => i.keyword)).toContain('required');
  });

  it('name the property that carries the wrong amount, with the value sent', async () => {
    const { op, example, pointer } = amounts.find(({ op }) => op.operationId === 'achCreate')!;
    const answer = await send(op, withValue(example, pointer, 10.999));
    expect(answer.body).toMatchObject({ code: 'wrongAmount', context: { amount: 10.999 }, message: 'Wrong amount (amount=10.999)' });
    const valid = await send(op, withValue(example, pointer, 10.99));
    expect(valid.status).toBe(200);
  });

  /** Sends the case and checks the whole answer, and that the handler was never reached. */
  async function expectCase({ op, body, status, code, envelope, issue }: BusinessCase) {
    const before = reached.length;
    const answer = await send(op, body);
    expect({ op: op.operationId, status: answer.status, code: answer.body.code }).toEqual({ op: op.operationId, status, code });
    if (envelope) expect({ op: op.operationId, ...answer.body, requestId: undefined }).toEqual({ op: op.operationId, ...envelope, requestId: undefined });
    if (issue) expect(answer.body.context, op.operationId).toContainEqual(expect.objectContaining(issue));
    expect(reached.length, op.operationId).toBe(before);
  }

  it('answer the documented greaterNumberOfRecords (context maxNumberOfRecords) for one record too many, else requestValidateError', async () => {
    const cases = tooManyRecords();
    const lists = cases.filter((c) => c.code === 'greaterNumberOfRecords' && c.body.numberOfRecords === 1001);
    expect(lists.length).toBeGreaterThanOrEqual(7);
    for (const c of lists) expect(c.envelope?.context, c.op.operationId).toEqual({ maxNumberOfRecords: 1000 });
    expect(cases.some((c) => c.code === 'requestValidateError')).toBe(true);
    for (const c of cases) await expectCase(c);
  });

  it('answer requestValidateError for another maximum of the same body (skipRecords)', async () => {
    const cases = tooManySkipped();
    expect(cases.filter((c) => documented(c.op, 'greaterNumberOfRecords')).length).toBeGreaterThanOrEqual(7);
    for (const c of cases) await expectCase(c);
  });

  it('answer the documented transactionQuery for a query with both lists', async () => {
    const cases = bothLists();
    expect(cases.map((c) => c.op.operationId).sort()).toEqual(expect.arrayContaining(['achQuery', 'checkQuery', 'comboQuery']));
    expect(cases.length).toBeGreaterThanOrEqual(7);
    for (const c of cases) await expectCase(c);
  });

  it('answer requestValidateError for a query with no list, or with both lists and a schema error besides', async () => {
    const [achQuery] = bothLists().filter((c) => c.op.operationId === 'achQuery');
    await expectCase({ op: achQuery.op, body: {}, status: 400, code: 'requestValidateError', issue: { instancePath: '', keyword: 'oneOf' } });
    const ids = Array.from({ length: 21 }, (_, i) => `CLIENTID_${i}`);
    await expectCase({ op: achQuery.op, body: { ...achQuery.body, cFiTransactionIds: ids, references: ids }, status: 400, code: 'requestValidateError', issue: { instancePath: '/cFiTransactionIds', keyword: 'maxItems' } });
  });
});
