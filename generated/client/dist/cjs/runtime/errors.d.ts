export interface ErrorEnvelopeFields {
    status: number;
    code: string;
    subCode?: string;
    context: unknown;
    message: string;
    requestId?: string;
}
/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
export declare class ConnectFiError extends Error {
    readonly status: number;
    readonly code: string;
    readonly subCode?: string;
    readonly context: unknown;
    readonly requestId?: string;
    constructor(fields: ErrorEnvelopeFields);
}
export declare class BadRequestError extends ConnectFiError {
}
export declare class AuthenticationError extends ConnectFiError {
}
export declare class PermissionDeniedError extends ConnectFiError {
}
export declare class NotFoundError extends ConnectFiError {
}
export declare class ConflictError extends ConnectFiError {
}
export declare class UnprocessableEntityError extends ConnectFiError {
}
export declare class RateLimitError extends ConnectFiError {
}
export declare class InternalServerError extends ConnectFiError {
}
export interface ValidationItem {
    instancePath: string;
    schemaPath: string;
    keyword: string;
    params: Record<string, unknown>;
    message: string;
}
/** `requestValidateError`: the body failed connectFi's schema; `items` lists every violation. */
export declare class RequestValidateError extends BadRequestError {
    get items(): ValidationItem[];
}
/** `referenceExists`: a creation reused a `reference`; `entityId` is the existing entity's id. */
export declare class ReferenceExistsError extends BadRequestError {
    get reference(): string | undefined;
    get entityId(): string | undefined;
}
/** `unauthorized`: the token is missing, wrong or expired, or the login failed. */
export declare class UnauthorizedError extends AuthenticationError {
}
/**
 * A retried creation answered `referenceExists` and the existing record could not be read back (the rail has no
 * query by reference, or it found nothing). The first attempt most likely succeeded: `entityId` names what it
 * created. `firstAttemptError` is why the client retried.
 */
export declare class DuplicateAfterRetryError extends ReferenceExistsError {
    firstAttemptError?: unknown;
}
/** The reply could not be read as connectFi answers (not JSON, or not an envelope). */
export declare class InvalidResponseError extends ConnectFiError {
}
/** The request never got an HTTP answer (DNS, refused connection, reset). */
export declare class ConnectFiConnectionError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** The call (all attempts) exceeded its timeout. */
export declare class ConnectFiTimeoutError extends ConnectFiConnectionError {
}
/** The caller's AbortSignal cancelled the call. */
export declare class ConnectFiAbortError extends Error {
    constructor(options?: {
        cause?: unknown;
    });
}
/**
 * The most specific class: the code's class when it refines the status's class (or when a 2xx carried the
 * error), else the status's class, so `instanceof BadRequestError` never lies about the status.
 */
export declare function errorFor(fields: ErrorEnvelopeFields): ConnectFiError;
/** Reads an error body (any shape) into an error of the right class. */
export declare function errorFromBody(status: number, body: unknown): ConnectFiError;
