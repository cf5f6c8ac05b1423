import { ConnectFiCore } from "../runtime/core.js";
import { SandboxApi } from "./resources/index.js";
class SandboxControl extends SandboxApi {
  constructor(options) {
    super(new ConnectFiCore({ tokenHeader: "x-connectfi-token", ...options }));
  }
}
function createSandboxControl(options) {
  return new SandboxControl(options);
}
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
} from "../runtime/errors.js";
import { APIPromise } from "../runtime/api-promise.js";
export {
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
};
