import type { CallSignal } from "./signals.js";
export interface IssuedToken {
	token: string;
	dtsExpireAt: string;
}
export interface TokenSource {
	token(call: CallSignal): Promise<string>;
	/** Forgets `token` after a 401; true when a fresh one can be obtained (so the call may be retried once). */
	invalidate(token: string): boolean;
}
export declare class FixedToken implements TokenSource {
	private readonly value;
	constructor(value: string);
	token(): Promise<string>;
	invalidate(): boolean;
}
export declare class LoginTokenSource implements TokenSource {
	private readonly login;
	private readonly safetyMarginMs;
	private readonly now;
	private cached?;
	private pending?;
	/** `login` performs `/auth/get-token`; it runs under its own timeout, so one caller's abort cannot fail the others. */
	constructor(login: () => Promise<IssuedToken>, safetyMarginMs: number, now?: () => number);
	token(call: CallSignal): Promise<string>;
	invalidate(token: string): boolean;
}
