// What a JSON body that failed validation answers when some failures are business rules (`x-connectfi-errors` in
// the spec: `x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`, `maximum` of
// NumberOfRecords -> `greaterNumberOfRecords`, a query's `oneOf` -> `transactionQuery`). The vendor checks the schema
// first and the business rules after, so a rule's code is answered only when the body is valid apart from it: each
// failing value is replaced by one that satisfies its keyword and the body validated again, which also sorts out the
// noise of `oneOf` branches the body never meant. A rule holds only where its schema applies (`at`), so another
// property's `maximum` is still a schema error.
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
  JUDGED_KEYWORDS: () => JUDGED_KEYWORDS,
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
  "x-connectfi-supported": {
    schemaConstraint: false,
    repair: (_sent, supported) => supported[0]
  },
  maximum: {
    schemaConstraint: true,
    repair: (_sent, maximum) => maximum
  },
  // Several branches matched (`passingSchemas`), as when a query sends both `cFiTransactionIds` and `references`:
  // keep the first matching branch's keys and drop the keys only the other matching branches require.
  oneOf: {
    schemaConstraint: true,
    judges: (issue) => Array.isArray(issue.params.passingSchemas),
    repair(sent, branchKeys, issue) {
      const keys = branchKeys;
      const [kept, ...others] = issue.params.passingSchemas;
      const drop = others.flatMap((i) => keys[i] ?? []).filter((key) => !(keys[kept] ?? []).includes(key));
      return sent && typeof sent === "object" ? Object.fromEntries(Object.entries(sent).filter(([key]) => !drop.includes(key))) : sent;
    }
  }
};
const JUDGED_KEYWORDS = Object.keys(KEYWORDS);
function covers(pattern, pointer) {
  if (pattern === pointer) return true;
  const want = (0, import_json_pointer.segmentsOf)(pattern);
  const have = (0, import_json_pointer.segmentsOf)(pointer);
  return want.length === have.length && want.every((segment, i) => segment === "*" || segment === have[i]);
}
function valueAt(root, pointer) {
  return (0, import_json_pointer.segmentsOf)(pointer).reduce((node, key) => node?.[key], root);
}
function replaceAt(root, pointer, value) {
  const segments = (0, import_json_pointer.segmentsOf)(pointer);
  const last = segments.pop();
  if (last === void 0) return value;
  const parent = segments.reduce((node, key) => node?.[key], root);
  if (parent && typeof parent === "object") parent[last] = value;
  return root;
}
function failureOf(answer, issue, sent) {
  const property = (0, import_json_pointer.segmentsOf)(issue.instancePath).pop() ?? "value";
  const context = {
    ...answer.echoValue ? { [property]: sent } : {},
    ...answer.context
  };
  const detail = Object.entries(context).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`).join(", ");
  return new import_envelope.CallFailure(answer.status, answer.code, answer.detailInMessage && detail ? `${answer.message} (${detail})` : answer.message, context);
}
function judgeInvalidBody(spec, body, issues) {
  const rules = spec.businessRules ?? [];
  const ruleOf = (issue) => {
    const semantics = KEYWORDS[issue.keyword];
    if (!semantics || semantics.judges && !semantics.judges(issue)) return void 0;
    return rules.find((rule) => rule.keyword === issue.keyword && rule.at.some((pattern) => covers(pattern, issue.instancePath)));
  };
  const judged = issues.flatMap((issue) => {
    const rule = ruleOf(issue);
    return rule ? [{
      issue,
      rule
    }] : [];
  });
  if (!judged.length) return (0, import_envelope.requestInvalid)(issues);
  const reportable = issues.filter((issue) => {
    const rule = ruleOf(issue);
    return !rule || rule.answer || KEYWORDS[issue.keyword].schemaConstraint;
  });
  let repaired = structuredClone(body);
  for (const { issue, rule } of judged) {
    repaired = replaceAt(repaired, issue.instancePath, KEYWORDS[issue.keyword].repair(valueAt(repaired, issue.instancePath), rule.value, issue));
  }
  if (!spec.validate(repaired)) return (0, import_envelope.requestInvalid)(reportable);
  const answered = judged.find(({ rule }) => rule.answer);
  if (answered) return failureOf(answered.rule.answer, answered.issue, valueAt(body, answered.issue.instancePath));
  const constraints = judged.map(({ issue }) => issue).filter((issue, i, all) => KEYWORDS[issue.keyword].schemaConstraint && all.findIndex((other) => other.instancePath === issue.instancePath && other.keyword === issue.keyword) === i);
  return constraints.length ? (0, import_envelope.requestInvalid)(constraints) : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  JUDGED_KEYWORDS,
  judgeInvalidBody
});
