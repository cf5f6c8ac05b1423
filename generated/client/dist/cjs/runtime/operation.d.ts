export type OperationPatternMeta = {
	kind: "plain";
} | {
	kind: "list";
	recordsKey: string;
	maxPageSize: number;
} | {
	kind: "query";
	batchKeys: string[];
	maxBatch: number;
} | {
	kind: "export";
	contentType: string;
};
export interface OperationMeta {
	operationId: string;
	method: "get" | "put" | "post" | "delete" | "patch";
	path: string;
	/** False for the open operations (`/auth/get-token`, `/health`). */
	authenticated: boolean;
	/** The request body's media type, when the operation takes a body. */
	requestContentType?: string;
	/** The success body's media type; absent when the success has no body. */
	responseContentType?: string;
	/** True when the success body is `{ code: "0", data, requestId }` and the caller gets `data`. */
	enveloped: boolean;
	pattern: OperationPatternMeta;
	/**
	* For a creation deduplicated by `reference`: the query operation of the same rail that finds a record by
	* reference, used when a retried creation answers `referenceExists`.
	*/
	recoverByQuery?: OperationMeta;
}
/** The values one call sends: path parameters by name, query parameters, and the body. */
export interface CallInput {
	path?: Record<string, string | number>;
	query?: Record<string, string | number | boolean | undefined>;
	body?: unknown;
}
/** Per-call options; every field overrides the client's default for this call only. */
export interface RequestOptions {
	/** Milliseconds before the call (all attempts included) fails with ConnectFiTimeoutError. */
	timeoutMs?: number;
	/** Cancels the call; the promise rejects with ConnectFiAbortError. */
	signal?: AbortSignal;
	/** Retries after the first attempt (network errors, 429, 5xx). */
	maxRetries?: number;
	headers?: Record<string, string>;
}
/** A multipart body as an object: file fields (typed `string` by openapi-typescript) also take a Blob or File. */
export type MultipartBody<T> = { [K in keyof T]: T[K] extends string | undefined ? T[K] | Blob : T[K] };
