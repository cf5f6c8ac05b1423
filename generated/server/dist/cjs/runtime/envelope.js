"use strict";
// connectFi's error envelope `{ requestId, code, subCode?, context, message }`, and the failures the server itself
// answers (bad input, auth, routing). Each is thrown as a `CallFailure` inside the pipeline and turned into an
// envelope in one place, so no code path can answer an error in another shape.
Object.defineProperty(exports, "__esModule", { value: true });
exports.responseInvalid = exports.internalError = exports.notImplemented = exports.malformedBody = exports.unsupportedMediaType = exports.payloadTooLarge = exports.methodNotAllowed = exports.notFound = exports.unauthorized = exports.requestInvalid = exports.CallFailure = void 0;
exports.newRequestId = newRequestId;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pool = new Uint8Array(16 * 256);
let next = pool.length;
/**
 * 32 lowercase hex characters, like connectFi's own `requestId`. Random bytes are drawn 4 KB at a time: one
 * `getRandomValues` per request was a tenth of the pipeline's own time.
 */
function newRequestId() {
    if (next === pool.length) {
        globalThis.crypto.getRandomValues(pool);
        next = 0;
    }
    let id = '';
    for (const end = next + 16; next < end; next++)
        id += HEX[pool[next]];
    return id;
}
class CallFailure extends Error {
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
        return { requestId, code: this.code, context: this.context, message: this.message };
    }
}
exports.CallFailure = CallFailure;
/** 400 `requestValidateError` with the Ajv error list, exactly as the real API answers. */
const requestInvalid = (issues) => new CallFailure(400, 'requestValidateError', 'Request validation error', issues.map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message: message ?? keyword })));
exports.requestInvalid = requestInvalid;
const unauthorized = () => new CallFailure(401, 'unauthorized', 'Authentication error');
exports.unauthorized = unauthorized;
const notFound = (method, path) => new CallFailure(404, 'notFound', `No operation is documented at ${path}`, { method, path });
exports.notFound = notFound;
const methodNotAllowed = (method, path, allowed) => new CallFailure(405, 'methodNotAllowed', `${method} is not documented for ${path}; use ${allowed.join(' or ')}`, { method, path, allowed }, { allow: allowed.join(', ') });
exports.methodNotAllowed = methodNotAllowed;
const payloadTooLarge = (limit) => new CallFailure(413, 'payloadTooLarge', `The request body exceeds the limit of ${limit} bytes`, { limit }, { connection: 'close' });
exports.payloadTooLarge = payloadTooLarge;
const unsupportedMediaType = (received, expected) => new CallFailure(415, 'unsupportedMediaType', `Send the body as ${expected.join(' or ')}${received ? `, not ${received}` : ' with a content-type header'}`, { received: received ?? null, expected });
exports.unsupportedMediaType = unsupportedMediaType;
const malformedBody = (code, detail) => new CallFailure(400, code, `The request could not be parsed: ${detail}`, { detail });
exports.malformedBody = malformedBody;
const notImplemented = (operationId) => new CallFailure(501, 'notImplemented', `The server has no handler for ${operationId}`, { operationId });
exports.notImplemented = notImplemented;
const internalError = () => new CallFailure(500, 'internalError', 'The handler failed; the requestId identifies the request in the server logs');
exports.internalError = internalError;
const responseInvalid = (operationId, status, violations) => new CallFailure(500, 'responseValidateError', `The handler of ${operationId} answered ${status} outside the documented contract`, { operationId, status, violations });
exports.responseInvalid = responseInvalid;
