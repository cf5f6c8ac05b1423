import { type Session } from './session.js';
import type { OperationContract, PositiveCase, RequestSpec } from './table.js';
export type Setup = {
    request: RequestSpec;
    note?: string;
} | {
    needsState: string;
    curl?: string;
};
/** The example's request with the records it needs created first and its ciphertext under the target's key. */
export declare function setUp(session: Session, op: OperationContract, positive: PositiveCase): Promise<Setup>;
