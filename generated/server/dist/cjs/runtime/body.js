// Reading a request body within its size limit, and parsing it by media type: JSON, or multipart/form-data for
// uploads. The size is checked before anything is parsed: first the declared content-length, then while reading.
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
var body_exports = {};
__export(body_exports, {
  acceptedMediaType: () => acceptedMediaType,
  assertPresent: () => assertPresent,
  essence: () => essence,
  missingBody: () => missingBody,
  parseJson: () => parseJson,
  readLimited: () => readLimited
});
module.exports = __toCommonJS(body_exports);
var import_call = require("./call.js");
var import_envelope = require("./envelope.js");
const utf8 = new TextDecoder("utf-8", { fatal: true });
const essence = (contentType) => contentType?.split(";", 1)[0].trim().toLowerCase();
function acceptedMediaType(spec, contentType) {
  if (contentType !== void 0 && spec.mediaTypes.includes(contentType)) return contentType;
  const type = essence(contentType);
  const accepted = spec.mediaTypes.find((m) => m === type);
  if (!accepted) throw (0, import_envelope.unsupportedMediaType)(type || void 0, spec.mediaTypes);
  return accepted;
}
async function readLimited(call, limit) {
  const declared = Number(call.header("content-length"));
  if (declared > limit) throw (0, import_envelope.payloadTooLarge)(limit);
  const bytes = await call.readBody(limit);
  if (bytes === import_call.TOO_LARGE) throw (0, import_envelope.payloadTooLarge)(limit);
  return bytes;
}
function parseJson(bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw (0, import_envelope.malformedBody)("invalidJson", "the body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw (0, import_envelope.malformedBody)("invalidJson", error.message);
  }
}
const missingBody = () => ({
  instancePath: "",
  schemaPath: "#/requestBody/required",
  keyword: "required",
  params: { missingProperty: "body" },
  message: "must have a request body"
});
function assertPresent(spec, bytes) {
  if (bytes.length > 0) return true;
  if (spec.required) throw (0, import_envelope.requestInvalid)([missingBody()]);
  return false;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  acceptedMediaType,
  assertPresent,
  essence,
  missingBody,
  parseJson,
  readLimited
});
