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
* cannot stall the caller); otherwise a uniformly random wait between half the exponential ceiling and all of it
* ("equal jitter": spread enough that clients retrying together do not stampede, yet never an instant retry, which
* full jitter, 0 to the ceiling, allows).
*/
export declare function retryDelayMs(retry: number, policy: RetryPolicy, retryAfterMs?: number, random?: () => number): number;
