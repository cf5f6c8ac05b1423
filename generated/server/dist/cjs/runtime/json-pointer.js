// JSON pointer segments (RFC 6901), the way Ajv's instancePath writes them: the one codec, for the server's runtime
// and for the generators (generators/src/ir/pointer.ts builds the IR's pointers on it).
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
var json_pointer_exports = {};
__export(json_pointer_exports, {
  decodeSegment: () => decodeSegment,
  encodeSegment: () => encodeSegment,
  segmentsOf: () => segmentsOf
});
module.exports = __toCommonJS(json_pointer_exports);
const encodeSegment = (name) => String(name).replace(/~/g, "~0").replace(/\//g, "~1");
const decodeSegment = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
const segmentsOf = (pointer) => pointer.split("/").slice(1).map(decodeSegment);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  decodeSegment,
  encodeSegment,
  segmentsOf
});
