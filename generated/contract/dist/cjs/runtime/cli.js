/// <reference types="node" />
// The `connectfi-contract` command: `verify` a provider, or start a `mock`. Usage errors exit 2 naming what to fix;
// a verify with any failure exits 1.
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
var cli_exports = {};
__export(cli_exports, {
  USAGE: () => USAGE,
  main: () => main
});
module.exports = __toCommonJS(cli_exports);
var import_node_fs = require("node:fs");
var import_node_util = require("node:util");
var import_junit = require("./junit.js");
var import_mock = require("./mock.js");
var import_report = require("./report.js");
var import_verify = require("./verify.js");
const USAGE = `usage:
  connectfi-contract verify --target <url> (--login <login> --password <password> | --token <token>)
                            [--only <operationId,...>] [--junit <file>] [--timeout <ms>] [--sandbox]
  connectfi-contract mock [--port <n>] [--host <host>] [--dynamic]

  The password may come from CONNECTFI_PASSWORD instead of --password. --sandbox: the target is a sandbox, so an
  example that reproduces a documented sandbox trigger must answer the trigger's outcome.`;
class UsageError extends Error {
}
function verifyOptions(argv) {
  const { values } = (0, import_node_util.parseArgs)({
    args: argv,
    options: {
      target: { type: "string" },
      login: { type: "string" },
      password: { type: "string" },
      token: { type: "string" },
      only: { type: "string" },
      junit: { type: "string" },
      timeout: { type: "string" },
      sandbox: { type: "boolean" }
    },
    strict: true
  });
  if (!values.target) throw new UsageError("verify needs --target <url>, the provider's base URL");
  try {
    new URL(values.target);
  } catch {
    throw new UsageError(`--target ${values.target} is not a URL (e.g. http://127.0.0.1:8080)`);
  }
  const password = values.password ?? process.env.CONNECTFI_PASSWORD;
  if (values.token && values.login) throw new UsageError("give either --login and --password, or --token, not both");
  if (!values.token && !(values.login && password)) throw new UsageError("verify needs --login and --password (or CONNECTFI_PASSWORD), or --token");
  const timeoutMs = values.timeout === void 0 ? 1e4 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout ${values.timeout} is not a positive number of milliseconds`);
  return {
    target: values.target,
    credentials: values.login ? {
      login: values.login,
      password
    } : void 0,
    token: values.token,
    only: values.only?.split(",").map((s) => s.trim()).filter(Boolean),
    junit: values.junit,
    timeoutMs,
    sandbox: values.sandbox ?? false
  };
}
async function runVerify(kit, argv) {
  const options = verifyOptions(argv);
  console.log(`verify ${options.target} against ${kit.table.title} ${kit.table.version}`);
  const report = await (0, import_verify.verify)(kit.table, kit.validators, {
    ...options,
    onLoginProblem: (problem) => console.log(`login: ${problem}
  (every protected operation will fail on its token)`),
    onResult: (r) => console.log((0, import_report.operationLines)(r).join("\n"))
  });
  if (options.junit) (0, import_node_fs.writeFileSync)(options.junit, (0, import_junit.junitXml)(report));
  console.log((0, import_report.summaryLine)(report));
  return report.results.some((r) => r.verdict === "failed") ? 1 : 0;
}
async function runMock(kit, argv) {
  const { values } = (0, import_node_util.parseArgs)({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      dynamic: { type: "boolean" }
    },
    strict: true
  });
  const port = values.port === void 0 ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port} is not a port number (0 picks a free one)`);
  const mock = await (0, import_mock.startMock)({
    bundlePath: kit.bundlePath,
    port,
    host: values.host,
    dynamic: values.dynamic
  });
  console.log(`listening ${mock.url}`);
  return new Promise((resolve) => {
    let stopping = false;
    const shutdown = () => {
      stopping = true;
      void mock.stop().then(() => resolve(0));
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
    mock.child.once("exit", (code, signal) => {
      if (stopping) return;
      process.removeListener("SIGTERM", shutdown);
      process.removeListener("SIGINT", shutdown);
      console.error(`prism mock stopped on its own (${code ?? signal}):
${mock.output()}`);
      resolve(1);
    });
  });
}
async function main(kit, argv) {
  const [command, ...rest] = argv;
  try {
    if (command === "verify") return await runVerify(kit, rest);
    if (command === "mock") return await runMock(kit, rest);
    if (command === void 0 || command === "--help" || command === "-h") {
      console.log(USAGE);
      return command === void 0 ? 2 : 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`connectfi-contract: ${error.message}
${USAGE}`);
      return 2;
    }
    console.error(`connectfi-contract: ${error.message}`);
    return 2;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  USAGE,
  main
});
