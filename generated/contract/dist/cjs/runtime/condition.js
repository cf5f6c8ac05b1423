// The spec's conditions on one value (`x-connectfi-sandbox` match, `x-connectfi-prerequisites`), evaluated one way
// for every package that executes them: the sandbox deciding a trigger, the contract kit building a record that meets
// one. Numbers compare as numbers (a query string's "15.02" meets `eq: 15.02`); `between` is lower-exclusive and
// upper-inclusive, as the vendor writes "17.00 < amount ≤ 18.00"; a missing value meets `eq: null`.
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
var condition_exports = {};
__export(condition_exports, {
  holds: () => holds
});
module.exports = __toCommonJS(condition_exports);
const asNumber = (v) => typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
const equals = (value, expected) => value === expected || value === void 0 && expected === null || typeof expected === "number" && asNumber(value) === expected;
function holds(value, condition) {
  if ("eq" in condition) return equals(value, condition.eq);
  if ("ne" in condition) return !equals(value, condition.ne);
  if ("in" in condition) return condition.in.some((c) => c === value);
  if ("exists" in condition) return (value !== void 0 && value !== null) === condition.exists;
  if ("pattern" in condition) return typeof value === "string" && new RegExp(condition.pattern, "i").test(value);
  const n = asNumber(value);
  if (Number.isNaN(n)) return false;
  if ("gt" in condition) return n > condition.gt;
  if ("gte" in condition) return n >= condition.gte;
  if ("lt" in condition) return n < condition.lt;
  if ("lte" in condition) return n <= condition.lte;
  if ("between" in condition) return n > condition.between[0] && n <= condition.between[1];
  return false;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  holds
});
