// String length in Unicode code points, as JSON Schema's minLength/maxLength count it; the generated webhook
// validators call this instead of Ajv's runtime module, so the client needs no Ajv.
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
var ucs2length_exports = {};
__export(ucs2length_exports, {
  default: () => ucs2length
});
module.exports = __toCommonJS(ucs2length_exports);
function ucs2length(text) {
  let length = 0;
  for (let pos = 0; pos < text.length; length++) {
    const code = text.charCodeAt(pos++);
    if (code >= 55296 && code <= 56319 && pos < text.length && (text.charCodeAt(pos) & 64512) === 56320) pos++;
  }
  return length;
}
