// What a JSON body that failed validation answers when some failures are business rules (`x-connectfi-errors` in
// the spec: `x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`). The vendor
// checks the schema first and the business rules after, so a rule's code is answered only when the body is valid
// apart from it: each failing value is replaced by one that satisfies its keyword and the body validated again,
// which also sorts out the noise of `oneOf` branches the body never meant.
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
var business_rules_exports = {};
__export(business_rules_exports, {
  judgeInvalidBody: () => judgeInvalidBody
});
module.exports = __toCommonJS(business_rules_exports);
var import_envelope = require("./envelope.js");
var import_json_pointer = require("./json-pointer.js");
const KEYWORDS = {
  "x-amountPrecision": {
    schemaConstraint: true,
    repair(sent, digits) {
      const scale = 10 ** Number(digits);
      const truncated = Math.trunc(Number(sent) * scale) / scale;
      return truncated === 0 ? 1 / scale : truncated;
    }
  },
  "x-connectfi-supported": { schemaConstraint: false, repair: (_sent, supported) => supported[0] }
};
function valueAt(root, pointer) {
  return (0, import_json_pointer.segmentsOf)(pointer).reduce((node, key) => node?.[key], root);
}
function replaceAt(root, pointer, value) {
  const segments = (0, import_json_pointer.segmentsOf)(pointer);
  const last = segments.pop();
  const parent = segments.reduce((node, key) => node?.[key], root);
  if (last !== void 0 && parent && typeof parent === "object") parent[last] = value;
}
function failureOf(answer, issue, sent) {
  const property = (0, import_json_pointer.segmentsOf)(issue.instancePath).pop() ?? "value";
  const context = { ...answer.echoValue ? { [property]: sent } : {}, ...answer.context };
  const detail = Object.entries(context).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`).join(", ");
  return new import_envelope.CallFailure(answer.status, answer.code, answer.detailInMessage && detail ? `${answer.message} (${detail})` : answer.message, context);
}
function judgeInvalidBody(spec, body, issues) {
  const rules = spec.businessRules ?? {};
  const isBusiness = (issue) => rules[issue.keyword] !== void 0 && KEYWORDS[issue.keyword] !== void 0;
  const business = issues.filter(isBusiness);
  if (!business.length) return (0, import_envelope.requestInvalid)(issues);
  const reportable = issues.filter((issue) => !isBusiness(issue) || rules[issue.keyword].answer || KEYWORDS[issue.keyword].schemaConstraint);
  const repaired = structuredClone(body);
  for (const issue of business) replaceAt(repaired, issue.instancePath, KEYWORDS[issue.keyword].repair(valueAt(body, issue.instancePath), rules[issue.keyword].value));
  if (!spec.validate(repaired)) return (0, import_envelope.requestInvalid)(reportable);
  const answered = business.find((issue) => rules[issue.keyword].answer);
  if (answered) return failureOf(rules[answered.keyword].answer, answered, valueAt(body, answered.instancePath));
  const constraints = business.filter((issue, i) => KEYWORDS[issue.keyword].schemaConstraint && business.findIndex((other) => other.instancePath === issue.instancePath && other.keyword === issue.keyword) === i);
  return constraints.length ? (0, import_envelope.requestInvalid)(constraints) : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  judgeInvalidBody
});
