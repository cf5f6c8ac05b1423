// The engine behind every facade method: auth, the call's timeout and signal, retries (via the transport), the
// success envelope, typed errors, the duplicate-reference recovery, pagination and query batching.
import { FixedToken, LoginTokenSource, type IssuedToken, type TokenSource } from './auth.js';
import { DuplicateAfterRetryError, InvalidResponseError, ReferenceExistsError, errorFromBody } from './errors.js';
import type { CallInput, OperationMeta, RequestOptions } from './operation.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { callSignal, type CallSignal } from './signals.js';
import { Transport, type FetchLike, type HttpAnswer, type RetryEvent } from './transport.js';

export interface ClientOptions {
  /** e.g. `https://sandbox.connectfi.example` (PayGears supplies the host). */
  baseUrl: string;
  /** The API user's login and password: the client logs in through `/auth/get-token` on first use. */
  login?: string;
  password?: string;
  /** A token obtained elsewhere, sent as is; the client then never logs in. */
  token?: string;
  /** Default per-call timeout in ms (all attempts and the login included). Default 30 000. */
  timeoutMs?: number;
  /** Default retries after the first attempt. Default 2. */
  maxRetries?: number;
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>;
  /** Log in again this long before `dtsExpireAt`. Default 60 000 ms. */
  tokenSafetyMarginMs?: number;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  headers?: Record<string, string>;
  /** Told about every retry; never given a credential, header or body. */
  logger?: (event: RetryEvent) => void;
  /** The token header; the generated client passes the bundle's apiKey scheme name. */
  tokenHeader?: string;
}

export const LOGIN_OPERATION: OperationMeta = {
  operationId: 'authGetToken', method: 'post', path: '/auth/get-token', authenticated: false,
  requestContentType: 'application/json', responseContentType: 'application/json', enveloped: true, pattern: { kind: 'plain' },
};

const DEFAULT_TIMEOUT_MS = 30_000;

export class ConnectFiCore {
  private readonly transport: Transport;
  private readonly auth?: TokenSource;
  private readonly timeoutMs: number;
  private readonly tokenHeader: string;

