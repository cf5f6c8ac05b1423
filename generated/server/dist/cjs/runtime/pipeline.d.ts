import type { IncomingCall, OutgoingAnswer } from './call.js';
import type { AnyHandler, Awaitable } from './handler-types.js';
import { type ResponseValidators } from './response-check.js';
import type { RouteSpec } from './route.js';
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
    /** Called with what a handler (or `authenticate`) threw before the 500 answer; defaults to console.error. */
    onError?(error: unknown, context: {
        requestId: string;
        operationId?: string;
    }): void;
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
