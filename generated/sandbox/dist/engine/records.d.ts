import type { ResourceIR } from "./ir-types.js";
export declare function maskSensitive(resource: ResourceIR, data: Record<string, unknown>): void;
/** The value a `dts<Status>` property takes when the record reaches that status (`dtsCompleted` for `Complete`). */
export declare function statusTimestampFields(resource: ResourceIR, status: string): string[];
export interface BuildContext {
	id: string;
	aggregatorId: string;
	status?: string;
	now: string;
	/** The documented answer's record: fills required fields the body does not carry. */
	template?: Record<string, unknown>;
	/** The operation documents one answer per branch of the record schema. */
	branches?: boolean;
	set?: Record<string, unknown>;
}
export declare function buildRecord(resource: ResourceIR, body: Record<string, unknown>, ctx: BuildContext): Record<string, unknown>;
/** Merges an update's body into the record: only the resource's own properties, never its id, reference or status. */
export declare function mergeUpdate(resource: ResourceIR, record: Record<string, unknown>, body: Record<string, unknown>, set?: Record<string, unknown>): Record<string, unknown>;
