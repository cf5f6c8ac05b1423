import { type PublicKeyInput } from "./encryption.js";
import type { RequestOptions } from "./operation.js";
export interface BillPublicKeys {
	primary: PublicKeyInput;
	secondary?: PublicKeyInput;
}
/** Reads the keys out of the operation's `data`, whichever of the published forms it carries. */
export declare function readBillKeys(data: unknown): BillPublicKeys;
export declare class BillKeyCache {
	private readonly fetchKeys;
	private readonly ttlMs;
	private readonly now;
	private cached?;
	private pending?;
	constructor(fetchKeys: (options?: RequestOptions) => Promise<unknown>, ttlMs?: number, now?: () => number);
	get(options?: RequestOptions): Promise<BillPublicKeys>;
	/** `accountNumberEncrypted` for a bill payment, under the current primary key. */
	encryptAccountNumber(accountNumber: string, options?: RequestOptions): Promise<string>;
	/** Drops the cache, e.g. after connectFi rejected a payment with `rppsAccountNumberEncrypted` after a key rotation. */
	clear(): void;
}
