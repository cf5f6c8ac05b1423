import type { IncomingCall, OutgoingAnswer } from "./call.js";
import type { AnyHandler, Awaitable } from "./handler-types.js";
import { type ResponseValidators } from "./response-check.js";
import type { RouteSpec } from "./route.js";
import { type UnknownProperty } from "./unknown-properties.js";
/** The response header that lists body properties the operation does not define (`unknownProperties: 'warn'`). */
export declare const UNKNOWN_PROPERTIES_HEADER = "x-connectfi-unknown-properties";
export interface UnknownPropertiesReport {
	requestId: string;
	operationId: string;
	/** Each with the spelling the operation expects, when one is close: `{ path: '/webhookURL', suggestion: 'webhookUrl' }`. */
	properties: UnknownProperty[];
}
export interface PipelineOptions<Principal> {
	handlers: Partial<Record<string, AnyHandler>>;
	/** Resolves the token to the caller; `null`, `undefined` or `false` rejects it (401 `unauthorized`). */
	authenticate(token: string): Awaitable<Principal | null | undefined | false>;
	/** Validate path, query, header and body against the spec (default true). */
	validateRequests?: boolean;
	/** Validate every answer against its documented response; a violation answers 500 (default false; on in tests). */
	validateResponses?: boolean;
	/** Bytes a JSON body may have (default 1 MB). */
	bodyLimit?: number;
	/** Bytes a multipart upload may have (default 10 MB). */
	uploadLimit?: number;
	/**
	* Body properties the operation does not define (a misspelt optional field passes JSON Schema silently):
	* `warn` (default) answers as usual, adds the `x-connectfi-unknown-properties` header and calls
	* `onUnknownProperties`; `reject` answers 400 `requestValidateError` naming each; `allow` says nothing. Not checked
	* when `validateRequests` is false.
	*/
	unknownProperties?: "warn" | "reject" | "allow";
	/** The log hook of `warn`; defaults to one console.warn line per request. Names only, never values. */
	onUnknownProperties?(report: UnknownPropertiesReport): void;
	/** Called with what a handler (or `authenticate`) threw before the 500 answer; defaults to console.error. */
	onError?(error: unknown, context: {
		requestId: string;
		operationId?: string;
	}): void;
	/** A response header to carry the requestId on every answer, success or failure (e.g. `x-request-id`), so a log
	* line written outside the pipeline can name the request; none by default. */
	requestIdHeader?: string;
}
export interface PipelineTables {
	routes: RouteSpec[];
	/** The header that carries the token, from the spec's apiKey scheme. */
	tokenHeader: string;
	/** Loaded on first use, so a server without response validation never loads those validators. */
	loadResponseValidators(): Promise<ResponseValidators>;
}
export type Pipeline = (call: IncomingCall) => Promise<OutgoingAnswer>;
export declare function createPipeline<Principal>(tables: PipelineTables, options: PipelineOptions<Principal>): Pipeline;
