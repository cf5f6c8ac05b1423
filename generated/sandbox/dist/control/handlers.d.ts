import type { operations } from "./schema.js";
import type { Awaitable, HandlerAnswer, HandlerInput, RequestBodyOf } from "@connectfi/server";
/**
* One handler per operation of the connectFi sandbox control API. Each receives the validated input and returns one of the
* responses the spec documents for it: `{ status: 200, body }`, `{ status: 400, body: errorEnvelope }`.
* `Principal` is what your `authenticate` hook returns for a token.
*/
export interface SandboxControlHandlers<Principal = unknown> {
	/**
	* Move a record along its lifecycle.
	* 
	* `POST /sandbox/transition`, fidelity designed.
	*/
	sandboxTransition(input: HandlerInput<operations["sandboxTransition"], Principal, RequestBodyOf<operations["sandboxTransition"]>>): Awaitable<HandlerAnswer<operations["sandboxTransition"]>>;
	/**
	* Post a card transaction to an issued card.
	* 
	* `POST /sandbox/ibis/card-transactions`, fidelity designed.
	*/
	sandboxCardTransactionPost(input: HandlerInput<operations["sandboxCardTransactionPost"], Principal, RequestBodyOf<operations["sandboxCardTransactionPost"]>>): Awaitable<HandlerAnswer<operations["sandboxCardTransactionPost"]>>;
	/**
	* Create another API user (a new tenant).
	* 
	* `POST /sandbox/users`, fidelity designed.
	*/
	sandboxUserCreate(input: HandlerInput<operations["sandboxUserCreate"], Principal, RequestBodyOf<operations["sandboxUserCreate"]>>): Awaitable<HandlerAnswer<operations["sandboxUserCreate"]>>;
	/**
	* List the webhook deliveries.
	* 
	* `POST /sandbox/webhooks/list`, fidelity designed.
	*/
	sandboxWebhookList(input: HandlerInput<operations["sandboxWebhookList"], Principal, RequestBodyOf<operations["sandboxWebhookList"]>>): Awaitable<HandlerAnswer<operations["sandboxWebhookList"]>>;
	/**
	* Send a webhook delivery again.
	* 
	* `POST /sandbox/webhooks/redeliver`, fidelity designed.
	*/
	sandboxWebhookRedeliver(input: HandlerInput<operations["sandboxWebhookRedeliver"], Principal, RequestBodyOf<operations["sandboxWebhookRedeliver"]>>): Awaitable<HandlerAnswer<operations["sandboxWebhookRedeliver"]>>;
	/**
	* Delete every record of the caller's tenant.
	* 
	* `POST /sandbox/reset`, fidelity designed.
	*/
	sandboxReset(input: HandlerInput<operations["sandboxReset"], Principal, RequestBodyOf<operations["sandboxReset"]>>): Awaitable<HandlerAnswer<operations["sandboxReset"]>>;
}
export type OperationId = keyof SandboxControlHandlers;
/** What the handler of `K` receives. */
export type HandlerInputOf<
	K extends OperationId,
	Principal = unknown
> = Parameters<SandboxControlHandlers<Principal>[K]>[0];
/** What the handler of `K` may answer. */
export type HandlerAnswerOf<K extends OperationId> = Awaited<ReturnType<SandboxControlHandlers[K]>>;
