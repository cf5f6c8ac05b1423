// The client asks for what each operation answers: a CSV export must not be refused with 406 for demanding JSON,
// and its CSV arrives as text while an error still arrives as the JSON envelope.
import { describe, expect, it } from 'vitest';
import { ConnectFiCore } from '../../../generators/runtime/client/core.ts';
import { BadRequestError } from '../../../generators/runtime/client/errors.ts';
import { fail, fakeFetch } from '../support/fake-fetch.ts';
import { binding, achList } from '../support/operations.ts';
import type { OperationMeta } from '../../../generators/runtime/client/operation.ts';

const achExportList: OperationMeta = { ...achList, operationId: 'achExportList', path: '/transfer-to/ach/export-list', responseContentType: 'text/csv', enveloped: false, pattern: { kind: 'export', contentType: 'text/csv' } };
const csv = 'cFiTransactionId,reference,status\nCLIENTID_1,ref1,Sent\n';

describe('content negotiation', () => {
  it('accepts the export media type first and JSON for errors, and returns the CSV text', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } }));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    await expect(core.call(achExportList, { body: {} })).resolves.toBe(csv);
    expect(calls[0].headers.accept).toBe('text/csv, application/json;q=0.9');
  });

  it('asks JSON operations for JSON only, and still raises the error envelope of an export', async () => {
    const { fetch, calls } = fakeFetch((request) => (request.url.endsWith('export-list') ? fail(400, 'greaterNumberOfRecords', { maxNumberOfRecords: 100000 }) : fail(400, 'x')));
    const core = new ConnectFiCore({ ...binding, baseUrl: 'https://cfi.test', token: 'tok', fetch });
    await expect(core.call(achExportList, { body: { numberOfRecords: 200000 } })).rejects.toBeInstanceOf(BadRequestError);
    await expect(core.call(achList, { body: {} })).rejects.toBeInstanceOf(BadRequestError);
    expect(calls.map((c) => c.headers.accept)).toEqual(['text/csv, application/json;q=0.9', 'application/json']);
  });
});
