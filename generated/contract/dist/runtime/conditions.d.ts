import type { Condition, RequestSpec } from "./table.js";
/** The value at `a.b.0.c` in a JSON value; undefined when any step is missing. */
export declare function readAt(value: unknown, dotted: string): unknown;
/** A request value at `body.customerId`, `path.cardId` or `query.x`. */
export declare function readRequest(request: RequestSpec, dotted: string): unknown;
/** `body.documents[].documentId` as one concrete path per item the request has (`body.documents.0.documentId`). */
export declare function expandItems(request: RequestSpec, dotted: string): string[];
/** The spec's test (condition.ts), and the kit's `all` of several on one value. */
export declare function holds(value: unknown, condition: Condition): boolean;
/** A value that meets the condition, when the condition names one (`eq`, the first of `in`). */
export declare function valueFor(condition: Condition): unknown;
/** Both conditions on one value (neither replaces the other). */
export declare const both: (a: Condition | undefined, b: Condition) => Condition;
/** Conditions by path, those on the same path kept together. */
export declare function mergeConditions(...groups: (Record<string, Condition> | undefined)[]): Record<string, Condition>;
/** `status eq "completed", outcome eq "Approved"`: conditions for a reason line. */
export declare const describeConditions: (conditions: Record<string, Condition>) => string;
