var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  APIError: () => import_errors.APIError,
  APIPromise: () => import_api_promise.APIPromise,
  AuthenticationError: () => import_errors.AuthenticationError,
  BadRequestError: () => import_errors.BadRequestError,
  BillKeyCache: () => import_bill_keys.BillKeyCache,
  ConflictError: () => import_errors.ConflictError,
  ConnectFi: () => import_client.ConnectFi,
  ConnectFiAbortError: () => import_errors.ConnectFiAbortError,
  ConnectFiConnectionError: () => import_errors.ConnectFiConnectionError,
  ConnectFiError: () => import_errors.ConnectFiError,
  ConnectFiTimeoutError: () => import_errors.ConnectFiTimeoutError,
  DuplicateAfterRetryError: () => import_errors.DuplicateAfterRetryError,
  InternalServerError: () => import_errors.InternalServerError,
  InvalidResponseError: () => import_errors.InvalidResponseError,
  NotFoundError: () => import_errors.NotFoundError,
  PermissionDeniedError: () => import_errors.PermissionDeniedError,
  RateLimitError: () => import_errors.RateLimitError,
  ReferenceExistsError: () => import_errors.ReferenceExistsError,
  RequestValidateError: () => import_errors.RequestValidateError,
  UnauthorizedError: () => import_errors.UnauthorizedError,
  UnprocessableEntityError: () => import_errors.UnprocessableEntityError,
  VERSION: () => import_version.VERSION,
  WebhookParseError: () => import_webhooks.WebhookParseError,
  createConnectFiClient: () => import_client.createConnectFiClient,
  encryptAccountNumber: () => import_encryption.encryptAccountNumber,
  encryptCardData: () => import_encryption.encryptCardData,
  importPublicKey: () => import_encryption.importPublicKey,
  readBillKeys: () => import_bill_keys.readBillKeys
});
module.exports = __toCommonJS(src_exports);
var import_client = require("./client.js");
var import_version = require("./version.js");
__reExport(src_exports, require("./resources/index.js"), module.exports);
__reExport(src_exports, require("./webhooks.js"), module.exports);
var import_errors = require("./runtime/errors.js");
var import_api_promise = require("./runtime/api-promise.js");
var import_encryption = require("./runtime/encryption.js");
var import_bill_keys = require("./runtime/bill-keys.js");
var import_webhooks = require("./runtime/webhooks.js");
__reExport(src_exports, require("./ach-batch.js"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
  readBillKeys,
  ...require("./resources/index.js"),
  ...require("./webhooks.js"),
  ...require("./ach-batch.js")
});
