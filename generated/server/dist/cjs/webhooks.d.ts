import type { operations } from "./schema.js";
import type { RequestBodyOf } from "./runtime/handler-types.js";
import { type SendWebhookOptions } from "./runtime/webhook.js";
/** The payload of each webhook connectFi sends, by its name in the spec. */
export interface ConnectFiWebhookPayloads {
	"akepaStatusChanged": RequestBodyOf<operations["akepaStatusChanged"]>;
	"achStatusChanged": RequestBodyOf<operations["achStatusChanged"]>;
	"billsStatusChanged": RequestBodyOf<operations["billsStatusChanged"]>;
	"cardStatusChanged": RequestBodyOf<operations["cardStatusChanged"]>;
	"wireStatusChanged": RequestBodyOf<operations["wireStatusChanged"]>;
	"comboStatusChanged": RequestBodyOf<operations["comboStatusChanged"]>;
	"checkStatusChanged": RequestBodyOf<operations["checkStatusChanged"]>;
}
/** POSTs `payload` to `url` as webhook `name`, after validating it against the webhook's schema. */
export declare const sendWebhook: <N extends keyof ConnectFiWebhookPayloads & string>(name: N, url: string, payload: ConnectFiWebhookPayloads[N], options?: SendWebhookOptions) => Promise<Response>;
