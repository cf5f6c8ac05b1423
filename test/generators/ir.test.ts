// The IR builder recognises the shared patterns from the schemas and stops, naming the operation, on contract
// violations that would make generated code wrong.
import { describe, expect, it } from 'vitest';
import { recoveryQuery } from '../../generators/src/emitters/client/operations-meta.ts';
import { buildIR } from '../../generators/src/ir/build.ts';
import { loadBundle } from '../support/bundle.ts';
import { paymentsSpec } from './fixtures/payments-spec.ts';

const byId = (ir: ReturnType<typeof buildIR>) => Object.fromEntries(ir.operations.map((o) => [o.operationId, o]));

describe('the IR', () => {
  it('reads the real bundle: groups, actions, security, envelope, error codes, webhooks, lifecycles', () => {
    const spec = loadBundle();
    const ir = buildIR(spec);
    const ops = byId(ir);
    expect(ops.authGetToken).toMatchObject({ group: 'auth', action: 'getToken', method: 'post', path: '/auth/get-token', security: [], fidelity: 'documented', pattern: { kind: 'plain' } });
    expect(ops.userChangePassword.security).toEqual(['connectFiToken']);
    expect(ops.authGetToken.success).toMatchObject({ status: '200', enveloped: true, dataSchemaName: 'AccessToken' });
    expect(ops.authGetToken.errors).toMatchObject([
      { status: '400', httpStatus: 400, code: 'requestValidateError', exampleName: 'requestValidateError', value: { code: 'requestValidateError' } },
      { status: '401', httpStatus: 401, code: 'unauthorized', exampleName: 'unauthorized', value: { code: 'unauthorized' } },
    ]);
    expect(ops.authGetToken.errors).toHaveLength(2);
    expect(ir.webhooks.map((w) => w.name).sort()).toEqual(Object.keys(spec.webhooks).sort());
    // KYC posts the success envelope; the payment rails post the bare record.
    expect(ir.webhooks.find((w) => w.name === 'akepaStatusChanged')).toMatchObject({ group: 'akepa', enveloped: true });
    expect(ir.webhooks.find((w) => w.name === 'achStatusChanged')).toMatchObject({ group: 'ach', enveloped: false });
    expect(ir.tokenHeader).toBe('x-connectfi-token');
    expect(ir.lifecycles.map((l) => l.schemaName)).toContain('KycApplicationStatus');
  });

  it('recognises list, query, export and plain operations, deduplication by reference, and deprecation', () => {
    const ops = byId(buildIR(paymentsSpec()));
    expect(ops.achList.pattern).toEqual({ kind: 'list', recordsKey: 'transactions', maxPageSize: 1000 });
    expect(ops.achQuery.pattern).toEqual({ kind: 'query', batchKeys: ['cFiTransactionIds', 'references'], maxBatch: 20 });
    expect(ops.achExportList.pattern).toEqual({ kind: 'export', contentType: 'text/csv' });
    expect(ops.achCreate.pattern).toEqual({ kind: 'plain' });
    expect(ops.achCreate.dedupedByReference).toBe(true);
    expect(ops.achQuery.dedupedByReference).toBe(false);
    expect(ops.akepaUploadDocument).toMatchObject({ action: 'uploadDocument', requestBody: { contentType: 'multipart/form-data' }, parameters: [{ name: 'documentId', in: 'path', example: 'doc_1' }] });
    expect(ops.documentUpload).toMatchObject({ group: 'document', action: 'upload', deprecated: true, replacedBy: 'akepaUploadDocument' });
    expect(ops.customerStatus.errors.map((e) => e.code)).toEqual(['referenceExists', 'unauthorized']);
  });

  it('links a creation to the query that reads back its own records, never a dry run or another entity', () => {
    const spec = paymentsSpec();
    const create = spec.paths['/transfer-to/ach/create'].post;
    spec.paths['/transfer-to/ach/validate'] = { post: { ...structuredClone(create), operationId: 'achValidate' } };
    spec.paths['/transfer-to/ach/register'] = { post: { ...structuredClone(create), operationId: 'achRegister' } };
    spec.paths['/transfer-to/ach/register'].post.responses[200].content['application/json'].schema.properties.data = { $ref: '#/components/schemas/AccessToken' };
    const ir = buildIR(spec);
    const ops = byId(ir);
    expect(ops.achQuery.success?.itemSchemaName).toBe('AchTransfer');
    expect(recoveryQuery(ir, ops.achCreate)?.operationId).toBe('achQuery');
    expect(recoveryQuery(ir, ops.achValidate)).toBeUndefined();
    expect(recoveryQuery(ir, ops.achRegister)).toBeUndefined();
    expect(recoveryQuery(ir, ops.achList)).toBeUndefined();
  });

  it('stops on a missing operationId or tag, and on two operations that become one method', () => {
    const noId = loadBundle();
    delete noId.paths['/health'].get.operationId;
    expect(() => buildIR(noId)).toThrow('GET /health: missing operationId');
    const noTag = loadBundle();
    delete noTag.paths['/health'].get.tags;
    expect(() => buildIR(noTag)).toThrow('GET /health: the operation has no tag');
    const clash = loadBundle();
    clash.paths['/health2'] = structuredClone(clash.paths['/health']);
    clash.paths['/health2'].get.operationId = 'healthCheck';
    expect(() => buildIR(clash)).toThrow('healthCheck and healthCheck both become cfi.health.check()');
  });
});
