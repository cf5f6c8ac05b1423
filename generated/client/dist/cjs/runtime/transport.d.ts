import type { CallInput, OperationMeta } from './operation.js';
import { type RetryPolicy } from './retry.js';
import type { CallSignal } from './signals.js';
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
/** What the client reports to `logger`: never a header, a body or a credential. */
export interface RetryEvent {
    type: 'retry';
    operationId: string;
    retry: number;
    delayMs: number;
    reason: string;
}
export interface TransportConfig {
    baseUrl: string;
    fetch: FetchLike;
    retry: RetryPolicy;
    headers?: Record<string, string>;
    logger?: (event: RetryEvent) => void;
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
export declare class Transport {
    private readonly config;
    constructor(config: TransportConfig);
    send({ op, input, call, maxRetries, headers }: SendParams): Promise<HttpAnswer>;
    private wait;
}
