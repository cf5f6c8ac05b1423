// The engine behind every facade method: auth, the call's timeout and signal, retries (via the transport), the
// success envelope, typed errors, the duplicate-reference recovery, pagination and query batching.
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
var core_exports = {};
__export(core_exports, {
  ConnectFiCore: () => ConnectFiCore
});
module.exports = __toCommonJS(core_exports);
var import_api_promise = require("./api-promise.js");
var import_auth = require("./auth.js");
var import_errors = require("./errors.js");
var import_log = require("./log.js");
var import_retry = require("./retry.js");
var import_signals = require("./signals.js");
var import_transport = require("./transport.js");
const DEFAULT_TIMEOUT_MS = 3e4;
function checkBaseUrl(baseUrl) {
  const example = "give the host PayGears supplied, e.g. https://sandbox.connectfi.example";
  if (typeof baseUrl !== "string" || !baseUrl.trim()) throw new import_errors.ConnectFiError(`createConnectFiClient: baseUrl is required; ${example}`);
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new import_errors.ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" is not an absolute URL; ${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new import_errors.ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" must use https (or http for a local mock), not ${url.protocol}`);
  if (url.search || url.hash) throw new import_errors.ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" must not carry a query or fragment; operation paths are appended to it`);
}
function checkCredentials(options) {
  if (options.token !== void 0) {
    if (typeof options.token !== "string" || !options.token) throw new import_errors.ConnectFiError("createConnectFiClient: token is empty; give the token from /auth/get-token, or login and password");
    return;
  }
  const missing = ["login", "password"].filter((key) => typeof options[key] !== "string" || !options[key]);
  if (missing.length === 2) throw new import_errors.ConnectFiError("createConnectFiClient: no credentials; give login and password (the API user's), or a token");
  if (missing.length) throw new import_errors.ConnectFiError(`createConnectFiClient: ${missing[0]} is missing or empty; give both login and password, or a token`);
}
class ConnectFiCore {
  transport;
  auth;
  timeoutMs;
  tokenHeader;
  /** Sent by the facade's transport, and by the low-level client too. */
  userAgent;
  constructor(options) {
    checkBaseUrl(options?.baseUrl);
    checkCredentials(options);
    if (typeof options.tokenHeader !== "string" || !options.tokenHeader) throw new import_errors.ConnectFiError("createConnectFiClient: tokenHeader is empty; the generated client passes its bundle's");
    const fetchImpl = options.fetch ?? (globalThis.fetch ? (input, init) => globalThis.fetch(input, init) : void 0);
    if (!fetchImpl) throw new import_errors.ConnectFiError("createConnectFiClient: no global fetch in this runtime; pass options.fetch");
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.tokenHeader = options.tokenHeader;
    this.userAgent = options.userAgent;
    this.transport = new import_transport.Transport({
      baseUrl: options.baseUrl,
      fetch: fetchImpl,
      retry: {
        ...import_retry.DEFAULT_RETRY_POLICY,
        ...options.retry,
        maxRetries: options.maxRetries ?? import_retry.DEFAULT_RETRY_POLICY.maxRetries
      },
      headers: options.headers,
      logger: (0, import_log.makeLogger)(options.logger, options.logLevel),
      tokenHeader: this.tokenHeader,
      userAgent: options.userAgent
    });
    if (options.token) this.auth = new import_auth.FixedToken(options.token);
    else {
      const { login, password, loginOperation } = options;
      if (!loginOperation) throw new import_errors.ConnectFiError("createConnectFiClient: this API has no login operation; give a token");
      this.auth = new import_auth.LoginTokenSource(() => this.logIn(loginOperation, login, password), options.tokenSafetyMarginMs ?? 6e4);
    }
  }
  /**
  * Calls one operation. Awaited, the promise is the success envelope's `data` (or the whole body when it has no
  * envelope); `.withResponse()` gives `{ data, response }` with the status, headers and requestId.
  */
  call(op, input = {}, options = {}) {
    return new import_api_promise.APIPromise(this.callWithResponse(op, input, options));
  }
  async callWithResponse(op, input, options) {
    const call = (0, import_signals.callSignal)(options.timeoutMs ?? this.timeoutMs, options.signal);
    try {
      const answer = await this.send(op, input, call, options);
      return await this.interpret(op, input, answer, options);
    } finally {
      call.dispose();
    }
  }
  /** The current token (logging in if needed), for the low-level openapi-fetch client. */
  async token(options = {}) {
    if (!this.auth) return void 0;
    const call = (0, import_signals.callSignal)(options.timeoutMs ?? this.timeoutMs, options.signal);
    try {
      return await this.auth.token(call);
    } finally {
      call.dispose();
    }
  }
  /** Every record of a list operation, page by page (`numberOfRecords`, `skipRecords`, `more`). */
  async *paginate(op, filter = {}, options = {}) {
    if (op.pattern.kind !== "list") throw new TypeError(`${op.operationId} is not a list operation`);
    const { recordsKey, maxPageSize } = op.pattern;
    const pageSize = typeof filter.numberOfRecords === "number" ? filter.numberOfRecords : maxPageSize;
    let skipRecords = typeof filter.skipRecords === "number" ? filter.skipRecords : 0;
    for (; ; ) {
      const data = await this.call(op, { body: {
        ...filter,
        numberOfRecords: pageSize,
        skipRecords
      } }, options);
      const records = data?.[recordsKey];
      if (!Array.isArray(records)) {
        throw new import_errors.InvalidResponseError({
          status: 200,
          code: "invalidResponse",
          context: { recordsKey },
          message: `${op.operationId}: data.${recordsKey} is not an array`
        });
      }
      yield* records;
      if (data.more !== true || records.length === 0) return;
      skipRecords += records.length;
    }
  }
  /**
  * A query with any number of ids: deduplicated (as connectFi does), sent in batches of the operation's maximum.
  * `.withResponse()` gives the last batch's answer.
  */
  queryAll(op, body, options = {}) {
    return new import_api_promise.APIPromise(this.queryBatches(op, body, options));
  }
  async queryBatches(op, body, options) {
    if (op.pattern.kind !== "query") throw new TypeError(`${op.operationId} is not a query operation`);
    const { batchKeys, maxBatch } = op.pattern;
    const given = batchKeys.filter((key2) => body?.[key2] !== void 0);
    if (given.length !== 1 || !Array.isArray(body[given[0]]) || body[given[0]].length === 0) {
      throw new TypeError(`${op.operationId}: give exactly one non-empty array of ${batchKeys.join(" or ")}`);
    }
    const key = given[0];
    const ids = [...new Set(body[key])];
    const results = [];
    let last;
    for (let start = 0; start < ids.length; start += maxBatch) {
      last = await this.call(op, { body: {
        ...body,
        [key]: ids.slice(start, start + maxBatch)
      } }, options).withResponse();
      if (!Array.isArray(last.data)) {
        throw new import_errors.InvalidResponseError({
          status: last.response.status,
          code: "invalidResponse",
          context: {},
          message: `${op.operationId}: data is not an array`,
          headers: last.response.headers
        });
      }
      results.push(...last.data);
    }
    return {
      data: results,
      response: last.response
    };
  }
  async send(op, input, call, options) {
    const params = {
      op,
      input,
      call,
      maxRetries: options.maxRetries
    };
    if (!op.authenticated || !this.auth) return this.transport.send({
      ...params,
      headers: options.headers
    });
    const token = await this.auth.token(call);
    const answer = await this.transport.send({
      ...params,
      headers: {
        ...options.headers,
        [this.tokenHeader]: token
      }
    });
    if (answer.status !== 401 || !this.auth.invalidate(token)) return answer;
    const fresh = await this.auth.token(call);
    return this.transport.send({
      ...params,
      headers: {
        ...options.headers,
        [this.tokenHeader]: fresh
      }
    });
  }
  async interpret(op, input, answer, options) {
    const { status, body, headers } = answer;
    if (status >= 200 && status < 300) {
      const response = {
        status,
        headers,
        requestId: (0, import_transport.requestIdOf)(body, headers),
        retries: answer.retries,
        durationMs: answer.durationMs
      };
      if (!op.enveloped) return {
        data: body,
        response
      };
      const envelope = body;
      if (envelope?.code === "0") return {
        data: envelope.data,
        response
      };
      throw (0, import_errors.errorFromBody)(status, body, headers);
    }
    const error = (0, import_errors.errorFromBody)(status, body, headers);
    if (error instanceof import_errors.ReferenceExistsError && answer.ambiguousRetryCause !== void 0) {
      return this.recoverDuplicate(op, input, error, answer.ambiguousRetryCause, options);
    }
    throw error;
  }
  /**
  * A retried creation answered `referenceExists`: the attempt that failed on the wire most likely created the
  * record. Return it, read back by reference through the rail's query; if that is impossible, throw
  * DuplicateAfterRetryError (a ReferenceExistsError naming the entity), never the first attempt's failure.
  */
  async recoverDuplicate(op, input, error, cause, options) {
    const reference = input.body?.reference ?? error.reference;
    if (op.recoverByQuery && typeof reference === "string") {
      const { data: records, response } = await this.call(op.recoverByQuery, { body: { references: [reference] } }, options).withResponse();
      const found = Array.isArray(records) ? records.find((r) => r?.reference === reference) : void 0;
      if (found) return {
        data: found,
        response
      };
    }
    const duplicate = new import_errors.DuplicateAfterRetryError({
      status: error.status,
      code: error.code,
      subCode: error.subCode,
      context: error.context,
      requestId: error.requestId,
      headers: error.headers,
      message: `a retried ${op.operationId} found its reference already used, most likely by its own first attempt`
    });
    duplicate.firstAttemptError = cause;
    throw duplicate;
  }
  async logIn(op, login, password) {
    const call = (0, import_signals.callSignal)(this.timeoutMs);
    try {
      const answer = await this.transport.send({
        op,
        input: { body: { user: {
          login,
          password
        } } },
        call
      });
      return (await this.interpret(op, {}, answer, {})).data;
    } finally {
      call.dispose();
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ConnectFiCore
});
