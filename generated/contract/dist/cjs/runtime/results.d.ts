/** `needs state`: the check needs a record the kit could not create (the reason says why); neither passed nor failed. */
export type Verdict = "passed" | "failed" | "needs state";
export interface CheckResult {
	/** e.g. `example 01-ach-credit`, `negative tooLong`, `auth without token`. */
	name: string;
	verdict: Verdict;
	/** What was wrong (failed) or what is missing (needs state). */
	problems: string[];
	/** The request as curl, for a failure. */
	curl?: string;
}
export interface OperationResult {
	/** An operationId, or `(routing)` for the unknown-path checks. */
	name: string;
	/** `POST /transfer-to/ach/create`. */
	route: string;
	verdict: Verdict;
	checks: CheckResult[];
	ms: number;
}
export declare function foldVerdict(checks: CheckResult[]): Verdict;
