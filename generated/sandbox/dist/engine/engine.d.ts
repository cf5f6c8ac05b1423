import type { Auth, Principal } from "./auth.js";
import { DocumentedError, type Answer } from "./errors.js";
import type { PrerequisiteIR, ResourceIR, TriggerIR } from "./ir-types.js";
import type { LazySandboxKeys } from "./keys.js";
import type { LifecycleModel, OperationModel, SandboxModel, WebhookModel } from "./model.js";
import type { Delivery, Store, StoredRecord } from "./store.js";
import { type Scope } from "./values.js";
import { type Dispatcher } from "./webhooks.js";
/** What a handler receives from @connectfi/server's pipeline (validated input). */
export interface HandlerInput {
	body: any;
	params: Record<string, unknown>;
	query: Record<string, unknown>;
	principal: Principal | undefined;
	requestId: string;
}
export interface EngineOptions {
	model: SandboxModel;
	store: Store;
	auth: Auth;
	keys: LazySandboxKeys;
	dispatcher: Dispatcher;
}
type MoveResult = {
	moved: true;
	record: StoredRecord;
	delivery?: Delivery;
} | {
	moved: false;
	from: string | null;
	allowed: string[];
};
export declare class Engine {
	readonly options: EngineOptions;
	readonly resources: Map<string, ResourceIR>;
	readonly lifecycles: Map<string, LifecycleModel>;
	readonly webhooks: Map<string, WebhookModel>;
	readonly operations: Map<string, OperationModel>;
	constructor(options: EngineOptions);
	/** One handler per operation of the model, for @connectfi/server. */
	handlers(): Record<string, (input: HandlerInput) => Promise<Answer>>;
	resource(name: string | undefined): ResourceIR;
	/** The record's lifecycle: by a field of the record when the resource says so (a unified payment follows its rail's). */
	lifecycleOf(resource: ResourceIR, data?: Record<string, unknown>): LifecycleModel | undefined;
	private run;
	ok(op: OperationModel, data: unknown, requestId: string): Answer;
	/** A documented error; context keys the request or record also carries take their values (`{customerId}`). */
	fail(op: OperationModel, name: string, scope: Scope, context?: Record<string, unknown>, replaceContext?: unknown): DocumentedError;
	/** The record as the operation answers it: itself, or the operation's `answer` projection of it. */
	private answerOf;
	private scope;
	private principal;
	private authenticateUser;
	private changePassword;
	private health;
	/**
	* State-independent answers (a biller directory, return rates) are the documented example: designed data. Public
	* keys in it (an object with a PEM) are replaced by the sandbox's own, so what a client encrypts can be decrypted.
	*/
	private staticAnswer;
	/**
	* Records of `resource` whose fields equal `where` (newest first); id and reference use the store's keys, and a
	* path through a list (`employees[].employeeId`) holds when some item has the value.
	*/
	findWhere(tenant: string, resourceName: string, where: Record<string, unknown>): Promise<StoredRecord[]>;
	checkPrerequisites(op: OperationModel, scope: Scope, tenant: string, prerequisites?: PrerequisiteIR[]): Promise<void>;
	firstTrigger(op: OperationModel, on: TriggerIR["on"], scope: Scope): TriggerIR | undefined;
	/**
	* The request's ciphertext properties (`x-connectfi-encrypted` in the spec) are decrypted with the sandbox's keys and
	* replaced by what the spec keeps of the number (masked, last 4, BIN); the ciphertext itself is dropped. A bad
	* ciphertext answers the behaviour's `decryptError`.
	*/
	private decryptBody;
	/** The behaviour's decryption error; a `requestValidateError` names the property and where the keys are. */
	private undecryptable;
	private create;
	/** The declared duplicate error, naming the reference and the record that has it. */
	private duplicate;
	/** The record an operation reads or moves: `lookup` compared with `lookupField` (default the id), newest first. */
	private lookup;
	/** Record triggers (a wire of 12.91 completes when queried): the first that matches moves the record. */
	private applyRecordTriggers;
	private get;
	private query;
	private list;
	private change;
	/** The webhook payload for a record's new state. */
	payload(resource: ResourceIR, data: Record<string, unknown>): unknown;
	/**
	* Moves a record along its lifecycle (only a transition the lifecycle lists), with the webhook delivery written in
	* the same transaction when `notify` is set and the record has a webhook URL.
	*/
	move(record: StoredRecord, to: string, set: Record<string, unknown> | undefined, notify: boolean): Promise<MoveResult>;
	/** The record the resource's `updates` keeps current (a customer's kycStatus), set from this record's new state. */
	private updateLinked;
}
export {};
