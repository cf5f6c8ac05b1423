import type { Exchange } from "./http.js";
import type { OperationContract } from "./table.js";
import type { Validators } from "./validator.js";
/** The documented key for a status: exact (`200`), then its range (`4XX`), then `default`. */
export declare function documentedStatus(responses: Record<string, unknown>, status: number): string | undefined;
export interface Judged {
	problems: string[];
	/** The envelope's `code`, when the answer is JSON with one. */
	code?: string;
}
/** What a failed exchange or a server error says, before anything else is looked at. */
export declare function transportProblem(ex: Exchange): string | undefined;
export declare const codeOf: (ex: Exchange) => string | undefined;
/** `400 requestValidateError (/user/login must match pattern)`: the status, code and the violations a refusal names. */
export declare function describeAnswer(ex: Exchange): string;
/** The answer against the body validator named for its status and media type. */
export declare function judgeAgainst(ex: Exchange, media: Record<string, string>, validators: Validators, csvHeader?: string): string[];
/** The answer against the operation's documented responses. */
export declare function judge(op: OperationContract, ex: Exchange, validators: Validators): Judged;
