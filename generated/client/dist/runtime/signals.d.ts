export interface CallSignal {
	signal: AbortSignal;
	/** The error to throw when `signal` has fired. */
	reason(): Error;
	/** Resolves after `ms`, or rejects with `reason()` as soon as the call is aborted. */
	sleep(ms: number): Promise<void>;
	dispose(): void;
}
export declare function callSignal(timeoutMs: number | undefined, callerSignal?: AbortSignal): CallSignal;
