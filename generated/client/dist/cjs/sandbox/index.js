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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sandbox_exports = {};
__export(sandbox_exports, {
  APIError: () => import_errors.APIError,
  APIPromise: () => import_api_promise.APIPromise,
  AuthenticationError: () => import_errors.AuthenticationError,
  BadRequestError: () => import_errors.BadRequestError,
  ConflictError: () => import_errors.ConflictError,
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
  SandboxControl: () => SandboxControl,
  UnauthorizedError: () => import_errors.UnauthorizedError,
  UnprocessableEntityError: () => import_errors.UnprocessableEntityError,
  createSandboxControl: () => createSandboxControl
});
module.exports = __toCommonJS(sandbox_exports);
var import_core = require("../runtime/core.js");
var import_resources = require("./resources/index.js");
var import_errors = require("../runtime/errors.js");
var import_api_promise = require("../runtime/api-promise.js");
class SandboxControl extends import_resources.SandboxApi {
  constructor(options) {
    super(new import_core.ConnectFiCore({ tokenHeader: "x-connectfi-token", ...options }));
  }
}
function createSandboxControl(options) {
  return new SandboxControl(options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIError,
  APIPromise,
  AuthenticationError,
  BadRequestError,
  ConflictError,
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
  SandboxControl,
  UnauthorizedError,
  UnprocessableEntityError,
  createSandboxControl
});
