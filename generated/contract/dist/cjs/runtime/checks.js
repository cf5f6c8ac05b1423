// The checks of one operation: every documented request example, the negative cases, and auth. Each turns one
// exchange into a verdict; a 5xx, a 501, a timeout or a connection error always fails.
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
var checks_exports = {};
__export(checks_exports, {
  authChecks: () => authChecks,
  negativeCheck: () => negativeCheck,
  positiveCheck: () => positiveCheck
});
module.exports = __toCommonJS(checks_exports);
var import_answer_check = require("./answer-check.js");
var import_curl = require("./curl.js");
var import_session = require("./session.js");
var import_state = require("./state.js");
const failed = (session, name, ex, problems) => ({
  name,
  verdict: "failed",
  problems,
  curl: (0, import_curl.curlOf)(ex.request, session.secrets)
});
const passed = (name) => ({
  name,
  verdict: "passed",
  problems: []
});
function refusalProblems(session, op, ex) {
  const documented = op.responses[String(ex.status)];
  return (0, import_answer_check.judgeAgainst)(ex, documented ?? { "application/json": session.table.errorEnvelope }, session.validators);
}
function stateReason(op, answer, code, example) {
  const prerequisite = op.prerequisites.find((p) => p.code !== void 0 && p.code === code);
  if (prerequisite) return `example ${example}: answered ${answer}: needs ${prerequisite.that}`;
  return `example ${example}: answered ${answer} (documented): it needs a record or condition the provider does not have, and the contract states no behaviour for ${op.operationId} that would create it`;
}
async function positiveCheck(session, op, positive) {
  const name = `example ${positive.example}`;
  if (op.login && !session.credentials) return {
    name,
    verdict: "needs state",
    problems: ["logging in needs --login and --password (verify ran with --token)"]
  };
  const setup = await (0, import_state.setUp)(session, op, positive);
  const ex = await (0, import_session.call)(session, op, setup.request);
  const { problems, code } = (0, import_answer_check.judge)(op, ex, session.validators);
  const on = setup.note ? ` (${setup.note})` : "";
  if (problems.length) return failed(session, name, ex, problems.map((p) => `${p}${on}`));
  const status = ex.status;
  const short = (verdict) => setup.shortfall && verdict.verdict === "failed" ? {
    name,
    verdict: "needs state",
    problems: [`${setup.shortfall.needsState}; the example answered ${(0, import_answer_check.describeAnswer)(ex)}`],
    curl: setup.shortfall.curl ?? (0, import_curl.curlOf)(ex.request, session.secrets)
  } : verdict;
  if (session.sandbox && positive.trigger) {
    const expected = "error" in positive.trigger.outcome ? positive.trigger.outcome.error : void 0;
    const prerequisite = !setup.note && status >= 400 && !(expected && expected.code === code) && op.prerequisites.some((p) => p.code !== void 0 && p.code === code);
    if (prerequisite) return {
      name,
      verdict: "needs state",
      problems: [stateReason(op, (0, import_answer_check.describeAnswer)(ex), code, positive.example)],
      curl: (0, import_curl.curlOf)(ex.request, session.secrets)
    };
    return short(triggerVerdict(session, name, ex, positive.trigger, on));
  }
  if (status >= 200 && status < 300) return passed(name);
  const documentedError = positive.trigger && "error" in positive.trigger.outcome ? positive.trigger.outcome.error : void 0;
  if (documentedError && String(status) === documentedError.status && code === documentedError.code) return passed(name);
  if (status === 401) return failed(session, name, ex, [op.login ? "refused the login and password given (401)" : `refused the token the provider issued at login: ${(0, import_answer_check.describeAnswer)(ex)}`]);
  if (setup.shortfall) return short(failed(session, name, ex, []));
  if (status === 400 && code === "requestValidateError") return failed(session, name, ex, [`refused its own documented example as invalid: ${(0, import_answer_check.describeAnswer)(ex)}${on}`]);
  if (setup.note) return failed(session, name, ex, [`answered ${(0, import_answer_check.describeAnswer)(ex)} on a record created for it${on}`]);
  return {
    name,
    verdict: "needs state",
    problems: [stateReason(op, (0, import_answer_check.describeAnswer)(ex), code, positive.example)],
    curl: (0, import_curl.curlOf)(ex.request, session.secrets)
  };
}
function triggerVerdict(session, name, ex, trigger, on) {
  const { outcome } = trigger;
  const got = (0, import_answer_check.describeAnswer)(ex);
  if ("error" in outcome) {
    const { status, code } = outcome.error;
    return String(ex.status) === status && (0, import_answer_check.codeOf)(ex) === code ? passed(name) : failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to answer ${status} ${code}; answered ${got}${on}`]);
  }
  const record = ex.json?.data;
  const actual = outcome.field ? record?.[outcome.field] : void 0;
  if (ex.status < 300 && (!outcome.field || actual === outcome.status)) return passed(name);
  return failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to create the record ${outcome.status}; answered ${got}${outcome.field ? ` with ${outcome.field} ${String(actual)}` : ""}${on}`]);
}
async function negativeCheck(session, op, negative) {
  const name = `negative ${negative.kind}`;
  const ex = await (0, import_session.call)(session, op, (0, import_session.prepare)(session, op, negative.request, false));
  const transport = (0, import_answer_check.transportProblem)(ex);
  if (transport) return failed(session, name, ex, [`${negative.fault}: ${transport}`]);
  const status = ex.status;
  if (status >= 200 && status < 300) return failed(session, name, ex, [`${negative.fault}: accepted with ${status}, where the contract refuses it with ${negative.expect.join(" or ")}`]);
  if (!negative.expect.includes(status)) return failed(session, name, ex, [`${negative.fault}: answered ${(0, import_answer_check.describeAnswer)(ex)}, expected ${negative.expect.join(" or ")}`]);
  const problems = negative.kind === "wrongMethod" ? (0, import_answer_check.judgeAgainst)(ex, { "application/json": session.table.errorEnvelope }, session.validators) : refusalProblems(session, op, ex);
  if (negative.code && (0, import_answer_check.codeOf)(ex) !== negative.code) problems.push(`code ${(0, import_answer_check.codeOf)(ex) ?? "(none)"} where ${negative.code} is documented`);
  return problems.length ? failed(session, name, ex, problems.map((p) => `${negative.fault}: ${p}`)) : passed(name);
}
async function authChecks(session, op) {
  if (!op.secured) return [];
  const request = (0, import_session.prepare)(session, op, op.positives[0].request);
  const forged = `forged${(session.token ?? "x".repeat(32)).slice(6).split("").reverse().join("")}`;
  const results = [];
  for (const [name, token] of [["auth without token", void 0], ["auth with a forged token", forged]]) {
    const ex = await (0, import_session.call)(session, op, request, { token });
    const transport = (0, import_answer_check.transportProblem)(ex);
    if (transport) results.push(failed(session, name, ex, [transport]));
    else if (ex.status !== 401) results.push(failed(session, name, ex, [`answered ${(0, import_answer_check.describeAnswer)(ex)} where a protected operation answers 401 unauthorized`]));
    else {
      const problems = refusalProblems(session, op, ex);
      if ((0, import_answer_check.codeOf)(ex) !== "unauthorized") problems.push(`code ${(0, import_answer_check.codeOf)(ex) ?? "(none)"} where unauthorized is documented`);
      results.push(problems.length ? failed(session, name, ex, problems) : passed(name));
    }
  }
  return results;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  authChecks,
  negativeCheck,
  positiveCheck
});
