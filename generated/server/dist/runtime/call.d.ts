export declare const TOO_LARGE: unique symbol;
export interface IncomingCall {
	/** Upper case. */
	method: string;
	/** The path, without the query string. */
	path: string;
	/** The query string without `?`, or empty. */
	search: string;
	/** A header by lower-case name. */
	header(name: string): string | undefined;
	/** The whole body, or TOO_LARGE as soon as more than `limit` bytes arrived (the rest is not read). */
	readBody(limit: number): Promise<Uint8Array | typeof TOO_LARGE>;
}
export interface OutgoingAnswer {
	status: number;
	headers: Record<string, string>;
	body?: string | Uint8Array;
}
/** Splits `/path?query` without building a URL object (the hot path runs this on every request). */
export declare function splitTarget(target: string): {
	path: string;
	search: string;
};
