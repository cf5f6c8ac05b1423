import { createWebhookParser } from './runtime/webhooks.js';
import * as validators from './webhook-validators.js';
export const webhookNames = ["akepaStatusChanged"];
/**
 * Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.
 *
 * @example
 * ```ts
 * const event = parseWebhook("akepaStatusChanged", rawBody);
 * ```
 */
export const parseWebhook = createWebhookParser({ "akepaStatusChanged": validators["akepaStatusChanged"] });
