import type { Validator } from "./route.js";
export declare class WebhookPayloadError extends Error {
	readonly webhook: string;
	readonly violations: NonNullable<Validator["errors"]>;
	constructor(webhook: string, violations: NonNullable<Validator["errors"]>);
}
export interface SendWebhookOptions {
	/** Extra headers, e.g. a signature your receivers check. */
	headers?: Record<string, string>;
	/** Abort the POST after this many milliseconds (default 10 000). */
	timeoutMs?: number;
	fetch?: typeof globalThis.fetch;
}
export declare function createWebhookSender<Payloads>(validators: { [N in keyof Payloads]: Validator }): <N extends keyof Payloads & string>(name: N, url: string, payload: Payloads[N], options?: SendWebhookOptions) => Promise<Response>;
