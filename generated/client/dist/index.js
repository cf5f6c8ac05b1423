import { ConnectFi, createConnectFiClient } from "./client.js";
import { VERSION } from "./version.js";
export * from "./resources/index.js";
export * from "./webhooks.js";
import {
  ConnectFiError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  RequestValidateError,
  ReferenceExistsError,
  UnauthorizedError,
  DuplicateAfterRetryError,
  InvalidResponseError,
  ConnectFiConnectionError,
  ConnectFiTimeoutError,
  ConnectFiAbortError
} from "./runtime/errors.js";
import { APIPromise } from "./runtime/api-promise.js";
import { encryptAccountNumber, encryptCardData, importPublicKey } from "./runtime/encryption.js";
import { BillKeyCache, readBillKeys } from "./runtime/bill-keys.js";
import { WebhookParseError } from "./runtime/webhooks.js";
export * from "./ach-batch.js";
export {
  APIError,
  APIPromise,
  AuthenticationError,
  BadRequestError,
  BillKeyCache,
  ConflictError,
  ConnectFi,
  ConnectFiAbortError,
  ConnectFiConnectionError,
  ConnectFiError,
  ConnectFiTimeoutError,
  DuplicateAfterRetryError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ReferenceExistsError,
  RequestValidateError,
  UnauthorizedError,
  UnprocessableEntityError,
  VERSION,
  WebhookParseError,
  createConnectFiClient,
  encryptAccountNumber,
  encryptCardData,
  importPublicKey,
  readBillKeys
};
