/// <reference types="node" />
// `connectfi-contract mock`: Prism (this package's own dependency) mocking the bundle the package ships, with
// `--errors` so an answer that breaks its own schema is a 500 rather than silently wrong data. It is ready when THAT
// process answers with Prism's "no path matched" problem, so a stranger on the port never counts.
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
var mock_exports = {};
__export(mock_exports, {
  startMock: () => startMock
});
module.exports = __toCommonJS(mock_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_net = require("node:net");
var import_node_path = require("node:path");
const NO_PATH_MATCHED = "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR";
function prismBin(bundlePath) {
  let manifest;
  try {
    manifest = (0, import_node_module.createRequire)((0, import_node_path.resolve)(bundlePath)).resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new Error(`@stoplight/prism-cli is not installed where ${bundlePath} can find it; install @connectfi/contract with its dependencies (npm install), or put the bundle inside a project that depends on @stoplight/prism-cli`);
  }
  const bin = JSON.parse((0, import_node_fs.readFileSync)(manifest, "utf8")).bin;
  return (0, import_node_path.join)((0, import_node_path.dirname)(manifest), typeof bin === "string" ? bin : bin.prism);
}
function freePort(host) {
  return new Promise((resolve2, reject) => {
    const server = (0, import_node_net.createServer)();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve2(port));
    });
  });
}
async function answersAsPrism(url) {
  try {
    const res = await fetch(`${url}/__connectfi_contract_ready__`, { signal: AbortSignal.timeout(1e3) });
    return res.status === 404 && (await res.json()).type === NO_PATH_MATCHED;
  } catch {
    return false;
  }
}
const running = (child) => child.exitCode === null && child.signalCode === null;
async function startMock(options) {
  const host = options.host ?? "127.0.0.1";
  const port = options.port || await freePort(host);
  const args = [
    prismBin(options.bundlePath),
    "mock",
    options.bundlePath,
    "--errors",
    "-h",
    host,
    "-p",
    String(port),
    "-v",
    "warn",
    ...options.dynamic ? ["--dynamic"] : []
  ];
  const child = (0, import_node_child_process.spawn)(process.execPath, args, { stdio: [
    "ignore",
    "pipe",
    "pipe"
  ] });
  let output = "";
  child.stdout.on("data", (d) => output += d);
  child.stderr.on("data", (d) => output += d);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const stop = async () => {
    if (!running(child)) return;
    const exited = new Promise((resolve2) => child.once("exit", resolve2));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3e3);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 3e4);
  while (Date.now() < deadline) {
    if (!running(child)) throw new Error(`prism mock exited (${child.exitCode ?? child.signalCode}) before it was ready:
${output}`);
    if (await answersAsPrism(url)) return {
      url,
      child,
      output: () => output,
      stop
    };
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop();
  throw new Error(`prism mock was not ready on ${url} within ${options.readyTimeoutMs ?? 3e4} ms:
${output}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startMock
});
