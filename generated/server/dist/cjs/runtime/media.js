// Which documented response an answer belongs to, and whether a media type carries JSON.
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
var media_exports = {};
__export(media_exports, {
  documentedStatus: () => documentedStatus,
  isJsonMediaType: () => isJsonMediaType
});
module.exports = __toCommonJS(media_exports);
const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;
const isJsonMediaType = (type) => type === "application/json" || JSON_MEDIA.test(type);
function documentedStatus(responses, status) {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact[0]}XX`;
  if (range in responses) return range;
  return "default" in responses ? "default" : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  documentedStatus,
  isJsonMediaType
});
