/** One HTTP attempt: what was asked, what came back, how long it took. */
export interface RequestEvent {
	type: "request";
	operationId: string;
	method: string;
	/** The URL's path and query, credential-like query values masked. */
	path: string;
	/** Absent when no answer came (then `error` says why). */
	status?: number;
	durationMs: number;
	requestId?: string;
	/** 0 for the first attempt, 1 for the first retry, ... */
	retry: number;
	/** The request's headers, the token and other credentials masked. */
	headers: Record<string, string>;
	error?: string;
}
/** A wait before the next attempt. */
export interface RetryEvent {
	type: "retry";
	operationId: string;
	retry: number;
	delayMs: number;
	reason: string;
}
export type ClientEvent = RequestEvent | RetryEvent;
export type Logger = (event: ClientEvent) => void;
export declare function redactHeaders(headers: Record<string, string>, tokenHeader: string): Record<string, string>;
export declare function redactUrlPath(url: string): string;
/** One line per event, for `logLevel: 'debug'`. */
export declare function formatEvent(event: ClientEvent): string;
/** The logger a client uses: the caller's, and/or console.debug lines when the level (or CONNECTFI_LOG) is `debug`. */
export declare function makeLogger(logger: Logger | undefined, level: "debug" | "off" | undefined): Logger | undefined;
