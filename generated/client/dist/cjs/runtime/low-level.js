// The low-level openapi-fetch client, typed by the bundle's `paths`, sharing the facade's login and token cache.
// It returns openapi-fetch's `{ data, error, response }`: no retries, envelopes or typed errors.
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var low_level_exports = {};
__export(low_level_exports, {
  createLowLevelClient: () => createLowLevelClient
});
module.exports = __toCommonJS(low_level_exports);
var import_openapi_fetch = __toESM(require("openapi-fetch"));
function createLowLevelClient(core, baseUrl, tokenHeader, openRoutes, fetchImpl) {
  const requestFetch = fetchImpl ? async (request) => fetchImpl(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: request.body ? await request.arrayBuffer() : void 0
  }) : void 0;
  const client = (0, import_openapi_fetch.default)({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    ...requestFetch ? { fetch: requestFetch } : {}
  });
  client.use({ async onRequest({ request, schemaPath }) {
    if (core.userAgent && !request.headers.has("user-agent")) request.headers.set("user-agent", core.userAgent);
    if (openRoutes.has(`${request.method} ${schemaPath}`) || request.headers.has(tokenHeader)) return request;
    const token = await core.token({ signal: request.signal });
    if (token) request.headers.set(tokenHeader, token);
    return request;
  } });
  return client;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createLowLevelClient
});
