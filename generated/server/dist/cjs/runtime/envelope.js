// connectFi's error envelope `{ requestId, code, subCode?, context, message }`, and the failures the server itself
// answers (bad input, auth, routing). Each is thrown as a `CallFailure` inside the pipeline and turned into an
// envelope in one place, so no code path can answer an error in another shape.
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
var envelope_exports = {};
__export(envelope_exports, {
  CallFailure: () => CallFailure,
  internalError: () => internalError,
  malformedBody: () => malformedBody,
  methodNotAllowed: () => methodNotAllowed,
  newRequestId: () => newRequestId,
  notFound: () => notFound,
  notImplemented: () => notImplemented,
  payloadTooLarge: () => payloadTooLarge,
  requestInvalid: () => requestInvalid,
  responseInvalid: () => responseInvalid,
  unauthorized: () => unauthorized,
  unsupportedMediaType: () => unsupportedMediaType
});
module.exports = __toCommonJS(envelope_exports);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const pool = new Uint8Array(16 * 256);
let next = pool.length;
function newRequestId() {
  if (next === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    next = 0;
  }
  let id = "";
  for (const end = next + 16; next < end; next++) id += HEX[pool[next]];
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
    return {
      requestId,
      code: this.code,
      context: this.context,
      message: this.message
    };
  }
}
const requestInvalid = (issues) => new CallFailure(400, "requestValidateError", "Request validation error", issues.map(({ instancePath, schemaPath, keyword, params, message }) => ({
  instancePath,
  schemaPath,
  keyword,
  params,
  message: message ?? keyword
})));
const unauthorized = () => new CallFailure(401, "unauthorized", "Authentication error");
const notFound = (method, path) => new CallFailure(404, "notFound", `No operation is documented at ${path}`, {
  method,
  path
});
const methodNotAllowed = (method, path, allowed) => new CallFailure(405, "methodNotAllowed", `${method} is not documented for ${path}; use ${allowed.join(" or ")}`, {
  method,
  path,
  allowed
}, { allow: allowed.join(", ") });
const payloadTooLarge = (limit) => new CallFailure(413, "payloadTooLarge", `The request body exceeds the limit of ${limit} bytes`, { limit }, { connection: "close" });
const unsupportedMediaType = (received, expected) => new CallFailure(415, "unsupportedMediaType", `Send the body as ${expected.join(" or ")}${received ? `, not ${received}` : " with a content-type header"}`, {
  received: received ?? null,
  expected
});
const malformedBody = (code, detail) => new CallFailure(400, code, `The request could not be parsed: ${detail}`, { detail });
const notImplemented = (operationId) => new CallFailure(501, "notImplemented", `The server has no handler for ${operationId}`, { operationId });
const internalError = () => new CallFailure(500, "internalError", "The handler failed; the requestId identifies the request in the server logs");
const responseInvalid = (operationId, status, violations) => new CallFailure(500, "responseValidateError", `The handler of ${operationId} answered ${status} outside the documented contract`, {
  operationId,
  status,
  violations
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CallFailure,
  internalError,
  malformedBody,
  methodNotAllowed,
  newRequestId,
  notFound,
  notImplemented,
  payloadTooLarge,
  requestInvalid,
  responseInvalid,
  unauthorized,
  unsupportedMediaType
});
