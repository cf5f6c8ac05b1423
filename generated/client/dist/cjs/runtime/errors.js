"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectFiAbortError = exports.ConnectFiTimeoutError = exports.ConnectFiConnectionError = exports.InvalidResponseError = exports.DuplicateAfterRetryError = exports.UnauthorizedError = exports.ReferenceExistsError = exports.RequestValidateError = exports.InternalServerError = exports.RateLimitError = exports.UnprocessableEntityError = exports.ConflictError = exports.NotFoundError = exports.PermissionDeniedError = exports.AuthenticationError = exports.BadRequestError = exports.ConnectFiError = void 0;
exports.errorFor = errorFor;
exports.errorFromBody = errorFromBody;
// The errors the client throws, in two levels: the HTTP status, then the connectFi `code` users branch on.
// Network failures, timeouts and cancellations are separate classes: they carry no connectFi answer.
const redact_js_1 = require("./redact.js");
/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
class ConnectFiError extends Error {
    status;
    code;
    subCode;
    context;
    requestId;
    constructor(fields) {
        super(`${fields.status} ${fields.code}${fields.subCode ? `/${fields.subCode}` : ''}: ${fields.message}${fields.requestId ? ` (requestId ${fields.requestId})` : ''}`);
        this.name = new.target.name;
        this.status = fields.status;
        this.code = fields.code;
        this.subCode = fields.subCode;
        this.context = (0, redact_js_1.redact)(fields.context);
        this.requestId = fields.requestId;
    }
}
exports.ConnectFiError = ConnectFiError;
class BadRequestError extends ConnectFiError {
}
exports.BadRequestError = BadRequestError;
class AuthenticationError extends ConnectFiError {
}
exports.AuthenticationError = AuthenticationError;
class PermissionDeniedError extends ConnectFiError {
}
exports.PermissionDeniedError = PermissionDeniedError;
class NotFoundError extends ConnectFiError {
}
exports.NotFoundError = NotFoundError;
class ConflictError extends ConnectFiError {
}
exports.ConflictError = ConflictError;
class UnprocessableEntityError extends ConnectFiError {
}
exports.UnprocessableEntityError = UnprocessableEntityError;
class RateLimitError extends ConnectFiError {
}
exports.RateLimitError = RateLimitError;
class InternalServerError extends ConnectFiError {
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
class InvalidResponseError extends ConnectFiError {
}
exports.InvalidResponseError = InvalidResponseError;
/** The request never got an HTTP answer (DNS, refused connection, reset). */
class ConnectFiConnectionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
exports.ConnectFiConnectionError = ConnectFiConnectionError;
/** The call (all attempts) exceeded its timeout. */
class ConnectFiTimeoutError extends ConnectFiConnectionError {
}
exports.ConnectFiTimeoutError = ConnectFiTimeoutError;
/** The caller's AbortSignal cancelled the call. */
class ConnectFiAbortError extends Error {
    constructor(options) {
        super('The request was aborted by the caller', options);
        this.name = new.target.name;
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
    return BY_STATUS.find(([s]) => s === status)?.[1] ?? ConnectFiError;
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
function errorFromBody(status, body) {
    const envelope = body;
    if (!envelope || typeof envelope !== 'object' || typeof envelope.code !== 'string') {
        return new (status >= 200 && status < 300 ? InvalidResponseError : statusClass(status))({
            status, code: 'invalidResponse', context: {}, message: `HTTP ${status} without a connectFi error envelope`,
        });
    }
    return errorFor({
        status,
        code: envelope.code,
        subCode: typeof envelope.subCode === 'string' ? envelope.subCode : undefined,
        context: envelope.context ?? {},
        message: typeof envelope.message === 'string' ? envelope.message : envelope.code,
        requestId: typeof envelope.requestId === 'string' ? envelope.requestId : undefined,
    });
}
