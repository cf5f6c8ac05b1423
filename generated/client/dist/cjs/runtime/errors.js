// The errors the client throws, under one root, `ConnectFiError`, so one `instanceof` catches everything the client
// raises. connectFi's answers are `APIError`s in two levels: the HTTP status, then the connectFi `code` users branch
// on. Network failures, timeouts and cancellations carry no connectFi answer; each keeps its `cause`.
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
var errors_exports = {};
__export(errors_exports, {
  APIError: () => APIError,
  AuthenticationError: () => AuthenticationError,
  BadRequestError: () => BadRequestError,
  ConflictError: () => ConflictError,
  ConnectFiAbortError: () => ConnectFiAbortError,
  ConnectFiConnectionError: () => ConnectFiConnectionError,
  ConnectFiError: () => ConnectFiError,
  ConnectFiTimeoutError: () => ConnectFiTimeoutError,
  DuplicateAfterRetryError: () => DuplicateAfterRetryError,
  InternalServerError: () => InternalServerError,
  InvalidResponseError: () => InvalidResponseError,
  NotFoundError: () => NotFoundError,
  PermissionDeniedError: () => PermissionDeniedError,
  RateLimitError: () => RateLimitError,
  ReferenceExistsError: () => ReferenceExistsError,
  RequestValidateError: () => RequestValidateError,
  UnauthorizedError: () => UnauthorizedError,
  UnprocessableEntityError: () => UnprocessableEntityError,
  errorFor: () => errorFor,
  errorFromBody: () => errorFromBody
});
module.exports = __toCommonJS(errors_exports);
var import_redact = require("./redact.js");
class ConnectFiError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}
class APIError extends ConnectFiError {
  status;
  code;
  subCode;
  context;
  requestId;
  headers;
  constructor(fields) {
    super(`${fields.status} ${fields.code}${fields.subCode ? `/${fields.subCode}` : ""}: ${describeFailure(fields)}${fields.requestId ? ` (requestId ${fields.requestId})` : ""}`);
    this.status = fields.status;
    this.code = fields.code;
    this.subCode = fields.subCode;
    this.context = (0, import_redact.redact)(fields.context);
    this.requestId = fields.requestId;
    this.headers = fields.headers ?? new Headers();
  }
}
function describeFailure(fields) {
  if (fields.code !== "requestValidateError" || !Array.isArray(fields.context) || !fields.context.length) return fields.message;
  const violations = (0, import_redact.redact)(fields.context).map((item) => `${item?.instancePath || "/"} ${item?.message ?? item?.keyword ?? "is invalid"}`);
  return `${fields.message}: ${violations.join("; ")}`;
}
class BadRequestError extends APIError {
}
class AuthenticationError extends APIError {
}
class PermissionDeniedError extends APIError {
}
class NotFoundError extends APIError {
}
class ConflictError extends APIError {
}
class UnprocessableEntityError extends APIError {
}
class RateLimitError extends APIError {
}
class InternalServerError extends APIError {
}
class RequestValidateError extends BadRequestError {
  get items() {
    return Array.isArray(this.context) ? this.context : [];
  }
}
class ReferenceExistsError extends BadRequestError {
  get reference() {
    return this.context?.reference;
  }
  get entityId() {
    return this.context?.entityId;
  }
}
class UnauthorizedError extends AuthenticationError {
}
class DuplicateAfterRetryError extends ReferenceExistsError {
  firstAttemptError;
}
class InvalidResponseError extends APIError {
}
class ConnectFiConnectionError extends ConnectFiError {
}
class ConnectFiTimeoutError extends ConnectFiConnectionError {
}
class ConnectFiAbortError extends ConnectFiError {
  constructor(options) {
    super("The request was aborted by the caller", options);
  }
}
const BY_STATUS = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError]
];
const BY_CODE = {
  requestValidateError: RequestValidateError,
  referenceExists: ReferenceExistsError,
  unauthorized: UnauthorizedError
};
function statusClass(status) {
  if (status >= 500) return InternalServerError;
  return BY_STATUS.find(([s]) => s === status)?.[1] ?? APIError;
}
function errorFor(fields) {
  const byStatus = statusClass(fields.status);
  const byCode = BY_CODE[fields.code];
  const refines = byCode && (byCode.prototype instanceof byStatus || fields.status >= 200 && fields.status < 300);
  const Class = refines ? byCode : byStatus;
  return new Class(fields);
}
function errorFromBody(status, body, headers) {
  const envelope = body;
  if (!envelope || typeof envelope !== "object" || typeof envelope.code !== "string") {
    return new (status >= 200 && status < 300 ? InvalidResponseError : statusClass(status))({
      status,
      code: "invalidResponse",
      context: {},
      message: `HTTP ${status} without a connectFi error envelope`,
      headers
    });
  }
  return errorFor({
    status,
    code: envelope.code,
    subCode: typeof envelope.subCode === "string" ? envelope.subCode : void 0,
    context: envelope.context ?? {},
    message: typeof envelope.message === "string" ? envelope.message : envelope.code,
    requestId: typeof envelope.requestId === "string" ? envelope.requestId : void 0,
    headers
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIError,
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
  UnauthorizedError,
  UnprocessableEntityError,
  errorFor,
  errorFromBody
});
