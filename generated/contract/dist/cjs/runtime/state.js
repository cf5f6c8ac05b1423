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
var state_exports = {};
__export(state_exports, {
  setUp: () => setUp
});
module.exports = __toCommonJS(state_exports);
var import_answer_check = require("./answer-check.js");
var import_curl = require("./curl.js");
var import_session = require("./session.js");
const NEEDS_RECORD = /* @__PURE__ */ new Set(["get", "update", "transition"]);
function idOf(json, idField) {
  const data = json?.data ?? json;
  const scalar = (v) => typeof v === "string" || typeof v === "number" ? String(v) : void 0;
  if (scalar(data?.[idField]) !== void 0) return scalar(data[idField]);
  const holders = Object.values(data && typeof data === "object" ? data : {}).filter((v) => v && typeof v === "object" && scalar(v[idField]) !== void 0);
  return holders.length === 1 ? scalar(holders[0][idField]) : void 0;
}
function addressesRecord(request, lookup) {
  const [where, ...rest] = lookup.split(".");
  if (where === "path") return rest[0] in request.path;
  if (where === "query") return rest[0] in request.query;
  if (where === "body") return rest.reduce((node, key) => node && typeof node === "object" && key in node ? node[key] : void 0, request.body) !== void 0;
  return false;
}
function placeId(request, lookup, id) {
  const [where, ...rest] = lookup.split(".");
  if (where === "path" && rest.length === 1) return { ...request, path: { ...request.path, [rest[0]]: id } };
  if (where === "query" && rest.length === 1) return { ...request, query: { ...request.query, [rest[0]]: id } };
  if (where === "body" && rest.length) return { ...request, body: (0, import_session.setAt)(request.body ?? {}, rest, id) };
  return void 0;
}
async function setUp(session, op, request) {
  const behaviour = op.behaviour;
  if (!behaviour || !NEEDS_RECORD.has(behaviour.kind) || !behaviour.lookup || !behaviour.resource) return { request };
  if (!addressesRecord(request, behaviour.lookup)) return { request };
  const resource = session.table.resources.find((r) => r.name === behaviour.resource);
  const creator = resource?.createdBy && session.table.operations.find((o) => o.operationId === resource.createdBy);
  if (!resource || !creator) return { needsState: `${op.operationId} reads a ${behaviour.resource} (${behaviour.lookup}), and the contract names no creation of one` };
  const creation = (0, import_session.prepare)(session, creator, creator.positives[0].request);
  const ex = await (0, import_session.call)(session, creator, creation);
  const judged = (0, import_answer_check.judge)(creator, ex, session.validators);
  const field = behaviour.lookupField ?? resource.idField;
  const id = idOf(ex.json, field);
  if (judged.problems.length || !ex.status || ex.status >= 300 || !id) {
    const why = judged.problems[0] ?? (ex.status >= 300 ? `answered ${(0, import_answer_check.describeAnswer)(ex)}` : `its answer holds no ${field}`);
    return { needsState: `creating the ${resource.name} it reads through ${creator.operationId} failed: ${why}`, curl: (0, import_curl.curlOf)(ex.request, session.secrets) };
  }
  const placed = placeId(request, behaviour.lookup, id);
  return placed ? { request: placed, note: `on ${resource.name} ${id}, created through ${creator.operationId}` } : { needsState: `cannot place the id at ${behaviour.lookup}` };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  setUp
});
