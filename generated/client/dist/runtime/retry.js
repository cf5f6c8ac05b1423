// When and how long to wait before retrying: network errors, 429 and 5xx, with exponential backoff and "equal"
// jitter, honouring the server's Retry-After when it gives one. The policy is data the caller may override.
export const DEFAULT_RETRY_POLICY = {
	maxRetries: 2,
	initialDelayMs: 500,
	maxDelayMs: 8e3
};
export const isRetryableStatus = (status) => status === 429 || status >= 500;
/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function parseRetryAfter(header, now = Date.now()) {
	if (!header) return undefined;
	const trimmed = header.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
* The wait before retry number `retry` (1-based). Retry-After wins (capped at maxDelayMs, so a hostile header
* cannot stall the caller); otherwise a uniformly random wait between half the exponential ceiling and all of it
* ("equal jitter": spread enough that clients retrying together do not stampede, yet never an instant retry, which
* full jitter, 0 to the ceiling, allows).
*/
export function retryDelayMs(retry, policy, retryAfterMs, random = Math.random) {
	if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
	const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
	return Math.round(ceiling * (.5 + random() / 2));
}
