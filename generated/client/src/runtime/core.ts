// The engine behind every facade method: auth, the call's timeout and signal, retries (via the transport), the
// success envelope, typed errors, the duplicate-reference recovery, pagination and query batching.
import { APIPromise, type WithResponse } from './api-promise.js';
import { FixedToken, LoginTokenSource, type IssuedToken, type TokenSource } from './auth.js';
import { ConnectFiError, DuplicateAfterRetryError, InvalidResponseError, ReferenceExistsError, errorFromBody } from './errors.js';
import { makeLogger, type Logger } from './log.js';
import type { CallInput, OperationMeta, RequestOptions } from './operation.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { callSignal, type CallSignal } from './signals.js';
import { Transport, requestIdOf, type FetchLike, type HttpAnswer } from './transport.js';

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
  /**
   * Told about every HTTP attempt (method, path, status, duration, requestId, retry number, headers with the token
   * and other credentials masked) and every retry wait; never given a body.
   */
  logger?: Logger;
  /** `debug` writes every event as one line to console.debug. Default: the `CONNECTFI_LOG` environment variable, else off. */
  logLevel?: 'debug' | 'off';
  /** The token header; the generated client passes its bundle's (the apiKey security scheme's name). */
  tokenHeader?: string;
  /** The `User-Agent`; the generated client passes its package name and version. */
  userAgent?: string;
}

/**
 * What the generated client binds the core to, from its bundle (the IR's vendor facts), never defaulted here: the
 * header the token travels in and the login operation (absent when the API has none; then only `token` works).
 */
