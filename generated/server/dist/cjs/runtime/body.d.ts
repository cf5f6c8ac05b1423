import { type IncomingCall } from "./call.js";
import { type ValidationIssue } from "./envelope.js";
import type { BodySpec } from "./route.js";
/** `application/json; charset=utf-8` -> `application/json`. */
export declare const essence: (contentType: string | undefined) => string | undefined;
export declare function acceptedMediaType(spec: BodySpec, contentType: string | undefined): string;
export declare function readLimited(call: IncomingCall, limit: number): Promise<Uint8Array>;
export declare function parseJson(bytes: Uint8Array): unknown;
/** The Ajv-style issue for a body the operation requires but the request left empty. */
export declare const missingBody: () => ValidationIssue;
export declare function assertPresent(spec: BodySpec, bytes: Uint8Array): boolean;
