"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectFiAbortError = exports.ConnectFiTimeoutError = exports.ConnectFiConnectionError = exports.InvalidResponseError = exports.DuplicateAfterRetryError = exports.UnauthorizedError = exports.ReferenceExistsError = exports.RequestValidateError = exports.InternalServerError = exports.RateLimitError = exports.UnprocessableEntityError = exports.ConflictError = exports.NotFoundError = exports.PermissionDeniedError = exports.AuthenticationError = exports.BadRequestError = exports.APIError = exports.ConnectFiError = void 0;
exports.errorFor = errorFor;
exports.errorFromBody = errorFromBody;
// The errors the client throws, under one root, `ConnectFiError`, so one `instanceof` catches everything the client
// raises. connectFi's answers are `APIError`s in two levels: the HTTP status, then the connectFi `code` users branch
// on. Network failures, timeouts and cancellations carry no connectFi answer; each keeps its `cause`.
const redact_js_1 = require("./redact.js");
/** The root of every error the client throws. */
class ConnectFiError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
exports.ConnectFiError = ConnectFiError;
/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
class APIError extends ConnectFiError {
    status;
    code;
    subCode;
    context;
    requestId;
    headers;
    constructor(fields) {
        super(`${fields.status} ${fields.code}${fields.subCode ? `/${fields.subCode}` : ''}: ${describeFailure(fields)}${fields.requestId ? ` (requestId ${fields.requestId})` : ''}`);
        this.status = fields.status;
        this.code = fields.code;
        this.subCode = fields.subCode;
        this.context = (0, redact_js_1.redact)(fields.context);
        this.requestId = fields.requestId;
        this.headers = fields.headers ?? new Headers();
    }
}
exports.APIError = APIError;
/** The server's message, followed by every schema violation it listed (`/amount must have at most 2 decimals`). */
function describeFailure(fields) {
    if (fields.code !== 'requestValidateError' || !Array.isArray(fields.context) || !fields.context.length)
        return fields.message;
    const violations = (0, redact_js_1.redact)(fields.context).map((item) => `${item?.instancePath || '/'} ${item?.message ?? item?.keyword ?? 'is invalid'}`);
    return `${fields.message}: ${violations.join('; ')}`;
}
class BadRequestError extends APIError {
}
exports.BadRequestError = BadRequestError;
class AuthenticationError extends APIError {
}
exports.AuthenticationError = AuthenticationError;
class PermissionDeniedError extends APIError {
}
exports.PermissionDeniedError = PermissionDeniedError;
class NotFoundError extends APIError {
}
exports.NotFoundError = NotFoundError;
class ConflictError extends APIError {
}
exports.ConflictError = ConflictError;
class UnprocessableEntityError extends APIError {
}
exports.UnprocessableEntityError = UnprocessableEntityError;
class RateLimitError extends APIError {
}
exports.RateLimitError = RateLimitError;
class InternalServerError extends APIError {
}
exports.InternalServerError = InternalServerError;
/** `requestValidateError`: the body failed connectFi's schema; `items` lists every violation. */
class RequestValidateError extends BadRequestError {
    get items() {
        return Array.isArray(this.context) ? this.context : [];
    }
}
exports.RequestValidateError = RequestValidateError;
/** `referenceExists`: a creation reused a `reference`; `entityId` is the existing entity's id. */
class ReferenceExistsError extends BadRequestError {
    get reference() {
        return this.context?.reference;
    }
    get entityId() {
        return this.context?.entityId;
    }
}
exports.ReferenceExistsError = ReferenceExistsError;
/** `unauthorized`: the token is missing, wrong or expired, or the login failed. */
class UnauthorizedError extends AuthenticationError {
}
exports.UnauthorizedError = UnauthorizedError;
/**
 * A retried creation answered `referenceExists` and the existing record could not be read back (the rail has no
 * query by reference, or it found nothing). The first attempt most likely succeeded: `entityId` names what it
 * created. `firstAttemptError` is why the client retried.
 */
class DuplicateAfterRetryError extends ReferenceExistsError {
    firstAttemptError;
}
exports.DuplicateAfterRetryError = DuplicateAfterRetryError;
/** The reply could not be read as connectFi answers (not JSON, or not an envelope). */
class InvalidResponseError extends APIError {
}
exports.InvalidResponseError = InvalidResponseError;
/** The request never got an HTTP answer (DNS, refused connection, reset); `cause` is fetch's own error. */
class ConnectFiConnectionError extends ConnectFiError {
}
exports.ConnectFiConnectionError = ConnectFiConnectionError;
/** The call (all attempts) exceeded its timeout. */
class ConnectFiTimeoutError extends ConnectFiConnectionError {
}
exports.ConnectFiTimeoutError = ConnectFiTimeoutError;
/** The caller's AbortSignal cancelled the call; `cause` is the signal's reason. */
class ConnectFiAbortError extends ConnectFiError {
    constructor(options) {
        super('The request was aborted by the caller', options);
    }
}
exports.ConnectFiAbortError = ConnectFiAbortError;
const BY_STATUS = [
    [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError],
    [409, ConflictError], [422, UnprocessableEntityError], [429, RateLimitError],
];
const BY_CODE = {
    requestValidateError: RequestValidateError,
    referenceExists: ReferenceExistsError,
    unauthorized: UnauthorizedError,
};
function statusClass(status) {
    if (status >= 500)
        return InternalServerError;
    return BY_STATUS.find(([s]) => s === status)?.[1] ?? APIError;
}
/**
 * The most specific class: the code's class when it refines the status's class (or when a 2xx carried the
 * error), else the status's class, so `instanceof BadRequestError` never lies about the status.
 */
function errorFor(fields) {
    const byStatus = statusClass(fields.status);
    const byCode = BY_CODE[fields.code];
    const refines = byCode && (byCode.prototype instanceof byStatus || (fields.status >= 200 && fields.status < 300));
    const Class = refines ? byCode : byStatus;
    return new Class(fields);
}
/** Reads an error body (any shape) into an error of the right class. */
function errorFromBody(status, body, headers) {
    const envelope = body;
    if (!envelope || typeof envelope !== 'object' || typeof envelope.code !== 'string') {
        return new (status >= 200 && status < 300 ? InvalidResponseError : statusClass(status))({
            status, code: 'invalidResponse', context: {}, message: `HTTP ${status} without a connectFi error envelope`, headers,
        });
    }
    return errorFor({
        status,
        code: envelope.code,
        subCode: typeof envelope.subCode === 'string' ? envelope.subCode : undefined,
        context: envelope.context ?? {},
        message: typeof envelope.message === 'string' ? envelope.message : envelope.code,
        requestId: typeof envelope.requestId === 'string' ? envelope.requestId : undefined,
        headers,
    });
}
