// When and how long to wait before retrying: network errors, 429 and 5xx, with exponential backoff and "equal"
// jitter, honouring the server's Retry-After when it gives one. The policy is data the caller may override.
const DEFAULT_RETRY_POLICY = { maxRetries: 2, initialDelayMs: 500, maxDelayMs: 8e3 };
const isRetryableStatus = (status) => status === 429 || status >= 500;
function parseRetryAfter(header, now = Date.now()) {
  if (!header) return void 0;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function retryDelayMs(retry, policy, retryAfterMs, random = Math.random) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
export {
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs
};
