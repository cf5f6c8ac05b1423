import type { ApiUser, Store } from "./store.js";
export interface Principal {
	login: string;
	tenant: string;
	aggregatorId: string;
}
export declare function hashPassword(password: string): Promise<string>;
export declare function passwordMatches(password: string, stored: string): Promise<boolean>;
export declare const hashToken: (token: string) => string;
/** `CLIENTID_api` -> `CLIENTID`: the vendor's logins are the aggregator id with a suffix. */
export declare function aggregatorOf(login: string): string;
export declare class Auth {
	private readonly store;
	private readonly tokenTtlMs;
	/** Token hash -> principal and expiry; tokens are immutable once issued, so a cache entry is never stale before expiry. */
	private readonly cache;
	constructor(store: Store, tokenTtlMs: number);
	/** Creates the user unless the login exists; its tenant is a fresh aggregator id derived from the login. */
	createUser(login: string, password: string): Promise<ApiUser | undefined>;
	/** The user when the password is right. */
	verify(login: string, password: string): Promise<ApiUser | undefined>;
	issueToken(user: ApiUser): Promise<{
		token: string;
		dtsExpireAt: string;
	}>;
	/** The caller of a token, or undefined when it is unknown or expired (-> 401). */
	authenticate(token: string): Promise<Principal | undefined>;
	/** The tenant of a token already seen, without a store read: for the request log only. */
	cachedTenant(token: string): string | undefined;
	changePassword(login: string, oldPassword: string, newPassword: string): Promise<boolean>;
}
