import type { OperationMeta } from "../runtime/operation.js";
/** Every operation of the bundle, by operationId. */
export declare const operationMeta: {
	readonly sandboxTransition: OperationMeta;
	readonly sandboxCardTransactionPost: OperationMeta;
	readonly sandboxUserCreate: OperationMeta;
	readonly sandboxWebhookList: OperationMeta;
	readonly sandboxWebhookRedeliver: OperationMeta;
	readonly sandboxReset: OperationMeta;
};
/** `METHOD /path` of the operations that send no token. */
export declare const openRoutes: ReadonlySet<string>;
