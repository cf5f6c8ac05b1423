// What a verify run finds: one result per check, folded into one verdict per operation.
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
var results_exports = {};
__export(results_exports, {
  foldVerdict: () => foldVerdict
});
module.exports = __toCommonJS(results_exports);
function foldVerdict(checks) {
  if (checks.some((c) => c.verdict === "failed")) return "failed";
  if (checks.some((c) => c.verdict === "needs state")) return "needs state";
  return "passed";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  foldVerdict
});
