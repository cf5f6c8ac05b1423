import type { BodyContract, RequestSpec } from "./table.js";
export interface Outgoing {
	method: string;
	url: string;
	headers: Record<string, string>;
	/** JSON text, raw text, or multipart fields (files as `{ file: name }`). */
	body?: {
		kind: "text";
		text: string;
	} | {
		kind: "multipart";
		fields: [string, string | {
			file: string;
		}][];
	};
}
export interface Exchange {
	request: Outgoing;
	status?: number;
	contentType?: string;
	text?: string;
	/** The parsed body when the answer says it is JSON and parses. */
	json?: unknown;
	/** Why no answer came: a timeout or a connection error. */
	failure?: string;
	ms: number;
}
export interface Target {
	baseUrl: string;
	tokenHeader: string;
	timeoutMs: number;
}
/** The file name a file field's example stands for: `<the bytes of passport.pdf>` -> `passport.pdf`. */
export declare const fileNameOf: (field: string, example: unknown) => string;
export declare function buildUrl(baseUrl: string, path: string, request: RequestSpec): string;
/** The request as it goes on the wire: JSON, multipart with stand-in bytes for files, or raw text. */
export declare function outgoing(target: Target, method: string, path: string, request: RequestSpec, body: BodyContract | undefined, token: string | undefined): Outgoing;
export declare function send(out: Outgoing, timeoutMs: number): Promise<Exchange>;
