// JUnit XML for CI test reporters: one testcase per operation; a failure carries every problem and its curl, a
// "needs state" is `skipped` with its reason (the kit could not run it, which is not a pass).
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
var junit_exports = {};
__export(junit_exports, {
  junitXml: () => junitXml
});
module.exports = __toCommonJS(junit_exports);
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;"
})[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
function junitXml(report, timestamp = /* @__PURE__ */ new Date()) {
  const failures = report.results.filter((r) => r.verdict === "failed").length;
  const skipped = report.results.filter((r) => r.verdict === "needs state").length;
  const seconds = (ms) => (ms / 1e3).toFixed(3);
  const cases = report.results.map((r) => {
    const open = `    <testcase classname="connectfi-contract" name="${escapeXml(r.name)}" time="${seconds(r.ms)}">`;
    const problems = r.checks.filter((c) => c.verdict === r.verdict && r.verdict !== "passed");
    const details = problems.flatMap((c) => [...c.problems.map((p) => `${c.name}: ${p}`), ...c.curl && r.verdict === "failed" ? [`  ${c.curl}`] : []]).join("\n");
    if (r.verdict === "failed") return `${open}
      <failure message="${escapeXml(problems[0]?.problems[0] ?? "failed")}" type="contract">${escapeXml(details)}</failure>
    </testcase>`;
    if (r.verdict === "needs state") return `${open}
      <skipped message="${escapeXml(`needs state: ${problems[0]?.problems[0] ?? ""}`)}"/>
    </testcase>`;
    return `${open}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="connectfi-contract" tests="${report.results.length}" failures="${failures}" skipped="${skipped}" time="${seconds(report.ms)}">`,
    `  <testsuite name="connectfi-contract verify ${escapeXml(report.target)}" tests="${report.results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.ms)}" timestamp="${timestamp.toISOString().slice(0, 19)}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  junitXml
});
