// `connectfi-contract verify`: log in through the provider's own login, then check every operation (or those
// named with --only) from the outside, one operation at a time, in the bundle's order.
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
var verify_exports = {};
__export(verify_exports, {
  verify: () => verify
});
module.exports = __toCommonJS(verify_exports);
var import_answer_check = require("./answer-check.js");
var import_checks = require("./checks.js");
var import_curl = require("./curl.js");
var import_http = require("./http.js");
var import_results = require("./results.js");
var import_session = require("./session.js");
async function logIn(session, op) {
  const ex = await (0, import_session.call)(session, op, (0, import_session.prepare)(session, op, op.positives[0].request));
  const { problems } = (0, import_answer_check.judge)(op, ex, session.validators);
  const token = op.login.tokenPath.reduce((node, key) => node?.[key], ex.json);
  if (!problems.length && ex.status < 300 && typeof token === "string" && token) return { token };
  const why = problems[0] ?? (ex.status >= 300 ? `answered ${(0, import_answer_check.describeAnswer)(ex)}` : `no token at ${op.login.tokenPath.join(".")}`);
  return { problem: `logging in through ${op.method} ${op.path} failed: ${why}
    ${(0, import_curl.curlOf)(ex.request, session.secrets)}` };
}
async function checkOperation(session, op) {
  const started = performance.now();
  const checks = [];
  for (const positive of op.positives) checks.push(await (0, import_checks.positiveCheck)(session, op, positive));
  for (const negative of op.negatives) checks.push(await (0, import_checks.negativeCheck)(session, op, negative));
  checks.push(...await (0, import_checks.authChecks)(session, op));
  return {
    name: op.operationId,
    route: `${op.method} ${op.path}`,
    verdict: (0, import_results.foldVerdict)(checks),
    checks,
    ms: Math.round(performance.now() - started)
  };
}
async function routingChecks(session) {
  const started = performance.now();
  const prefix = session.table.operations.find((o) => o.secured).path.split("/").slice(0, -1).join("/");
  const paths = [`/__connectfi_contract_unknown__/${session.fresh("x")}`, `${prefix}/__connectfi_contract_unknown__`];
  const checks = [];
  for (const path of paths) {
    const request = {
      path: {},
      query: {}
    };
    const out = (0, import_http.outgoing)(session.target, "POST", path, {
      ...request,
      body: {}
    }, {
      contentType: "application/json",
      fileFields: []
    }, session.token);
    const ex = await (0, import_http.send)(out, session.target.timeoutMs);
    const name = `unknown path ${path}`;
    const transport = (0, import_answer_check.transportProblem)(ex);
    const problems = transport ? [transport] : ex.status !== 404 ? [`answered ${ex.status} where no operation exists (expected 404)`] : (0, import_answer_check.judgeAgainst)(ex, { "application/json": session.table.errorEnvelope }, session.validators);
    checks.push(problems.length ? {
      name,
      verdict: "failed",
      problems,
      curl: (0, import_curl.curlOf)(out, session.secrets)
    } : {
      name,
      verdict: "passed",
      problems: []
    });
  }
  return {
    name: "(routing)",
    route: "POST /__connectfi_contract_unknown__",
    verdict: (0, import_results.foldVerdict)(checks),
    checks,
    ms: Math.round(performance.now() - started)
  };
}
async function verify(table, validators, options) {
  const started = performance.now();
  const target = {
    baseUrl: options.target,
    tokenHeader: table.tokenHeader,
    timeoutMs: options.timeoutMs ?? 1e4
  };
  const session = {
    target,
    table,
    validators,
    token: options.token,
    credentials: options.credentials,
    sandbox: options.sandbox ?? false,
    fresh: (0, import_session.freshReferences)(),
    secrets: {
      token: options.token,
      password: options.credentials?.password
    }
  };
  const known = new Set(table.operations.map((o) => o.operationId));
  const unknown = (options.only ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`--only names operations the contract does not have: ${unknown.join(", ")}`);
  let loginProblem;
  if (options.credentials) {
    const login = table.operations.find((o) => o.operationId === table.loginOperation);
    const { token, problem } = await logIn(session, login);
    session.token = token;
    session.secrets.token = token;
    loginProblem = problem;
    if (problem) options.onLoginProblem?.(problem);
  }
  const results = [];
  const report = (result) => {
    results.push(result);
    options.onResult?.(result);
  };
  const selected = options.only?.length ? table.operations.filter((o) => options.only.includes(o.operationId)) : table.operations;
  for (const op of selected) report(await checkOperation(session, op));
  if (!options.only?.length) report(await routingChecks(session));
  return {
    target: options.target,
    results,
    loginProblem,
    ms: Math.round(performance.now() - started)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  verify
});
