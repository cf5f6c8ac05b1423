// listAll walks every page with numberOfRecords/skipRecords/more; queries take any number of ids in batches.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { InvalidResponseError } from '../../../generators/runtime/client/errors.ts';
import { fakeFetch, ok } from '../support/fake-fetch.ts';
import { binding, achCreate, achList, achQuery } from '../support/operations.ts';

const records = Array.from({ length: 7 }, (_, i) => ({ cFiTransactionId: `tx${i}`, reference: `ref${i}` }));

describe('pagination', () => {
  it('yields every record across pages and keeps the caller filter', async () => {
    const { fetch, calls } = fakeFetch((req) => {
      const { skipRecords, numberOfRecords } = req.body;
      return ok({ transactions: records.slice(skipRecords, skipRecords + numberOfRecords), more: skipRecords + numberOfRecords < records.length });
    });
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch });
    const seen = [];
    for await (const t of core.paginate(achList, { status: 'Sent', numberOfRecords: 3 })) seen.push(t);
    expect(seen).toEqual(records);
    expect(calls.map((c) => c.body)).toEqual([0, 3, 6].map((skipRecords) => ({ status: 'Sent', numberOfRecords: 3, skipRecords })));
  });

  it('uses the maximum page size by default and stops on an empty page even if more is true', async () => {
    const { fetch, calls } = fakeFetch((_, i) => ok({ transactions: i === 0 ? records : [], more: true }));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch });
    const seen = [];
    for await (const t of core.paginate(achList)) seen.push(t);
    expect(seen).toHaveLength(7);
    expect(calls[0].body).toEqual({ numberOfRecords: 1000, skipRecords: 0 });
    expect(calls).toHaveLength(2);
  });

  it('fails loudly when the page has no records array, and refuses a non-list operation', async () => {
    const { fetch } = fakeFetch(() => ok({ more: false }));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch });
    await expect(core.paginate(achList).next()).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(core.paginate(achCreate).next()).rejects.toThrow(/not a list operation/);
  });
});

describe('query batching', () => {
  it('splits 45 ids (with repeats) into batches of 20 and concatenates the answers', async () => {
    const { fetch, calls } = fakeFetch((req) => ok(req.body.cFiTransactionIds.map((id: string) => ({ cFiTransactionId: id }))));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch });
    const ids = Array.from({ length: 45 }, (_, i) => `tx${i}`);
    const result = await core.queryAll<{ cFiTransactionId: string }>(achQuery, { cFiTransactionIds: [...ids, 'tx0', 'tx1'] });
    expect(result.map((r) => r.cFiTransactionId)).toEqual(ids);
    expect(calls.map((c) => c.body.cFiTransactionIds.length)).toEqual([20, 20, 5]);
  });

  it('sends one request for 20 or fewer, and refuses none, both or an empty list', async () => {
    const { fetch, calls } = fakeFetch(() => ok([]));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 't', fetch });
    await core.queryAll(achQuery, { references: ['a', 'b'] });
    expect(calls).toEqual([expect.objectContaining({ body: { references: ['a', 'b'] } })]);
    await expect(core.queryAll(achQuery, {})).rejects.toThrow(/exactly one non-empty array of cFiTransactionIds or references/);
    await expect(core.queryAll(achQuery, { references: ['a'], cFiTransactionIds: ['b'] })).rejects.toThrow(TypeError);
    await expect(core.queryAll(achQuery, { references: [] })).rejects.toThrow(TypeError);
  });
});
