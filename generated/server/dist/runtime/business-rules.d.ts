import { CallFailure, type ValidationIssue } from "./envelope.js";
import type { BodySpec } from "./route.js";
export declare const JUDGED_KEYWORDS: string[];
/** The failure to answer for a body that failed `spec.validate` with `issues`; undefined lets the body through. */
export declare function judgeInvalidBody(spec: BodySpec, body: unknown, issues: ValidationIssue[]): CallFailure | undefined;
