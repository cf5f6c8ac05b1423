// One verify run's context: where the provider is, the token it issued, the caller's secrets (kept out of every
// printed line), the generated table and validators, and a source of fresh references.
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
var session_exports = {};
__export(session_exports, {
  call: () => call,
  freshReferences: () => freshReferences,
  prepare: () => prepare,
  setAt: () => setAt
});
module.exports = __toCommonJS(session_exports);
var import_http = require("./http.js");
function freshReferences() {
  let counter = 0;
  const run = Date.now().toString(36);
  return (seed) => {
    const unique = `${run}${(counter++).toString(36)}`;
    const length = Math.max(seed.length, 8);
    return `${seed.slice(0, Math.max(0, length - unique.length))}${unique.slice(-length)}`;
  };
}
function setAt(body, path, value) {
  const copy = structuredClone(body);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path[path.length - 1]] = value;
  return copy;
}
function prepare(session, op, request, withCredentials = true) {
  let body = request.body;
  if (op.referenceField && body && typeof body === "object" && typeof body[op.referenceField] === "string") {
    body = setAt(body, [op.referenceField], session.fresh(body[op.referenceField]));
  }
  if (withCredentials && op.login && session.credentials && body !== void 0) {
    body = setAt(setAt(body, op.login.loginPath, session.credentials.login), op.login.passwordPath, session.credentials.password);
  }
  return {
    ...request,
    body
  };
}
function call(session, op, request, auth = { token: session.token }) {
  return (0, import_http.send)((0, import_http.outgoing)(session.target, op.method, op.path, request, op.body, op.secured || request.method ? auth.token : void 0), session.target.timeoutMs);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  call,
  freshReferences,
  prepare,
  setAt
});
