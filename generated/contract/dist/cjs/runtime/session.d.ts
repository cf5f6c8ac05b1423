import { type Exchange, type Target } from "./http.js";
import type { Secrets } from "./curl.js";
import type { TargetKeys } from "./encrypt.js";
import type { ContractTable, OperationContract, RequestSpec } from "./table.js";
import type { Validators } from "./validator.js";
export interface Session {
	target: Target;
	table: ContractTable;
	validators: Validators;
	/** The token the provider issued at login (or the one given); undefined when login failed. */
	token?: string;
	credentials?: {
		login: string;
		password: string;
	};
	secrets: Secrets;
	/** `--sandbox`: examples that reproduce a documented sandbox trigger must answer its outcome. */
	sandbox: boolean;
	fresh(seed: string): string;
	/** The target's published encryption keys, fetched on first need. */
	keys?: Promise<TargetKeys>;
}
export declare function freshReferences(): (seed: string) => string;
export declare function setAt(body: unknown, path: (string | number)[], value: unknown): unknown;
/**
* A documented request made sendable: a fresh `reference` for a deduplicated call, the caller's credentials for the
* login (not in a negative case, whose body may no longer have the shape to hold them).
*/
export declare function prepare(session: Session, op: OperationContract, request: RequestSpec, withCredentials?: boolean): RequestSpec;
/** Sends the request with the session's token (or `auth.token`, which may be absent on purpose). */
export declare function call(session: Session, op: OperationContract, request: RequestSpec, auth?: {
	token?: string;
}): Promise<Exchange>;