  constructor(options: ClientOptions) {
    if (!options?.baseUrl) throw new TypeError('createConnectFiClient: baseUrl is required');
    const fetchImpl = options.fetch ?? (globalThis.fetch ? (input, init) => globalThis.fetch(input, init) : undefined);
    if (!fetchImpl) throw new TypeError('createConnectFiClient: no global fetch; pass options.fetch');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.tokenHeader = options.tokenHeader ?? 'x-connectfi-token';
    this.transport = new Transport({
      baseUrl: options.baseUrl,
      fetch: fetchImpl,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries },
      headers: options.headers,
      logger: options.logger,
    });
    if (options.token) this.auth = new FixedToken(options.token);
    else if (options.login && options.password) {
      const { login, password } = options;
      this.auth = new LoginTokenSource(() => this.logIn(login, password), options.tokenSafetyMarginMs ?? 60_000);
    } else if (options.login || options.password) throw new TypeError('createConnectFiClient: give both login and password, or a token');
  }

  /** Calls one operation and returns the success envelope's `data` (or the whole body when it has no envelope). */
  async call<T>(op: OperationMeta, input: CallInput = {}, options: RequestOptions = {}): Promise<T> {
    const call = callSignal(options.timeoutMs ?? this.timeoutMs, options.signal);
    try {
      const answer = await this.send(op, input, call, options);
      return await this.interpret<T>(op, input, answer, options);
    } finally {
      call.dispose();
    }
  }

  /** The current token (logging in if needed), for the low-level openapi-fetch client. */
  async token(options: RequestOptions = {}): Promise<string | undefined> {
    if (!this.auth) return undefined;
    const call = callSignal(options.timeoutMs ?? this.timeoutMs, options.signal);
    try {
      return await this.auth.token(call);
    } finally {
      call.dispose();
    }
  }

  /** Every record of a list operation, page by page (`numberOfRecords`, `skipRecords`, `more`). */
  async *paginate<T>(op: OperationMeta, filter: Record<string, unknown> = {}, options: RequestOptions = {}): AsyncGenerator<T> {
    if (op.pattern.kind !== 'list') throw new TypeError(`${op.operationId} is not a list operation`);
    const { recordsKey, maxPageSize } = op.pattern;
    const pageSize = typeof filter.numberOfRecords === 'number' ? filter.numberOfRecords : maxPageSize;
    let skipRecords = typeof filter.skipRecords === 'number' ? filter.skipRecords : 0;
    for (;;) {
      const data = await this.call<Record<string, unknown>>(op, { body: { ...filter, numberOfRecords: pageSize, skipRecords } }, options);
      const records = data?.[recordsKey];
      if (!Array.isArray(records)) {
        throw new InvalidResponseError({ status: 200, code: 'invalidResponse', context: { recordsKey }, message: `${op.operationId}: data.${recordsKey} is not an array` });
      }
      yield* records as T[];
      if (data.more !== true || records.length === 0) return;
      skipRecords += records.length;
    }
  }

  /** A query with any number of ids: deduplicated (as connectFi does), sent in batches of the operation's maximum. */
  async queryAll<T>(op: OperationMeta, body: Record<string, unknown>, options: RequestOptions = {}): Promise<T[]> {
    if (op.pattern.kind !== 'query') throw new TypeError(`${op.operationId} is not a query operation`);
    const { batchKeys, maxBatch } = op.pattern;
    const given = batchKeys.filter((key) => body?.[key] !== undefined);
    if (given.length !== 1 || !Array.isArray(body[given[0]]) || (body[given[0]] as unknown[]).length === 0) {
      throw new TypeError(`${op.operationId}: give exactly one non-empty array of ${batchKeys.join(' or ')}`);
    }
    const key = given[0];
    const ids = [...new Set(body[key] as unknown[])];
    const results: T[] = [];
    for (let start = 0; start < ids.length; start += maxBatch) {
      const batch = await this.call<T[]>(op, { body: { ...body, [key]: ids.slice(start, start + maxBatch) } }, options);
      if (!Array.isArray(batch)) {
        throw new InvalidResponseError({ status: 200, code: 'invalidResponse', context: {}, message: `${op.operationId}: data is not an array` });
      }
      results.push(...batch);
    }
    return results;
  }

  private async send(op: OperationMeta, input: CallInput, call: CallSignal, options: RequestOptions): Promise<HttpAnswer> {
    const params = { op, input, call, maxRetries: options.maxRetries };
    if (!op.authenticated || !this.auth) return this.transport.send({ ...params, headers: options.headers });
    const token = await this.auth.token(call);
    const answer = await this.transport.send({ ...params, headers: { ...options.headers, [this.tokenHeader]: token } });
    if (answer.status !== 401 || !this.auth.invalidate(token)) return answer;
    const fresh = await this.auth.token(call);
    return this.transport.send({ ...params, headers: { ...options.headers, [this.tokenHeader]: fresh } });
  }

  private async interpret<T>(op: OperationMeta, input: CallInput, answer: HttpAnswer, options: RequestOptions): Promise<T> {
    const { status, body } = answer;
    if (status >= 200 && status < 300) {
      if (!op.enveloped) return body as T;
      const envelope = body as { code?: unknown; data?: T } | undefined;
      if (envelope?.code === '0') return envelope.data as T;
      throw errorFromBody(status, body);
    }
    const error = errorFromBody(status, body);
    if (error instanceof ReferenceExistsError && answer.ambiguousRetryCause !== undefined) {
      return this.recoverDuplicate<T>(op, input, error, answer.ambiguousRetryCause, options);
    }
    throw error;
  }

  /**
   * A retried creation answered `referenceExists`: the attempt that failed on the wire most likely created the
   * record. Return it, read back by reference through the rail's query; if that is impossible, throw
   * DuplicateAfterRetryError (a ReferenceExistsError naming the entity), never the first attempt's failure.
   */
  private async recoverDuplicate<T>(op: OperationMeta, input: CallInput, error: ReferenceExistsError, cause: unknown, options: RequestOptions): Promise<T> {
    const reference = (input.body as { reference?: unknown } | undefined)?.reference ?? error.reference;
    if (op.recoverByQuery && typeof reference === 'string') {
      const records = await this.call<Record<string, unknown>[]>(op.recoverByQuery, { body: { references: [reference] } }, options);
      const found = Array.isArray(records) ? records.find((r) => r?.reference === reference) : undefined;
      if (found) return found as T;
    }
    const duplicate = new DuplicateAfterRetryError({
      status: error.status, code: error.code, subCode: error.subCode, context: error.context, requestId: error.requestId,
      message: `a retried ${op.operationId} found its reference already used, most likely by its own first attempt`,
    });
    duplicate.firstAttemptError = cause;
    throw duplicate;
  }

  private async logIn(login: string, password: string): Promise<IssuedToken> {
    const call = callSignal(this.timeoutMs);
    try {
      const answer = await this.transport.send({ op: LOGIN_OPERATION, input: { body: { user: { login, password } } }, call });
      return await this.interpret<IssuedToken>(LOGIN_OPERATION, {}, answer, {});
    } finally {
      call.dispose();
    }
  }
}
