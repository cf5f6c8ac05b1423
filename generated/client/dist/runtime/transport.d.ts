import { type Logger } from "./log.js";
import type { CallInput, OperationMeta } from "./operation.js";
import { type RetryPolicy } from "./retry.js";
import type { CallSignal } from "./signals.js";
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type { RetryEvent } from "./log.js";
export interface TransportConfig {
	baseUrl: string;
	fetch: FetchLike;
	retry: RetryPolicy;
	headers?: Record<string, string>;
	logger?: Logger;
	/** Names the header whose value the logger must never see. */
	tokenHeader: string;
	/** Sent as `User-Agent`: the package and its version. */
	userAgent?: string;
	random?: () => number;
}
export interface HttpAnswer {
	status: number;
	headers: Headers;
	/** Parsed JSON, text for text media types, a Blob for binary ones, undefined for an empty body. */
	body: unknown;
	/**
	* Set when an earlier attempt may have reached the server (a network error or a 5xx) before this answer:
	* a creation's `referenceExists` then most likely means the earlier attempt succeeded.
	*/
	ambiguousRetryCause?: unknown;
	/** Retries before this answer. */
	retries: number;
	/** Milliseconds from the first attempt to this answer. */
	durationMs: number;
}
export interface SendParams {
	op: OperationMeta;
	input: CallInput;
	call: CallSignal;
	maxRetries?: number;
	headers?: Record<string, string>;
}
export declare function buildUrl(baseUrl: string, op: OperationMeta, input: CallInput): string;
/** A multipart body from a plain object: Blobs as files, objects as JSON, the rest as text. */
export declare function toFormData(body: unknown): FormData;
/** The success's own media type first (a CSV export), and JSON for the error envelope; a strict server answers 406 otherwise. */
export declare function acceptFor(op: OperationMeta): string;
/** connectFi's envelope carries `requestId`; a body without one (a CSV, an error page) may still have the header. */
export declare function requestIdOf(body: unknown, headers: Headers): string | undefined;
export declare class Transport {
	private readonly config;
	constructor(config: TransportConfig);
	send({ op, input, call, maxRetries, headers }: SendParams): Promise<HttpAnswer>;
	private log;
	private wait;
}
