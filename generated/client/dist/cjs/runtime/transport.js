// Sends one operation's request over fetch, retrying network errors, 429 and 5xx within the call's signal.
// It returns the final HTTP answer, whatever its status: what an answer means (envelope, errors, 401) is core.ts's job.
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
var transport_exports = {};
__export(transport_exports, {
  Transport: () => Transport,
  acceptFor: () => acceptFor,
  buildUrl: () => buildUrl,
  requestIdOf: () => requestIdOf,
  toFormData: () => toFormData
});
module.exports = __toCommonJS(transport_exports);
var import_errors = require("./errors.js");
var import_log = require("./log.js");
var import_retry = require("./retry.js");
function buildUrl(baseUrl, op, input) {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = input.path?.[name];
    if (value === void 0 || value === "") throw new TypeError(`${op.operationId}: path parameter ${name} is required`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(input.query ?? {})) if (v !== void 0) query.append(k, String(v));
  const search = query.toString();
  return `${baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}
function toFormData(body) {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [k, v] of Object.entries(body ?? {})) {
    if (v === void 0 || v === null) continue;
    if (v instanceof Blob) form.append(k, v);
    else form.append(k, typeof v === "object" ? JSON.stringify(v) : String(v));
  }
  return form;
}
function encodeBody(op, body) {
  if (body === void 0 || !op.requestContentType) return {};
  if (op.requestContentType.startsWith("multipart/")) return { body: toFormData(body) };
  if (/json/.test(op.requestContentType)) return {
    body: JSON.stringify(body),
    contentType: op.requestContentType
  };
  return {
    body,
    contentType: op.requestContentType
  };
}
async function readBody(response) {
  const type = response.headers.get("content-type") ?? "application/json";
  if (!/json|^text\//.test(type)) return response.status === 204 ? void 0 : response.blob();
  const text = await response.text();
  if (text === "") return void 0;
  if (!/json/.test(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new import_errors.InvalidResponseError({
      status: response.status,
      code: "invalidResponse",
      context: {},
      message: "The answer is not valid JSON"
    });
  }
}
function acceptFor(op) {
  const success = op.responseContentType;
  return success && success !== "application/json" ? `${success}, application/json;q=0.9` : "application/json";
}
function requestIdOf(body, headers) {
  const fromBody = body && typeof body === "object" ? body.requestId : void 0;
  return typeof fromBody === "string" ? fromBody : headers.get("x-request-id") ?? void 0;
}
class Transport {
  config;
  constructor(config) {
    this.config = config;
  }
  async send({ op, input, call, maxRetries, headers }) {
    const url = buildUrl(this.config.baseUrl, op, input);
    const { body, contentType } = encodeBody(op, input.body);
    const requestHeaders = {
      accept: acceptFor(op),
      ...this.config.userAgent ? { "user-agent": this.config.userAgent } : {},
      ...this.config.headers,
      ...headers,
      ...contentType ? { "content-type": contentType } : {}
    };
    const limit = maxRetries ?? this.config.retry.maxRetries;
    const started = Date.now();
    let ambiguousRetryCause;
    for (let retry = 0; ; retry++) {
      const attemptStarted = Date.now();
      let response;
      try {
        response = await this.config.fetch(url, {
          method: op.method.toUpperCase(),
          headers: requestHeaders,
          body,
          signal: call.signal
        });
      } catch (error) {
        this.log(op, url, requestHeaders, retry, attemptStarted, { error: call.signal.aborted ? call.reason().message : String(error?.message ?? error) });
        if (call.signal.aborted) throw call.reason();
        if (retry >= limit) throw new import_errors.ConnectFiConnectionError(`${op.operationId}: the request failed before any answer (${error?.message ?? error})`, { cause: error });
        ambiguousRetryCause = error;
        await this.wait(op, retry + 1, void 0, "network error", call);
        continue;
      }
      if (!(0, import_retry.isRetryableStatus)(response.status) || retry >= limit) {
        try {
          const answer = {
            status: response.status,
            headers: response.headers,
            body: await readBody(response),
            ambiguousRetryCause,
            retries: retry,
            durationMs: Date.now() - started
          };
          this.log(op, url, requestHeaders, retry, attemptStarted, {
            status: response.status,
            requestId: requestIdOf(answer.body, response.headers)
          });
          return answer;
        } catch (error) {
          this.log(op, url, requestHeaders, retry, attemptStarted, { status: response.status });
          if (call.signal.aborted) throw call.reason();
          throw error;
        }
      }
      this.log(op, url, requestHeaders, retry, attemptStarted, {
        status: response.status,
        requestId: requestIdOf(void 0, response.headers)
      });
      await response.body?.cancel().catch(() => void 0);
      if (response.status >= 500) ambiguousRetryCause = new Error(`HTTP ${response.status}`);
      await this.wait(op, retry + 1, (0, import_retry.parseRetryAfter)(response.headers.get("retry-after")), `HTTP ${response.status}`, call);
    }
  }
  log(op, url, headers, retry, started, outcome) {
    if (!this.config.logger) return;
    this.config.logger({
      type: "request",
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      path: (0, import_log.redactUrlPath)(url),
      durationMs: Date.now() - started,
      retry,
      headers: (0, import_log.redactHeaders)(headers, this.config.tokenHeader),
      ...outcome
    });
  }
  async wait(op, retry, retryAfterMs, reason, call) {
    const delayMs = (0, import_retry.retryDelayMs)(retry, this.config.retry, retryAfterMs, this.config.random);
    this.config.logger?.({
      type: "retry",
      operationId: op.operationId,
      retry,
      delayMs,
      reason
    });
    await call.sleep(delayMs);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Transport,
  acceptFor,
  buildUrl,
  requestIdOf,
  toFormData
});
