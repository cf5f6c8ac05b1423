import { APIPromise } from "./api-promise.js";
import { type Logger } from "./log.js";
import type { CallInput, OperationMeta, RequestOptions } from "./operation.js";
import { type RetryPolicy } from "./retry.js";
import { type FetchLike } from "./transport.js";
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
	retry?: Partial<Omit<RetryPolicy, "maxRetries">>;
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
	logLevel?: "debug" | "off";
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
export declare class ConnectFiCore {
	private readonly transport;
	private readonly auth?;
	private readonly timeoutMs;
	private readonly tokenHeader;
	/** Sent by the facade's transport, and by the low-level client too. */
	readonly userAgent?: string;
	constructor(options: CoreOptions);
	/**
	* Calls one operation. Awaited, the promise is the success envelope's `data` (or the whole body when it has no
	* envelope); `.withResponse()` gives `{ data, response }` with the status, headers and requestId.
	*/
	call<T>(op: OperationMeta, input?: CallInput, options?: RequestOptions): APIPromise<T>;
	private callWithResponse;
	/** The current token (logging in if needed), for the low-level openapi-fetch client. */
	token(options?: RequestOptions): Promise<string | undefined>;
	/** Every record of a list operation, page by page (`numberOfRecords`, `skipRecords`, `more`). */
	paginate<T>(op: OperationMeta, filter?: Record<string, unknown>, options?: RequestOptions): AsyncGenerator<T>;
	/**
	* A query with any number of ids: deduplicated (as connectFi does), sent in batches of the operation's maximum.
	* `.withResponse()` gives the last batch's answer.
	*/
	queryAll<T>(op: OperationMeta, body: Record<string, unknown>, options?: RequestOptions): APIPromise<T[]>;
	private queryBatches;
	private send;
	private interpret;
	/**
	* A retried creation answered `referenceExists`: the attempt that failed on the wire most likely created the
	* record. Return it, read back by reference through the rail's query; if that is impossible, throw
	* DuplicateAfterRetryError (a ReferenceExistsError naming the entity), never the first attempt's failure.
	*/
	private recoverDuplicate;
	private logIn;
}
