import type { OperationResult } from "./results.js";
import type { VerifyReport } from "./verify.js";
export declare function operationLines(result: OperationResult): string[];
export declare function summaryLine(report: VerifyReport): string;
