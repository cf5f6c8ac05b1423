// The errors the client throws, under one root, `ConnectFiError`, so one `instanceof` catches everything the client
// raises. connectFi's answers are `APIError`s in two levels: the HTTP status, then the connectFi `code` users branch
// on. Network failures, timeouts and cancellations carry no connectFi answer; each keeps its `cause`.
import { redact } from "./redact.js";
/** The root of every error the client throws. */
export class ConnectFiError extends Error {
	constructor(message, options) {
		super(message, options);
		this.name = new.target.name;
	}
}
/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
export class APIError extends ConnectFiError {
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
		this.context = redact(fields.context);
		this.requestId = fields.requestId;
		this.headers = fields.headers ?? new Headers();
	}
}
/** The server's message, followed by every schema violation it listed (`/amount must have at most 2 decimals`). */
function describeFailure(fields) {
	if (fields.code !== "requestValidateError" || !Array.isArray(fields.context) || !fields.context.length) return fields.message;
	const violations = redact(fields.context).map((item) => `${item?.instancePath || "/"} ${item?.message ?? item?.keyword ?? "is invalid"}`);
	return `${fields.message}: ${violations.join("; ")}`;
}
export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}
/** `requestValidateError`: the body failed connectFi's schema; `items` lists every violation. */
export class RequestValidateError extends BadRequestError {
	get items() {
		return Array.isArray(this.context) ? this.context : [];
	}
}
/** `referenceExists`: a creation reused a `reference`; `entityId` is the existing entity's id. */
export class ReferenceExistsError extends BadRequestError {
	get reference() {
		return this.context?.reference;
	}
	get entityId() {
		return this.context?.entityId;
	}
}
/** `unauthorized`: the token is missing, wrong or expired, or the login failed. */
export class UnauthorizedError extends AuthenticationError {}
/**
* A retried creation answered `referenceExists` and the existing record could not be read back (the rail has no
* query by reference, or it found nothing). The first attempt most likely succeeded: `entityId` names what it
* created. `firstAttemptError` is why the client retried.
*/
export class DuplicateAfterRetryError extends ReferenceExistsError {
	firstAttemptError;
}
/** The reply could not be read as connectFi answers (not JSON, or not an envelope). */
export class InvalidResponseError extends APIError {}
/** The request never got an HTTP answer (DNS, refused connection, reset); `cause` is fetch's own error. */
export class ConnectFiConnectionError extends ConnectFiError {}
/** The call (all attempts) exceeded its timeout. */
export class ConnectFiTimeoutError extends ConnectFiConnectionError {}
/** The caller's AbortSignal cancelled the call; `cause` is the signal's reason. */
export class ConnectFiAbortError extends ConnectFiError {
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
/**
* The most specific class: the code's class when it refines the status's class (or when a 2xx carried the
* error), else the status's class, so `instanceof BadRequestError` never lies about the status.
*/
export function errorFor(fields) {
	const byStatus = statusClass(fields.status);
	const byCode = BY_CODE[fields.code];
	const refines = byCode && (byCode.prototype instanceof byStatus || fields.status >= 200 && fields.status < 300);
	const Class = refines ? byCode : byStatus;
	return new Class(fields);
}
/** Reads an error body (any shape) into an error of the right class. */
export function errorFromBody(status, body, headers) {
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
		subCode: typeof envelope.subCode === "string" ? envelope.subCode : undefined,
		context: envelope.context ?? {},
		message: typeof envelope.message === "string" ? envelope.message : envelope.code,
		requestId: typeof envelope.requestId === "string" ? envelope.requestId : undefined,
		headers
	});
}
