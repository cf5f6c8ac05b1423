// The spec's constraints are real: requests that break one of them, sent through the low-level openapi-fetch client,
// are refused by the Prism mock, which names the broken property. Each is derived from a valid documented example.
import { describe, expect, it } from 'vitest';
import { listOperations, type OperationEntry } from '../../scripts/lib/operations.ts';
import { loadBundle } from '../support/bundle.ts';
import { missingRequired, queryOperations, tooManyIds, wrongType, type InvalidRequest } from './support/invalid-requests.ts';
import { lowLevelClient, sendThroughLowLevel } from './support/low-level.ts';
import { usePrism, violations } from './support/prism.ts';

const spec = loadBundle();
const operations = listOperations(spec).filter((op) => op.kind === 'operation');

/**
 * The status Prism refuses an invalid request with: the operation's documented `requestValidateError` response
 * (connectFi's own 400) when it has one, else Prism's generic 422.
 */
function refusalStatus(op: OperationEntry): number {
  const documented = op.errors.find((e) => (e.value as { code?: string } | undefined)?.code === 'requestValidateError');
  return Number(documented?.status ?? 422);
}

describe('Prism refuses requests that break the spec', () => {
  const prism = usePrism();

  async function expectRefused(cases: InvalidRequest[]) {
    const client = lowLevelClient(prism.current.url);
    const accepted: string[] = [];
    for (const c of cases) {
      const { response } = await sendThroughLowLevel(client, c.op, c.body);
      const named = violations(response).some((v) => v.location.includes(c.property) || v.message.includes(c.property));
      if (response.status !== refusalStatus(c.op) || !named) accepted.push(`${c.op.operationId} ${c.fault}: answered ${response.status}, violations ${response.headers.get('sl-violations') ?? 'none'}`);
    }
    expect(accepted).toEqual([]);
  }

  it('a property of the wrong type, in every operation with a JSON body', async () => {
    const cases = operations.map(wrongType).filter((c) => c !== undefined);
    expect(cases.length).toBeGreaterThan(0);
    await expectRefused(cases);
    console.log(`contract: ${cases.length} wrong-type requests refused`);
  });

  it('a required property left out, in every operation with a JSON body that requires one', async () => {
    const cases = operations.map((op) => missingRequired(spec, op)).filter((c) => c !== undefined);
    expect(cases.length).toBeGreaterThan(0);
    await expectRefused(cases);
    console.log(`contract: ${cases.length} missing-property requests refused`);
  });

  const queries = queryOperations(spec, operations);
  it.skipIf(queries.length === 0)(`more than 20 ids in a query${queries.length ? '' : ' (skipped: no operation takes TransactionQuery yet)'}`, async () => {
    const cases = queries.map(tooManyIds).filter((c) => c !== undefined);
    expect(cases.map((c) => c.op.operationId)).toEqual(queries.map((q) => q.operationId));
    await expectRefused(cases);
  });

  it('while the documented example itself passes, with no violation', async () => {
    const client = lowLevelClient(prism.current.url);
    const withBody = operations.filter((op) => op.request?.contentType === 'application/json' && op.request.example);
    for (const op of withBody) {
      const { response } = await sendThroughLowLevel(client, op, op.request!.example!.value);
      expect({ op: op.operationId, status: response.status, violations: violations(response) }).toEqual({ op: op.operationId, status: Number(op.success?.status ?? 200), violations: [] });
    }
  });
});
