// src/index.ts: the package's public surface.
import type { Project } from 'ts-morph';
import { clientSrc } from './paths.ts';

const EXPORTS = `export { ConnectFi, createConnectFiClient } from './client.js';
export * from './facade.js';
export type * from './types.js';
export type { components, operations, paths, webhooks } from './schema.js';
export { operationMeta } from './operations.js';
export * from './webhooks.js';
export * from './runtime/errors.js';
export type { ClientOptions } from './runtime/core.js';
export type { MultipartBody, RequestOptions } from './runtime/operation.js';
export type { RetryEvent } from './runtime/transport.js';
export { encryptAccountNumber, encryptCardData, importPublicKey, type CardData, type ImportedPublicKey, type PublicKeyInput, type RsaPublicJwk } from './runtime/encryption.js';
export { BillKeyCache, readBillKeys, type BillPublicKeys } from './runtime/bill-keys.js';
export { WebhookParseError, type RawBody } from './runtime/webhooks.js';
`;

const ACH_BATCH_EXPORTS = `export * from './ach-batch.js';
`;

export function emitIndex(project: Project, root: string, withAchBatch: boolean) {
  return project.createSourceFile(`${root}/${clientSrc('index.ts')}`, `${EXPORTS}${withAchBatch ? ACH_BATCH_EXPORTS : ''}`, { overwrite: true });
}
