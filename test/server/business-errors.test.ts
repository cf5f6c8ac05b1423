// Business errors through the committed @connectfi/server: where an operation documents `wrongAmount` or
// `currencyNotSupported`, an amount with 3 decimals or a currency other than USD answers that documented envelope,
// not `requestValidateError`; elsewhere the schema rule (amount precision) still answers `requestValidateError` and
// the business-only rule (currency) lets the value through. Operations and expected envelopes come from the IR.
import { describe, expect, it } from 'vitest';
import { createConnectFiServer } from '@connectfi/server';
import { buildIR } from '../../generators/src/ir/build.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';
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

/** The operation's documented error example with `code`, without its requestId. */
function documented(op: OperationIR, code: string) {
  const error = op.errors.find((e) => e.code === code);
  if (!error) return undefined;
  const value: any = op.responses.find((r) => r.status === error.status)!.body!.examples.find((e) => e.name === error.exampleName)!.value;
  const { requestId: _, ...rest } = value;
  return { status: Number(error.status), body: rest };
}

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
});
