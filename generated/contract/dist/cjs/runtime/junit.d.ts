import type { VerifyReport } from "./verify.js";
export declare function junitXml(report: VerifyReport, timestamp?: Date): string;
