// connectFi's error envelope `{ requestId, code, subCode?, context, message }`, and the failures the server itself
// answers (bad input, auth, routing). Each is thrown as a `CallFailure` inside the pipeline and turned into an
// envelope in one place, so no code path can answer an error in another shape.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const pool = new Uint8Array(16 * 256);
let next = pool.length;
/**
* 32 lowercase hex characters, like connectFi's own `requestId`. Random bytes are drawn 4 KB at a time: one
* `getRandomValues` per request was a tenth of the pipeline's own time.
*/
export function newRequestId() {
	if (next === pool.length) {
		globalThis.crypto.getRandomValues(pool);
		next = 0;
	}
	let id = "";
	for (const end = next + 16; next < end; next++) id += HEX[pool[next]];
	return id;
}
export class CallFailure extends Error {
	status;
	code;
	context;
	headers;
	constructor(status, code, message, context = {}, headers = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.context = context;
		this.headers = headers;
	}
	envelope(requestId) {
		return {
			requestId,
			code: this.code,
			context: this.context,
			message: this.message
		};
	}
}
/** 400 `requestValidateError` with the Ajv error list, exactly as the real API answers. */
export const requestInvalid = (issues) => new CallFailure(400, "requestValidateError", "Request validation error", issues.map(({ instancePath, schemaPath, keyword, params, message }) => ({
	instancePath,
	schemaPath,
	keyword,
	params,
	message: message ?? keyword
})));
export const unauthorized = () => new CallFailure(401, "unauthorized", "Authentication error");
export const notFound = (method, path) => new CallFailure(404, "notFound", `No operation is documented at ${path}`, {
	method,
	path
});
export const methodNotAllowed = (method, path, allowed) => new CallFailure(405, "methodNotAllowed", `${method} is not documented for ${path}; use ${allowed.join(" or ")}`, {
	method,
	path,
	allowed
}, { allow: allowed.join(", ") });
export const payloadTooLarge = (limit) => new CallFailure(413, "payloadTooLarge", `The request body exceeds the limit of ${limit} bytes`, { limit }, { connection: "close" });
export const unsupportedMediaType = (received, expected) => new CallFailure(415, "unsupportedMediaType", `Send the body as ${expected.join(" or ")}${received ? `, not ${received}` : " with a content-type header"}`, {
	received: received ?? null,
	expected
});
export const malformedBody = (code, detail) => new CallFailure(400, code, `The request could not be parsed: ${detail}`, { detail });
export const notImplemented = (operationId) => new CallFailure(501, "notImplemented", `The server has no handler for ${operationId}`, { operationId });
export const internalError = () => new CallFailure(500, "internalError", "The handler failed; the requestId identifies the request in the server logs");
export const responseInvalid = (operationId, status, violations) => new CallFailure(500, "responseValidateError", `The handler of ${operationId} answered ${status} outside the documented contract`, {
	operationId,
	status,
	violations
});
