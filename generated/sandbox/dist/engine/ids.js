// New ids in the vendor's shapes, and the masking of sensitive values before anything is stored.
import { randomBytes } from "node:crypto";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Random bytes drawn from a pool: one randomBytes call per 4 KB instead of one per id (a call costs microseconds). */
let pool = Buffer.alloc(0);
let used = 0;
function random(count) {
	if (used + count > pool.length) {
		pool = randomBytes(Math.max(4096, count));
		used = 0;
	}
	return pool.subarray(used, used += count);
}
/** `length` base62 characters (the vendor's ids look like `CLIENTID_3A5dSDcMFdlWK54dj1cacU`). */
export function randomId(length = 22) {
	const bytes = random(length * 2);
	let out = "";
	for (let i = 0; out.length < length && i < bytes.length; i++) if (bytes[i] < 248) out += ALPHABET[bytes[i] % 62];
	return out.length === length ? out : out + randomId(length - out.length);
}
/** An id from the resource's prefix (`{aggregator}` is the caller's aggregator id), within the 36 characters of common-id. */
export function newId(prefix, aggregatorId) {
	const head = prefix.replace("{aggregator}", aggregatorId);
	return head + randomId(Math.max(8, Math.min(22, 36 - head.length)));
}
/**
* A card or account number as it may be kept: the last 4 characters (and a card's 6-digit BIN) with `X` in between,
* same length, so it still fits the field's pattern.
*/
export function mask(value, kind = "account") {
	if (value.length <= 4) return "X".repeat(value.length);
	const keepHead = kind === "card" && /^\d{13,19}$/.test(value) ? 6 : 0;
	return value.slice(0, keepHead) + "X".repeat(value.length - keepHead - 4) + value.slice(-4);
}
