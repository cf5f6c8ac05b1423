// When and how long to wait before retrying: network errors, 429 and 5xx, with exponential backoff and "equal"
// jitter, honouring the server's Retry-After when it gives one. The policy is data the caller may override.
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
var retry_exports = {};
__export(retry_exports, {
  DEFAULT_RETRY_POLICY: () => DEFAULT_RETRY_POLICY,
  isRetryableStatus: () => isRetryableStatus,
  parseRetryAfter: () => parseRetryAfter,
  retryDelayMs: () => retryDelayMs
});
module.exports = __toCommonJS(retry_exports);
const DEFAULT_RETRY_POLICY = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8e3
};
const isRetryableStatus = (status) => status === 429 || status >= 500;
function parseRetryAfter(header, now = Date.now()) {
  if (!header) return void 0;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function retryDelayMs(retry, policy, retryAfterMs, random = Math.random) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs
});
