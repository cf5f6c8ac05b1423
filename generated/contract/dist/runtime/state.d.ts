import { type Session } from './session.js';
import type { OperationContract, RequestSpec } from './table.js';
export type Setup = {
    request: RequestSpec;
    note?: string;
} | {
    needsState: string;
    curl?: string;
};
/** The request with a record created for it when the operation reads or moves one, else the request as is. */
export declare function setUp(session: Session, op: OperationContract, request: RequestSpec): Promise<Setup>;
