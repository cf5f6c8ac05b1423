import { type OperationResult } from "./results.js";
import type { ContractTable } from "./table.js";
import type { Validators } from "./validator.js";
export interface VerifyOptions {
	target: string;
	credentials?: {
		login: string;
		password: string;
	};
	token?: string;
	only?: string[];
	timeoutMs?: number;
	/** The target is a sandbox: an example that reproduces a documented sandbox trigger must answer its outcome. */
	sandbox?: boolean;
	/** Called with each operation's result as soon as it is known (the CLI prints it). */
	onResult?(result: OperationResult): void;
	/** Called when logging in failed, before any operation is checked. */
	onLoginProblem?(problem: string): void;
}
export interface VerifyReport {
	target: string;
	results: OperationResult[];
	/** Why the login failed, when it did; every protected operation then fails on its token. */
	loginProblem?: string;
	ms: number;
}
export declare function verify(table: ContractTable, validators: Validators, options: VerifyOptions): Promise<VerifyReport>;
