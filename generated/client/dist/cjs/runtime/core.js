"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectFiCore = exports.LOGIN_OPERATION = void 0;
// The engine behind every facade method: auth, the call's timeout and signal, retries (via the transport), the
// success envelope, typed errors, the duplicate-reference recovery, pagination and query batching.
const auth_js_1 = require("./auth.js");
const errors_js_1 = require("./errors.js");
const retry_js_1 = require("./retry.js");
const signals_js_1 = require("./signals.js");
const transport_js_1 = require("./transport.js");
exports.LOGIN_OPERATION = {
    operationId: 'authGetToken', method: 'post', path: '/auth/get-token', authenticated: false,
    requestContentType: 'application/json', responseContentType: 'application/json', enveloped: true, pattern: { kind: 'plain' },
};
const DEFAULT_TIMEOUT_MS = 30_000;
class ConnectFiCore {
    transport;
    auth;
    timeoutMs;
    tokenHeader;
    constructor(options) {
        if (!options?.baseUrl)
            throw new TypeError('createConnectFiClient: baseUrl is required');
        const fetchImpl = options.fetch ?? (globalThis.fetch ? (input, init) => globalThis.fetch(input, init) : undefined);
        if (!fetchImpl)
            throw new TypeError('createConnectFiClient: no global fetch; pass options.fetch');
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.tokenHeader = options.tokenHeader ?? 'x-connectfi-token';
        this.transport = new transport_js_1.Transport({
            baseUrl: options.baseUrl,
            fetch: fetchImpl,
            retry: { ...retry_js_1.DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries ?? retry_js_1.DEFAULT_RETRY_POLICY.maxRetries },
            headers: options.headers,
            logger: options.logger,
        });
        if (options.token)
            this.auth = new auth_js_1.FixedToken(options.token);
        else if (options.login && options.password) {
            const { login, password } = options;
            this.auth = new auth_js_1.LoginTokenSource(() => this.logIn(login, password), options.tokenSafetyMarginMs ?? 60_000);
        }
        else if (options.login || options.password)
            throw new TypeError('createConnectFiClient: give both login and password, or a token');
    }
    /** Calls one operation and returns the success envelope's `data` (or the whole body when it has no envelope). */
    async call(op, input = {}, options = {}) {
        const call = (0, signals_js_1.callSignal)(options.timeoutMs ?? this.timeoutMs, options.signal);
        try {
            const answer = await this.send(op, input, call, options);
            return await this.interpret(op, input, answer, options);
        }
        finally {
            call.dispose();
        }
    }
    /** The current token (logging in if needed), for the low-level openapi-fetch client. */
    async token(options = {}) {
        if (!this.auth)
            return undefined;
        const call = (0, signals_js_1.callSignal)(options.timeoutMs ?? this.timeoutMs, options.signal);
        try {
            return await this.auth.token(call);
        }
        finally {
            call.dispose();
        }
    }
    /** Every record of a list operation, page by page (`numberOfRecords`, `skipRecords`, `more`). */
    async *paginate(op, filter = {}, options = {}) {
        if (op.pattern.kind !== 'list')
            throw new TypeError(`${op.operationId} is not a list operation`);
        const { recordsKey, maxPageSize } = op.pattern;
        const pageSize = typeof filter.numberOfRecords === 'number' ? filter.numberOfRecords : maxPageSize;
        let skipRecords = typeof filter.skipRecords === 'number' ? filter.skipRecords : 0;
        for (;;) {
            const data = await this.call(op, { body: { ...filter, numberOfRecords: pageSize, skipRecords } }, options);
            const records = data?.[recordsKey];
            if (!Array.isArray(records)) {
                throw new errors_js_1.InvalidResponseError({ status: 200, code: 'invalidResponse', context: { recordsKey }, message: `${op.operationId}: data.${recordsKey} is not an array` });
            }
            yield* records;
            if (data.more !== true || records.length === 0)
                return;
            skipRecords += records.length;
        }
    }
    /** A query with any number of ids: deduplicated (as connectFi does), sent in batches of the operation's maximum. */
    async queryAll(op, body, options = {}) {
        if (op.pattern.kind !== 'query')
            throw new TypeError(`${op.operationId} is not a query operation`);
        const { batchKeys, maxBatch } = op.pattern;
        const given = batchKeys.filter((key) => body?.[key] !== undefined);
        if (given.length !== 1 || !Array.isArray(body[given[0]]) || body[given[0]].length === 0) {
            throw new TypeError(`${op.operationId}: give exactly one non-empty array of ${batchKeys.join(' or ')}`);
        }
        const key = given[0];
        const ids = [...new Set(body[key])];
        const results = [];
        for (let start = 0; start < ids.length; start += maxBatch) {
            const batch = await this.call(op, { body: { ...body, [key]: ids.slice(start, start + maxBatch) } }, options);
            if (!Array.isArray(batch)) {
                throw new errors_js_1.InvalidResponseError({ status: 200, code: 'invalidResponse', context: {}, message: `${op.operationId}: data is not an array` });
            }
            results.push(...batch);
        }
        return results;
    }
    async send(op, input, call, options) {
        const params = { op, input, call, maxRetries: options.maxRetries };
        if (!op.authenticated || !this.auth)
            return this.transport.send({ ...params, headers: options.headers });
        const token = await this.auth.token(call);
        const answer = await this.transport.send({ ...params, headers: { ...options.headers, [this.tokenHeader]: token } });
        if (answer.status !== 401 || !this.auth.invalidate(token))
            return answer;
        const fresh = await this.auth.token(call);
        return this.transport.send({ ...params, headers: { ...options.headers, [this.tokenHeader]: fresh } });
    }
    async interpret(op, input, answer, options) {
        const { status, body } = answer;
        if (status >= 200 && status < 300) {
            if (!op.enveloped)
                return body;
            const envelope = body;
            if (envelope?.code === '0')
                return envelope.data;
            throw (0, errors_js_1.errorFromBody)(status, body);
        }
        const error = (0, errors_js_1.errorFromBody)(status, body);
        if (error instanceof errors_js_1.ReferenceExistsError && answer.ambiguousRetryCause !== undefined) {
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
        if (op.recoverByQuery && typeof reference === 'string') {
            const records = await this.call(op.recoverByQuery, { body: { references: [reference] } }, options);
            const found = Array.isArray(records) ? records.find((r) => r?.reference === reference) : undefined;
            if (found)
                return found;
        }
        const duplicate = new errors_js_1.DuplicateAfterRetryError({
            status: error.status, code: error.code, subCode: error.subCode, context: error.context, requestId: error.requestId,
            message: `a retried ${op.operationId} found its reference already used, most likely by its own first attempt`,
        });
        duplicate.firstAttemptError = cause;
        throw duplicate;
    }
    async logIn(login, password) {
        const call = (0, signals_js_1.callSignal)(this.timeoutMs);
        try {
            const answer = await this.transport.send({ op: exports.LOGIN_OPERATION, input: { body: { user: { login, password } } }, call });
            return await this.interpret(exports.LOGIN_OPERATION, {}, answer, {});
        }
        finally {
            call.dispose();
        }
    }
}
exports.ConnectFiCore = ConnectFiCore;