export interface CoreOptions extends ClientOptions {
  tokenHeader: string;
  loginOperation?: OperationMeta;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** A wrong baseUrl fails here, naming it, instead of as a confusing fetch error on the first call. */
function checkBaseUrl(baseUrl: unknown): void {
  const example = 'give the host PayGears supplied, e.g. https://sandbox.connectfi.example';
  if (typeof baseUrl !== 'string' || !baseUrl.trim()) throw new ConnectFiError(`createConnectFiClient: baseUrl is required; ${example}`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" is not an absolute URL; ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" must use https (or http for a local mock), not ${url.protocol}`);
  if (url.search || url.hash) throw new ConnectFiError(`createConnectFiClient: baseUrl "${baseUrl}" must not carry a query or fragment; operation paths are appended to it`);
}

/** Every operation but two needs a token: without a way to get one, the client fails now, not on its first call. */
function checkCredentials(options: ClientOptions): void {
  if (options.token !== undefined) {
    if (typeof options.token !== 'string' || !options.token) throw new ConnectFiError('createConnectFiClient: token is empty; give the token from /auth/get-token, or login and password');
    return;
  }
  const missing = (['login', 'password'] as const).filter((key) => typeof options[key] !== 'string' || !options[key]);
  if (missing.length === 2) throw new ConnectFiError("createConnectFiClient: no credentials; give login and password (the API user's), or a token");
  if (missing.length) throw new ConnectFiError(`createConnectFiClient: ${missing[0]} is missing or empty; give both login and password, or a token`);
}

export class ConnectFiCore {
  private readonly transport: Transport;
  private readonly auth?: TokenSource;
  private readonly timeoutMs: number;
  private readonly tokenHeader: string;
  /** Sent by the facade's transport, and by the low-level client too. */
  readonly userAgent?: string;

  constructor(options: CoreOptions) {
    checkBaseUrl(options?.baseUrl);
    checkCredentials(options);
    if (typeof options.tokenHeader !== 'string' || !options.tokenHeader) throw new ConnectFiError("createConnectFiClient: tokenHeader is empty; the generated client passes its bundle's");
    const fetchImpl = options.fetch ?? (globalThis.fetch ? (input, init) => globalThis.fetch(input, init) : undefined);
    if (!fetchImpl) throw new ConnectFiError('createConnectFiClient: no global fetch in this runtime; pass options.fetch');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.tokenHeader = options.tokenHeader;
    this.userAgent = options.userAgent;
    this.transport = new Transport({
      baseUrl: options.baseUrl,
      fetch: fetchImpl,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries },
      headers: options.headers,
      logger: makeLogger(options.logger, options.logLevel),
      tokenHeader: this.tokenHeader,
      userAgent: options.userAgent,
    });
    if (options.token) this.auth = new FixedToken(options.token);
    else {
      const { login, password, loginOperation } = options as Required<Pick<CoreOptions, 'login' | 'password'>> & CoreOptions;
      if (!loginOperation) throw new ConnectFiError('createConnectFiClient: this API has no login operation; give a token');
      this.auth = new LoginTokenSource(() => this.logIn(loginOperation, login, password), options.tokenSafetyMarginMs ?? 60_000);
    }
  }

  /**
   * Calls one operation. Awaited, the promise is the success envelope's `data` (or the whole body when it has no
   * envelope); `.withResponse()` gives `{ data, response }` with the status, headers and requestId.
   */
  call<T>(op: OperationMeta, input: CallInput = {}, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.callWithResponse<T>(op, input, options));
  }

  private async callWithResponse<T>(op: OperationMeta, input: CallInput, options: RequestOptions): Promise<WithResponse<T>> {
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

  /**
   * A query with any number of ids: deduplicated (as connectFi does), sent in batches of the operation's maximum.
   * `.withResponse()` gives the last batch's answer.
   */
  queryAll<T>(op: OperationMeta, body: Record<string, unknown>, options: RequestOptions = {}): APIPromise<T[]> {
    return new APIPromise(this.queryBatches<T>(op, body, options));
  }

  private async queryBatches<T>(op: OperationMeta, body: Record<string, unknown>, options: RequestOptions): Promise<WithResponse<T[]>> {
    if (op.pattern.kind !== 'query') throw new TypeError(`${op.operationId} is not a query operation`);
    const { batchKeys, maxBatch } = op.pattern;
    const given = batchKeys.filter((key) => body?.[key] !== undefined);
    if (given.length !== 1 || !Array.isArray(body[given[0]]) || (body[given[0]] as unknown[]).length === 0) {
      throw new TypeError(`${op.operationId}: give exactly one non-empty array of ${batchKeys.join(' or ')}`);
    }
    const key = given[0];
    const ids = [...new Set(body[key] as unknown[])];
    const results: T[] = [];
    let last: WithResponse<T[]> | undefined;
    for (let start = 0; start < ids.length; start += maxBatch) {
      last = await this.call<T[]>(op, { body: { ...body, [key]: ids.slice(start, start + maxBatch) } }, options).withResponse();
      if (!Array.isArray(last.data)) {
        throw new InvalidResponseError({ status: last.response.status, code: 'invalidResponse', context: {}, message: `${op.operationId}: data is not an array`, headers: last.response.headers });
      }
      results.push(...last.data);
    }
    return { data: results, response: last!.response };
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

  private async interpret<T>(op: OperationMeta, input: CallInput, answer: HttpAnswer, options: RequestOptions): Promise<WithResponse<T>> {
    const { status, body, headers } = answer;
    if (status >= 200 && status < 300) {
      const response = { status, headers, requestId: requestIdOf(body, headers), retries: answer.retries, durationMs: answer.durationMs };
      if (!op.enveloped) return { data: body as T, response };
      const envelope = body as { code?: unknown; data?: T } | undefined;
      if (envelope?.code === '0') return { data: envelope.data as T, response };
      throw errorFromBody(status, body, headers);
    }
    const error = errorFromBody(status, body, headers);
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
  private async recoverDuplicate<T>(op: OperationMeta, input: CallInput, error: ReferenceExistsError, cause: unknown, options: RequestOptions): Promise<WithResponse<T>> {
    const reference = (input.body as { reference?: unknown } | undefined)?.reference ?? error.reference;
    if (op.recoverByQuery && typeof reference === 'string') {
      const { data: records, response } = await this.call<Record<string, unknown>[]>(op.recoverByQuery, { body: { references: [reference] } }, options).withResponse();
      const found = Array.isArray(records) ? records.find((r) => r?.reference === reference) : undefined;
      if (found) return { data: found as T, response };
    }
    const duplicate = new DuplicateAfterRetryError({
      status: error.status,
      code: error.code,
      subCode: error.subCode,
      context: error.context,
      requestId: error.requestId,
      headers: error.headers,
      message: `a retried ${op.operationId} found its reference already used, most likely by its own first attempt`,
    });
    duplicate.firstAttemptError = cause;
    throw duplicate;
  }

  private async logIn(op: OperationMeta, login: string, password: string): Promise<IssuedToken> {
    const call = callSignal(this.timeoutMs);
    try {
      const answer = await this.transport.send({ op, input: { body: { user: { login, password } } }, call });
      return (await this.interpret<IssuedToken>(op, {}, answer, {})).data;
    } finally {
      call.dispose();
    }
  }
}
