export interface ErrorEnvelopeFields {
	status: number;
	code: string;
	subCode?: string;
	context: unknown;
	message: string;
	requestId?: string;
	/** The answer's HTTP headers (rate limits, Retry-After, a gateway's own ids). */
	headers?: Headers;
}
/** The root of every error the client throws. */
export declare class ConnectFiError extends Error {
	constructor(message: string, options?: {
		cause?: unknown;
	});
}
/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
export declare class APIError extends ConnectFiError {
	readonly status: number;
	readonly code: string;
	readonly subCode?: string;
	readonly context: unknown;
	readonly requestId?: string;
	readonly headers: Headers;
	constructor(fields: ErrorEnvelopeFields);
}
export declare class BadRequestError extends APIError {}
export declare class AuthenticationError extends APIError {}
export declare class PermissionDeniedError extends APIError {}
export declare class NotFoundError extends APIError {}
export declare class ConflictError extends APIError {}
export declare class UnprocessableEntityError extends APIError {}
export declare class RateLimitError extends APIError {}
export declare class InternalServerError extends APIError {}
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
export declare class UnauthorizedError extends AuthenticationError {}
/**
* A retried creation answered `referenceExists` and the existing record could not be read back (the rail has no
* query by reference, or it found nothing). The first attempt most likely succeeded: `entityId` names what it
* created. `firstAttemptError` is why the client retried.
*/
export declare class DuplicateAfterRetryError extends ReferenceExistsError {
	firstAttemptError?: unknown;
}
/** The reply could not be read as connectFi answers (not JSON, or not an envelope). */
export declare class InvalidResponseError extends APIError {}
/** The request never got an HTTP answer (DNS, refused connection, reset); `cause` is fetch's own error. */
export declare class ConnectFiConnectionError extends ConnectFiError {}
/** The call (all attempts) exceeded its timeout. */
export declare class ConnectFiTimeoutError extends ConnectFiConnectionError {}
/** The caller's AbortSignal cancelled the call; `cause` is the signal's reason. */
export declare class ConnectFiAbortError extends ConnectFiError {
	constructor(options?: {
		cause?: unknown;
	});
}
/**
* The most specific class: the code's class when it refines the status's class (or when a 2xx carried the
* error), else the status's class, so `instanceof BadRequestError` never lies about the status.
*/
export declare function errorFor(fields: ErrorEnvelopeFields): APIError;
/** Reads an error body (any shape) into an error of the right class. */
export declare function errorFromBody(status: number, body: unknown, headers?: Headers): APIError;
