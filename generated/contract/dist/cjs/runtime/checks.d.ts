import type { CheckResult } from "./results.js";
import { type Session } from "./session.js";
import type { NegativeCase, OperationContract, PositiveCase } from "./table.js";
export declare function positiveCheck(session: Session, op: OperationContract, positive: PositiveCase): Promise<CheckResult>;
export declare function negativeCheck(session: Session, op: OperationContract, negative: NegativeCase): Promise<CheckResult>;
/** A protected operation without a token, and with a forged one: 401 `unauthorized` both times. */
export declare function authChecks(session: Session, op: OperationContract): Promise<CheckResult[]>;
