// Turns a handler's `{ status, body, contentType?, headers? }` into bytes on the wire. The media type defaults to
// the one the spec documents for that status, so a CSV export answers text/csv without the handler saying so.
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
var serialise_exports = {};
__export(serialise_exports, {
  serialise: () => serialise
});
module.exports = __toCommonJS(serialise_exports);
var import_envelope = require("./envelope.js");
var import_media = require("./media.js");
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;
const invalid = (route, what) => new import_envelope.CallFailure(500, "internalError", `The handler of ${route.operationId} answered ${what}`, { operationId: route.operationId });
function checkedHeaders(route, headers) {
  if (headers === void 0) return {};
  if (!headers || typeof headers !== "object") throw invalid(route, "headers that are not an object");
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || typeof value !== "string" || FORBIDDEN_IN_VALUE.test(value)) throw invalid(route, `an invalid header ${JSON.stringify(name)}`);
  }
  return { ...headers };
}
function serialise(route, answer) {
  if (!answer || typeof answer !== "object" || !Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
    throw invalid(route, "without an HTTP status between 200 and 599");
  }
  const headers = checkedHeaders(route, answer.headers);
  if (answer.body === void 0) return {
    status: answer.status,
    headers
  };
  const key = (0, import_media.documentedStatus)(route.responses, answer.status);
  const documented = key ? Object.keys(route.responses[key]) : [];
  const contentType = answer.contentType ?? documented[0] ?? (typeof answer.body === "string" ? "text/plain" : "application/json");
  headers["content-type"] = contentType;
  const raw = typeof answer.body === "string" || answer.body instanceof Uint8Array;
  const body = (0, import_media.isJsonMediaType)(contentType) || !raw ? JSON.stringify(answer.body) : answer.body;
  return {
    status: answer.status,
    headers,
    body
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  serialise
});
