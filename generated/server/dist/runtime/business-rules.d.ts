import { CallFailure, type ValidationIssue } from './envelope.js';
import type { BodySpec } from './route.js';
/** The failure to answer for a body that failed `spec.validate` with `issues`; undefined lets the body through. */
export declare function judgeInvalidBody(spec: BodySpec, body: unknown, issues: ValidationIssue[]): CallFailure | undefined;
