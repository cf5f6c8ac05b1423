import type { operations } from './schema.js';
/** KYC/KYB application status changed (fidelity: documented) */
export type AkepaStatusChangedEvent = NonNullable<operations["akepaStatusChanged"]["requestBody"]>["content"]["application/json"];
/** Every webhook connectFi sends, by name, with its payload. */
export interface WebhookEvents {
    "akepaStatusChanged": AkepaStatusChangedEvent;
}
export declare const webhookNames: readonly ["akepaStatusChanged"];
/**
 * Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.
 *
 * @example
 * ```ts
 * const event = parseWebhook("akepaStatusChanged", rawBody);
 * ```
 */
export declare const parseWebhook: <K extends "akepaStatusChanged">(name: K, rawBody: import("./runtime/webhooks.js").RawBody) => WebhookEvents[K];
