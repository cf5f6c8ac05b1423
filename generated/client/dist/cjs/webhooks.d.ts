import type { operations } from "./schema.js";
import { type OpenEnums, type RawBody } from "./runtime/webhooks.js";
/** KYC/KYB application status changed (fidelity: documented). Its status and other enums also admit values connectFi adds later. */
export type AkepaStatusChangedEvent = OpenEnums<NonNullable<operations["akepaStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** ACH transfer status changed (fidelity: partial). Its status and other enums also admit values connectFi adds later. */
export type AchStatusChangedEvent = OpenEnums<NonNullable<operations["achStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Bill payment status changed (fidelity: documented). Its status and other enums also admit values connectFi adds later. */
export type BillsStatusChangedEvent = OpenEnums<NonNullable<operations["billsStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Push or pull transaction status changed (fidelity: designed). Its status and other enums also admit values connectFi adds later. */
export type CardStatusChangedEvent = OpenEnums<NonNullable<operations["cardStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Wire status changed (fidelity: documented). Its status and other enums also admit values connectFi adds later. */
export type WireStatusChangedEvent = OpenEnums<NonNullable<operations["wireStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Unified payment status changed (fidelity: designed). Its status and other enums also admit values connectFi adds later. */
export type ComboStatusChangedEvent = OpenEnums<NonNullable<operations["comboStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Check status changed (fidelity: partial). Its status and other enums also admit values connectFi adds later. */
export type CheckStatusChangedEvent = OpenEnums<NonNullable<operations["checkStatusChanged"]["requestBody"]>["content"]["application/json"]>;
/** Every webhook connectFi sends, by name, with its payload. */
export interface WebhookEvents {
	"akepaStatusChanged": AkepaStatusChangedEvent;
	"achStatusChanged": AchStatusChangedEvent;
	"billsStatusChanged": BillsStatusChangedEvent;
	"cardStatusChanged": CardStatusChangedEvent;
	"wireStatusChanged": WireStatusChangedEvent;
	"comboStatusChanged": ComboStatusChangedEvent;
	"checkStatusChanged": CheckStatusChangedEvent;
}
export declare const webhookNames: readonly ["akepaStatusChanged", "achStatusChanged", "billsStatusChanged", "cardStatusChanged", "wireStatusChanged", "comboStatusChanged", "checkStatusChanged"];
/**
* Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.
*
* @example
* ```ts
* const event = parseWebhook("akepaStatusChanged", rawBody);
* ```
*/
export declare const parseWebhook: <K extends keyof WebhookEvents & string>(name: K, rawBody: RawBody) => WebhookEvents[K];
