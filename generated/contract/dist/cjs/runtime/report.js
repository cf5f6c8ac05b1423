// The verify report as text: one line per operation with its verdict, the details of each failure (what was
// wrong and the request as curl), and the summary line CI greps for.
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
var report_exports = {};
__export(report_exports, {
  operationLines: () => operationLines,
  summaryLine: () => summaryLine
});
module.exports = __toCommonJS(report_exports);
const LABEL = {
  passed: "PASS",
  failed: "FAIL",
  "needs state": "STATE"
};
function operationLines(result) {
  const counted = `${result.checks.length} check${result.checks.length === 1 ? "" : "s"}`;
  const lines = [`${LABEL[result.verdict].padEnd(5)} ${result.name} (${result.route}): ${result.verdict}, ${counted}`];
  for (const check of result.checks.filter((c) => c.verdict !== "passed")) {
    for (const problem of check.problems) lines.push(`      ${check.verdict === "failed" ? "\u2717" : "\u2026"} ${check.name}: ${problem}`);
    if (check.curl && check.verdict === "failed") lines.push(`        ${check.curl}`);
  }
  return lines;
}
function summaryLine(report) {
  const count = (verdict) => report.results.filter((r) => r.verdict === verdict).length;
  const checks = report.results.reduce((n, r) => n + r.checks.length, 0);
  return `contract: ${count("passed")} passed, ${count("failed")} failed, ${count("needs state")} need state (${checks} checks against ${report.target} in ${(report.ms / 1e3).toFixed(1)} s)`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  operationLines,
  summaryLine
});
