import { describeAnswer, judge } from "./answer-check.js";
import { curlOf } from "./curl.js";
import { call, prepare, setAt } from "./session.js";
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
  if (where === "body" && rest.length) return { ...request, body: setAt(request.body ?? {}, rest, id) };
  return void 0;
}
async function setUp(session, op, request) {
  const behaviour = op.behaviour;
  if (!behaviour || !NEEDS_RECORD.has(behaviour.kind) || !behaviour.lookup || !behaviour.resource) return { request };
  if (!addressesRecord(request, behaviour.lookup)) return { request };
  const resource = session.table.resources.find((r) => r.name === behaviour.resource);
  const creator = resource?.createdBy && session.table.operations.find((o) => o.operationId === resource.createdBy);
  if (!resource || !creator) return { needsState: `${op.operationId} reads a ${behaviour.resource} (${behaviour.lookup}), and the contract names no creation of one` };
  const creation = prepare(session, creator, creator.positives[0].request);
  const ex = await call(session, creator, creation);
  const judged = judge(creator, ex, session.validators);
  const field = behaviour.lookupField ?? resource.idField;
  const id = idOf(ex.json, field);
  if (judged.problems.length || !ex.status || ex.status >= 300 || !id) {
    const why = judged.problems[0] ?? (ex.status >= 300 ? `answered ${describeAnswer(ex)}` : `its answer holds no ${field}`);
    return { needsState: `creating the ${resource.name} it reads through ${creator.operationId} failed: ${why}`, curl: curlOf(ex.request, session.secrets) };
  }
  const placed = placeId(request, behaviour.lookup, id);
  return placed ? { request: placed, note: `on ${resource.name} ${id}, created through ${creator.operationId}` } : { needsState: `cannot place the id at ${behaviour.lookup}` };
}
export {
  setUp
};
