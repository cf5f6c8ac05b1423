import { type Session } from "./session.js";
import type { PositiveCase, RequestSpec } from "./table.js";
export interface PublishedKey {
	pem: string;
	keyId?: string;
}
export type TargetKeys = {
	keys: PublishedKey[];
} | {
	problem: string;
	curl?: string;
};
/** The target's published keys, fetched once per run through the contract's key endpoint. */
export declare function targetKeys(session: Session): Promise<TargetKeys>;
/**
* The request with each ciphertext replaced by a test value under the target's key; without a published key, the
* request as documented and why (`shortfall`).
*/
export declare function withTargetCiphertext(session: Session, positive: PositiveCase, request: RequestSpec): Promise<{
	request: RequestSpec;
	shortfall?: {
		needsState: string;
		curl?: string;
	};
}>;
