// The Web-standard face of the server: `(request: Request) => Promise<Response>`, for any runtime with Fetch API
// objects (Node 20, Deno, Bun, workers, tests that skip the network).
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
var web_exports = {};
__export(web_exports, {
  toFetchHandler: () => toFetchHandler
});
module.exports = __toCommonJS(web_exports);
var import_call = require("./call.js");
async function readStream(stream, limit) {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return import_call.TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
function toFetchHandler(pipeline) {
  return async (request) => {
    const url = new URL(request.url);
    const call = {
      method: request.method,
      path: url.pathname,
      search: url.search.slice(1),
      header: (name) => request.headers.get(name) ?? void 0,
      readBody: (limit) => readStream(request.body, limit)
    };
    const answer = await pipeline(call);
    return new Response(answer.body ?? null, {
      status: answer.status,
      headers: answer.headers
    });
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  toFetchHandler
});
