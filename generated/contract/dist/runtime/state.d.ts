import { type Session } from "./session.js";
import type { OperationContract, PositiveCase, RequestSpec } from "./table.js";
type NeedsState = {
	needsState: string;
	curl?: string;
};
/**
* The request to send, what the kit built for it (`note`), and the first thing it could not build (`shortfall`): the
* request then goes out as documented there, and a documented refusal of it is "needs state" for that reason.
*/
export interface Setup {
	request: RequestSpec;
	note?: string;
	shortfall?: NeedsState;
}
/** The example's request with the records it needs created first and its ciphertext under the target's key. */
export declare function setUp(session: Session, op: OperationContract, positive: PositiveCase): Promise<Setup>;
export {};
