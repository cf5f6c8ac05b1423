// src/index.ts: the package's public surface, and nothing else.
import type { GeneratedFile } from '../../framework/emitter.ts';
import { clientSrc } from './paths.ts';

/**
 * The error classes and the promise type, from the runtime at `runtime`: every entry point (the main one and
 * `@connectfi/client/sandbox`) exports the same ones, so an error from either is `instanceof` the same classes.
 */
export function runtimeExports(runtime: string): string {
  return `export {
  ConnectFiError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
  UnprocessableEntityError, RateLimitError, InternalServerError, RequestValidateError, ReferenceExistsError, UnauthorizedError,
  DuplicateAfterRetryError, InvalidResponseError, ConnectFiConnectionError, ConnectFiTimeoutError, ConnectFiAbortError,
  type ValidationItem,
} from '${runtime}/errors.js';
export { APIPromise, type ResponseInfo, type WithResponse } from '${runtime}/api-promise.js';
`;
}

// Named one by one: what is not listed here (operationMeta, errorFor, the runtime's helpers) is internal, and
// api.md lists exactly these names (a test compares the two).
const EXPORTS = `export { ConnectFi, createConnectFiClient } from './client.js';
export { VERSION } from './version.js';
export * from './resources/index.js';
export type * from './types.js';
export type { components, operations, paths, webhooks } from './schema.js';
export * from './webhooks.js';
${runtimeExports('./runtime')}export type { ClientOptions } from './runtime/core.js';
export type { MultipartBody, RequestOptions } from './runtime/operation.js';
export type { ClientEvent, Logger, RequestEvent, RetryEvent } from './runtime/log.js';
export { encryptAccountNumber, encryptCardData, importPublicKey, type CardData, type ImportedPublicKey, type PublicKeyInput, type RsaPublicJwk } from './runtime/encryption.js';
export { BillKeyCache, readBillKeys, type BillPublicKeys } from './runtime/bill-keys.js';
export { WebhookParseError, type OpenEnums, type RawBody } from './runtime/webhooks.js';
`;

const ACH_BATCH_EXPORTS = `export * from './ach-batch.js';
`;

/** src/index.ts, without the banner. */
export function emitIndex(withAchBatch: boolean): GeneratedFile {
  return { path: clientSrc('index.ts'), content: `${EXPORTS}${withAchBatch ? ACH_BATCH_EXPORTS : ''}` };
}
