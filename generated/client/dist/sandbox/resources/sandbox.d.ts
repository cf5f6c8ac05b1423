import type { APIPromise } from "../../runtime/api-promise.js";
import type { ConnectFiCore } from "../../runtime/core.js";
import type { RequestOptions } from "../../runtime/operation.js";
import type * as T from "../types.js";
/** `control`: Drive the local sandbox by hand. Never part of connectFi's own API. */
export declare class SandboxApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Move a record along its lifecycle
	*
	* Moves one of the caller's records to `to`, as connectFi's back office or the payment network would: send,
	* complete, settle or return an ACH transfer, approve or deny a KYC application, complete a wire. Only a transition
	* that the record's lifecycle (`x-connectfi-lifecycle` in connectFi's API) has from the current status is made;
	* anything else answers `transitionNotAllowed` with the statuses that are allowed. `set` records fields with the
	* move (`returnCode` of a return, `outcome` of a KYC decision). When the record has a webhook URL, the sandbox
	* POSTs the status-change webhook, as connectFi does, and answers the delivery's id.
	*
	* **Designed here:** the whole operation; connectFi has no such call.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/transition` (sandboxTransition)
	*
	* @example
	* ```ts
	* const data = await control.transition({
	*   "resource": "AchTransfer",
	*   "id": "CLIENTID_5m41U6ycdgJ5CNyGDObY8Q",
	*   "to": "Returned",
	*   "set": {
	*     "returnCode": "R01"
	*   }
	* });
	* ```
	*/
	transition(body: T.SandboxTransitionBody, options?: RequestOptions): APIPromise<T.SandboxTransitionData>;
	/**
	* Post a card transaction to an issued card
	*
	* Posts a transaction to one of the caller's issued cards (`/ibis`), as the card network would after an
	* authorisation: a `debit` is a purchase that lowers the card's balance, a `credit` a refund that raises it. The
	* entry then shows in the card's transaction history (`/ibis/inquiry/transaction-history`).
	*
	* Which cards accept a posted transaction, and the record it is kept as, is connectFi's spec data: `postedAs` on
	* the card resources in `x-connectfi-resources` (an `IbisCard` posts an `IbisTransaction`). A card of any other kind
	* (a push/pull or acquiring card) is not found here.
	*
	* **Designed here:** the whole operation; connectFi has no such call.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/ibis/card-transactions` (sandboxCardTransactionPost)
	*
	* @example
	* ```ts
	* const data = await control.cardTransactionPost({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "amount": 12.4,
	*   "currency": "USD",
	*   "description": "Coffee Corner",
	*   "merchantName": "Coffee Corner LLC",
	*   "transactionType": "debit"
	* });
	* ```
	*/
	cardTransactionPost(body: T.SandboxCardTransactionPostBody, options?: RequestOptions): APIPromise<T.SandboxCardTransactionPostData>;
	/**
	* Create another API user (a new tenant)
	*
	* Creates an API user with its own tenant: it logs in with `/auth/get-token` like the first one and sees only the
	* records it creates, so two integrations (or two tests) can share one sandbox without seeing each other's data.
	*
	* **Designed here:** the whole operation; connectFi creates API users by hand.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/users` (sandboxUserCreate)
	*
	* @example
	* ```ts
	* const data = await control.userCreate({
	*   "login": "SECONDCLIENT_api",
	*   "password": "Second-Passw0rd!"
	* });
	* ```
	*/
	userCreate(body: T.SandboxUserCreateBody, options?: RequestOptions): APIPromise<T.SandboxUserCreateData>;
	/**
	* List the webhook deliveries
	*
	* The caller's webhook deliveries, newest first: what was POSTed where, the receiver's status code, how long it took
	* and why a delivery failed. Filter by the record or the webhook; page with `numberOfRecords` and `skipRecords`.
	*
	* **Designed here:** the whole operation; connectFi shows no delivery log.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/webhooks/list` (sandboxWebhookList)
	*
	* @example
	* ```ts
	* const data = await control.webhookList({
	*   "recordId": "CLIENTID_5m41U6ycdgJ5CNyGDObY8Q",
	*   "numberOfRecords": 10
	* });
	* ```
	*/
	webhookList(body: T.SandboxWebhookListBody, options?: RequestOptions): APIPromise<T.SandboxWebhookListData>;
	/**
	* Every record of `webhookList`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* The caller's webhook deliveries, newest first: what was POSTed where, the receiver's status code, how long it took
	* and why a delivery failed. Filter by the record or the webhook; page with `numberOfRecords` and `skipRecords`.
	*
	* **Designed here:** the whole operation; connectFi shows no delivery log.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/webhooks/list` (sandboxWebhookList)
	*
	* @example
	* ```ts
	* for await (const record of control.webhookListAll({
	*   "recordId": "CLIENTID_5m41U6ycdgJ5CNyGDObY8Q",
	*   "numberOfRecords": 10
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	webhookListAll(filter?: T.SandboxWebhookListBody, options?: RequestOptions): AsyncGenerator<T.SandboxWebhookListRecord>;
	/**
	* Send a webhook delivery again
	*
	* POSTs a recorded delivery's payload again to the same URL and records it as a new delivery (`attempt` one
	* more), so a receiver that was down can be tested without moving the record again. Like every delivery, it never
	* follows a redirect and gives up after 5 s; the answer comes once the attempt has ended.
	*
	* **Designed here:** the whole operation; connectFi makes one attempt per status change and never redelivers.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/webhooks/redeliver` (sandboxWebhookRedeliver)
	*
	* @example
	* ```ts
	* const data = await control.webhookRedeliver({
	*   "deliveryId": "whd_4k30T5xbcfI4BMxFCNxF7P"
	* });
	* ```
	*/
	webhookRedeliver(body: T.SandboxWebhookRedeliverBody, options?: RequestOptions): APIPromise<T.SandboxWebhookRedeliverData>;
	/**
	* Delete every record of the caller's tenant
	*
	* Deletes the caller's customers, applications, transfers, cards and webhook deliveries, so a test starts from a
	* known state. Other tenants and the API users themselves are untouched; the caller's token stays valid.
	*
	* **Designed here:** the whole operation; connectFi has no such call.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /sandbox/reset` (sandboxReset)
	*
	* @example
	* ```ts
	* const data = await control.reset({});
	* ```
	*/
	reset(body: T.SandboxResetBody, options?: RequestOptions): APIPromise<T.SandboxResetData>;
}
