"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingBody = exports.essence = void 0;
exports.acceptedMediaType = acceptedMediaType;
exports.readLimited = readLimited;
exports.parseJson = parseJson;
exports.assertPresent = assertPresent;
// Reading a request body within its size limit, and parsing it by media type: JSON, or multipart/form-data for
// uploads. The size is checked before anything is parsed: first the declared content-length, then while reading.
const call_js_1 = require("./call.js");
const envelope_js_1 = require("./envelope.js");
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** `application/json; charset=utf-8` -> `application/json`. */
const essence = (contentType) => contentType?.split(';', 1)[0].trim().toLowerCase();
exports.essence = essence;
function acceptedMediaType(spec, contentType) {
    if (contentType !== undefined && spec.mediaTypes.includes(contentType))
        return contentType;
    const type = (0, exports.essence)(contentType);
    const accepted = spec.mediaTypes.find((m) => m === type);
    if (!accepted)
        throw (0, envelope_js_1.unsupportedMediaType)(type || undefined, spec.mediaTypes);
    return accepted;
}
async function readLimited(call, limit) {
    const declared = Number(call.header('content-length'));
    if (declared > limit)
        throw (0, envelope_js_1.payloadTooLarge)(limit);
    const bytes = await call.readBody(limit);
    if (bytes === call_js_1.TOO_LARGE)
        throw (0, envelope_js_1.payloadTooLarge)(limit);
    return bytes;
}
function parseJson(bytes) {
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        throw (0, envelope_js_1.malformedBody)('invalidJson', 'the body is not valid UTF-8');
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0, envelope_js_1.malformedBody)('invalidJson', error.message);
    }
}
/** The Ajv-style issue for a body the operation requires but the request left empty. */
const missingBody = () => ({
    instancePath: '',
    schemaPath: '#/requestBody/required',
    keyword: 'required',
    params: { missingProperty: 'body' },
    message: 'must have a request body',
});
exports.missingBody = missingBody;
function assertPresent(spec, bytes) {
    if (bytes.length > 0)
        return true;
    if (spec.required)
        throw (0, envelope_js_1.requestInvalid)([(0, exports.missingBody)()]);
    return false;
}
