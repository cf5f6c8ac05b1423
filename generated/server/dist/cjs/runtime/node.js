// Serving the pipeline with node:http, without building a Web `Request` per call (see call.ts for why).
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
var node_exports = {};
__export(node_exports, {
  listen: () => listen,
  toNodeListener: () => toNodeListener
});
module.exports = __toCommonJS(node_exports);
var import_node_http = require("node:http");
var import_call = require("./call.js");
var import_envelope = require("./envelope.js");
function readNodeBody(req, limit) {
  if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const done = () => {
      req.off("data", onData).off("end", onEnd).off("error", onError);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done();
      req.pause();
      resolve(import_call.TOO_LARGE);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = () => {
      done();
      reject(new import_envelope.CallFailure(400, "requestAborted", "The client aborted the request body"));
    };
    req.on("data", onData).on("end", onEnd).on("error", onError);
  });
}
const DRAIN_LIMIT = 64 * 1024 * 1024;
const DRAIN_IDLE_MS = 500;
function drain(req) {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((done) => {
    let seen = 0;
    let idle;
    const finish = () => {
      clearTimeout(idle);
      req.off("data", onData).off("end", finish).off("error", finish);
      done();
    };
    const onData = (chunk) => {
      seen += chunk.length;
      if (seen > DRAIN_LIMIT) return finish();
      idle.refresh();
    };
    idle = setTimeout(finish, DRAIN_IDLE_MS);
    req.on("data", onData).on("end", finish).on("error", finish);
    req.resume();
  });
}
let finished = [];
function writeFinished() {
  const answers = finished;
  finished = [];
  for (const [res, answer] of answers) {
    try {
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch (error) {
      res.destroy(error);
    }
  }
}
function toNodeListener(pipeline) {
  return (req, res) => {
    const { path, search } = (0, import_call.splitTarget)(req.url ?? "/");
    const call = {
      method: req.method ?? "GET",
      path,
      search,
      header: (name) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(", ") : value;
      },
      readBody: (limit) => readNodeBody(req, limit)
    };
    void pipeline(call).then(async (answer) => {
      if (answer.headers.connection === "close") await drain(req);
      if (finished.push([res, answer]) === 1) setImmediate(writeFinished);
    });
  };
}
function listen(listener, options = {}) {
  const server = (0, import_node_http.createServer)(listener);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address();
      resolve({
        server,
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        close: () => new Promise((done, fail) => {
          server.close((error) => error ? fail(error) : done());
          server.closeAllConnections();
        })
      });
    });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  listen,
  toNodeListener
});
