// src/index.ts: the package's public surface, and nothing else.
import type { Project } from 'ts-morph';
import { clientSrc } from './paths.ts';

// Named one by one: what is not listed here (operationMeta, errorFor, the runtime's helpers) is internal, and
// api.md lists exactly these names (a test compares the two).
const EXPORTS = `export { ConnectFi, createConnectFiClient } from './client.js';
export { VERSION } from './version.js';
export * from './facade.js';
export type * from './types.js';
export type { components, operations, paths, webhooks } from './schema.js';
export * from './webhooks.js';
export {
  ConnectFiError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
  UnprocessableEntityError, RateLimitError, InternalServerError, RequestValidateError, ReferenceExistsError, UnauthorizedError,
  DuplicateAfterRetryError, InvalidResponseError, ConnectFiConnectionError, ConnectFiTimeoutError, ConnectFiAbortError,
  type ValidationItem,
} from './runtime/errors.js';
export { APIPromise, type ResponseInfo, type WithResponse } from './runtime/api-promise.js';
export type { ClientOptions } from './runtime/core.js';
export type { MultipartBody, RequestOptions } from './runtime/operation.js';
export type { ClientEvent, Logger, RequestEvent, RetryEvent } from './runtime/log.js';
export { encryptAccountNumber, encryptCardData, importPublicKey, type CardData, type ImportedPublicKey, type PublicKeyInput, type RsaPublicJwk } from './runtime/encryption.js';
export { BillKeyCache, readBillKeys, type BillPublicKeys } from './runtime/bill-keys.js';
export { WebhookParseError, type OpenEnums, type RawBody } from './runtime/webhooks.js';
`;

const ACH_BATCH_EXPORTS = `export * from './ach-batch.js';
`;

export function emitIndex(project: Project, root: string, withAchBatch: boolean) {
  return project.createSourceFile(`${root}/${clientSrc('index.ts')}`, `${EXPORTS}${withAchBatch ? ACH_BATCH_EXPORTS : ''}`, { overwrite: true });
}
