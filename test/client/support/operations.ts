// Operation metadata as the generator writes it, for the runtime's unit tests.
import type { OperationMeta } from '../../../generators/runtime/client/operation.ts';

const base = { method: 'post', authenticated: true, requestContentType: 'application/json', responseContentType: 'application/json', enveloped: true } as const;

export const achQuery: OperationMeta = { ...base, operationId: 'achQuery', path: '/transfer-to/ach/query', pattern: { kind: 'query', batchKeys: ['cFiTransactionIds', 'references'], maxBatch: 20 } };
export const achCreate: OperationMeta = { ...base, operationId: 'achCreate', path: '/transfer-to/ach/create', pattern: { kind: 'plain' }, recoverByQuery: achQuery };
export const achList: OperationMeta = { ...base, operationId: 'achList', path: '/transfer-to/ach/list', pattern: { kind: 'list', recordsKey: 'transactions', maxPageSize: 1000 } };
export const customerStatus: OperationMeta = { ...base, operationId: 'customerStatus', method: 'get', path: '/customer/status/{customerId}', requestContentType: undefined, pattern: { kind: 'plain' } };
export const health: OperationMeta = { ...base, operationId: 'healthCheck', method: 'get', path: '/health', authenticated: false, requestContentType: undefined, pattern: { kind: 'plain' } };
export const upload: OperationMeta = { ...base, operationId: 'akepaUploadDocument', path: '/akepa/document/upload/{documentId}', requestContentType: 'multipart/form-data', pattern: { kind: 'plain' } };
export const login: OperationMeta = { ...base, operationId: 'authGetToken', path: '/auth/get-token', authenticated: false, pattern: { kind: 'plain' } };

/** What the generated client binds its core to (from the IR): the token header and the login operation. */
export const binding = { tokenHeader: 'x-connectfi-token', loginOperation: login };
