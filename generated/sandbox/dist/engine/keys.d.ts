import { type KeyObject } from "node:crypto";
import type { Store } from "./store.js";
export interface PublishedKey {
	keyId: string;
	pem: string;
	jwk: Record<string, unknown>;
}
interface LoadedKey extends PublishedKey {
	privateKey: KeyObject;
}
/**
* Loaded on first use: generating two RSA-2048 pairs takes a few hundred milliseconds, which a fresh `:memory:`
* sandbox should not spend before it answers.
*/
export declare class LazySandboxKeys {
	private readonly store;
	private loading;
	constructor(store: Store);
	get(): Promise<SandboxKeys>;
}
export declare class SandboxKeys {
	readonly keys: LoadedKey[];
	private constructor();
	static load(store: Store): Promise<SandboxKeys>;
	published(): PublishedKey[];
	/** The UTF-8 plaintext, or undefined when no key (the one named `keyId`, else any) decrypts it. */
	decrypt(ciphertext: string, keyId?: string): string | undefined;
}
export {};
