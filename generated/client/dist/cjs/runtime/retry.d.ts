export interface RetryPolicy {
    /** Retries after the first attempt. */
    maxRetries: number;
    initialDelayMs: number;
    maxDelayMs: number;
}
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
export declare const isRetryableStatus: (status: number) => boolean;
/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export declare function parseRetryAfter(header: string | null | undefined, now?: number): number | undefined;
/**
 * The wait before retry number `retry` (1-based). Retry-After wins (capped at maxDelayMs, so a hostile header
 * cannot stall the caller); otherwise a uniformly random wait up to the exponential ceiling ("full jitter").
 */
export declare function retryDelayMs(retry: number, policy: RetryPolicy, retryAfterMs?: number, random?: () => number): number;
