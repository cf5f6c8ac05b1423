import type { BehaviourIR, FieldIR, PrerequisiteIR, ResourceIR, TriggerIR } from "./ir-types.js";
export interface LifecycleModel {
	schemaName: string;
	states: string[];
	initial: string[];
	terminal: string[];
	transitions: {
		from: string;
		to: string;
		trigger: string;
	}[];
}
/** A documented error answer: status and envelope, from the operation's example of that name. */
export interface ErrorExample {
	status: number;
	body: {
		code: string;
		subCode?: string;
		message: string;
		context: unknown;
		requestId?: string;
	};
}
export type PatternModel = {
	kind: "plain";
} | {
	kind: "list";
	recordsKey: string;
	maxPageSize: number;
} | {
	kind: "query";
	batchKeys: string[];
	maxBatch: number;
} | {
	kind: "export";
	contentType: string;
};
export interface OperationModel {
	operationId: string;
	method: string;
	path: string;
	behaviour?: BehaviourIR;
	triggers: TriggerIR[];
	prerequisites: PrerequisiteIR[];
	pattern: PatternModel;
	success?: {
		status: number;
		contentType?: string;
		enveloped: boolean;
		dataSchemaName?: string;
		itemSchemaName?: string;
		/** The documented answer's `data` (or body): designed data for what a sandbox cannot know (a biller directory). */
		example?: unknown;
		/** Every documented answer's data when there are several (one per `transferType`): the closest is the template. */
		examples?: unknown[];
	};
	/** Documented error examples by name (`referenceExists`, `wireRejected-invalidSourceAccount`). */
	errors: Record<string, ErrorExample>;
	/** Names of the JSON body's top-level properties, for the unknown-property report. */
	bodyProperties?: string[];
}
export interface WebhookModel {
	name: string;
	/** The payload is `{ code, data, requestId }` rather than the record itself. */
	enveloped: boolean;
	/** The payload record's properties: required ones the stored record lacks are sent as null when nullable. */
	fields: FieldIR[];
}
export interface SandboxModel {
	title: string;
	version: string;
	tokenHeader: string;
	resources: ResourceIR[];
	lifecycles: LifecycleModel[];
	webhooks: WebhookModel[];
	operations: OperationModel[];
}
