// Secrets never leave the client in an error or a log line: any key that names a credential is masked, wherever
// it sits in a value the server echoed back.
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
var redact_exports = {};
__export(redact_exports, {
  REDACTED: () => REDACTED,
  isSecretKey: () => isSecretKey,
  redact: () => redact
});
module.exports = __toCommonJS(redact_exports);
const SECRET_KEY = /pass(word)?|token|secret|pan$|cvv|encrypted|accountNumber/i;
const REDACTED = "[redacted]";
const isSecretKey = (key) => SECRET_KEY.test(key);
function redact(value, depth = 0) {
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && typeof v !== "object" ? REDACTED : redact(v, depth + 1)]));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  REDACTED,
  isSecretKey,
  redact
});
