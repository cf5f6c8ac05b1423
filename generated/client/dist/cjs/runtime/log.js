// What the client tells a logger: one event per HTTP attempt and one per retry wait. Secrets never reach it: the
// token header and any header or query parameter whose name looks like a credential are masked before the event
// is built, and bodies are never logged.
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
var log_exports = {};
__export(log_exports, {
  formatEvent: () => formatEvent,
  makeLogger: () => makeLogger,
  redactHeaders: () => redactHeaders,
  redactUrlPath: () => redactUrlPath
});
module.exports = __toCommonJS(log_exports);
var import_redact = require("./redact.js");
const ALWAYS_SECRET = /* @__PURE__ */ new Set([
  "authorization",
  "cookie",
  "proxy-authorization"
]);
function redactHeaders(headers, tokenHeader) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => {
    const lower = name.toLowerCase();
    return [lower, lower === tokenHeader.toLowerCase() || ALWAYS_SECRET.has(lower) || (0, import_redact.isSecretKey)(lower) ? import_redact.REDACTED : value];
  }));
}
function redactUrlPath(url) {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if ((0, import_redact.isSecretKey)(key)) parsed.searchParams.set(key, import_redact.REDACTED);
  return `${parsed.pathname}${parsed.search}`;
}
function formatEvent(event) {
  if (event.type === "retry") return `connectfi ${event.operationId} retry ${event.retry} in ${event.delayMs} ms (${event.reason})`;
  const outcome = event.status === void 0 ? `failed: ${event.error ?? "no answer"}` : String(event.status);
  return `connectfi ${event.method} ${event.path} ${outcome} ${event.durationMs} ms retry=${event.retry}${event.requestId ? ` requestId=${event.requestId}` : ""} headers=${JSON.stringify(event.headers)}`;
}
function makeLogger(logger, level) {
  const env = globalThis.process?.env?.CONNECTFI_LOG;
  const debug = (level ?? (env === "debug" ? "debug" : "off")) === "debug";
  if (!debug) return logger;
  return (event) => {
    logger?.(event);
    console.debug(formatEvent(event));
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatEvent,
  makeLogger,
  redactHeaders,
  redactUrlPath
});
