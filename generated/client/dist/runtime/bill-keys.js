// The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`): fetched once, cached for a
// while, shared by concurrent callers. connectFi publishes a primary and a secondary key, each as PEM and JWK;
// both encrypt the same way, so the primary is used and the secondary is the fallback.
import { encryptAccountNumber } from "./encryption.js";
/** One published key: a PEM string, a JWK, or an object carrying either (`{ pem }`, `{ jwk }`, `{ publicKey }`). */
function keyOf(value) {
	if (typeof value === "string" && value.includes("BEGIN PUBLIC KEY")) return value;
	if (!value || typeof value !== "object") return undefined;
	const entry = value;
	if (entry.kty === "RSA") return entry;
	for (const field of [
		"pem",
		"publicKey",
		"key",
		"jwk"
	]) {
		const inner = keyOf(entry[field]);
		if (inner) return inner;
	}
	return undefined;
}
/** Reads the keys out of the operation's `data`, whichever of the published forms it carries. */
export function readBillKeys(data) {
	const keys = data ?? {};
	const primary = keyOf(keys.primary) ?? keyOf(keys.primaryKey);
	if (!primary) throw new TypeError("The bill public-keys answer has no readable primary key (PEM or JWK)");
	return {
		primary,
		secondary: keyOf(keys.secondary) ?? keyOf(keys.secondaryKey)
	};
}
export class BillKeyCache {
	fetchKeys;
	ttlMs;
	now;
	cached;
	pending;
	constructor(fetchKeys, ttlMs = 60 * 60 * 1e3, now = Date.now) {
		this.fetchKeys = fetchKeys;
		this.ttlMs = ttlMs;
		this.now = now;
	}
	async get(options) {
		if (this.cached && this.now() < this.cached.until) return this.cached.keys;
		this.pending ??= this.fetchKeys(options).then((data) => {
			const keys = readBillKeys(data);
			this.cached = {
				keys,
				until: this.now() + this.ttlMs
			};
			return keys;
		}).finally(() => {
			this.pending = undefined;
		});
		return this.pending;
	}
	/** `accountNumberEncrypted` for a bill payment, under the current primary key. */
	async encryptAccountNumber(accountNumber, options) {
		return encryptAccountNumber(accountNumber, (await this.get(options)).primary);
	}
	/** Drops the cache, e.g. after connectFi rejected a payment with `rppsAccountNumberEncrypted` after a key rotation. */
	clear() {
		this.cached = undefined;
	}
}
