import type { Delivery, Store } from "./store.js";
/** Posts a payload after validating it against the webhook's schema (`sendWebhook` of @connectfi/server). */
export type WebhookSend = (name: string, url: string, payload: unknown, options: {
	timeoutMs: number;
	fetch: typeof fetch;
}) => Promise<Response>;
export interface DispatcherOptions {
	store: Store;
	send: WebhookSend;
	/** Hosts (`host` or `host:port`) deliveries may go to; undefined allows any. */
	allowHosts?: string[];
	timeoutMs?: number;
	/** How often to look for deliveries written by another process or left by a crash (ms). */
	pollMs?: number;
	log?: (line: Record<string, unknown>) => void;
}
/** A delivery row for a status change, to be written with it. */
export declare function newDelivery(tenant: string, webhook: string, recordId: string, url: string, payload: unknown, attempt?: number): Delivery;
export declare class Dispatcher {
	private readonly options;
	private running;
	private again;
	private timer;
	private readonly inFlight;
	private readonly timeoutMs;
	constructor(options: DispatcherOptions);
	start(): void;
	/** Sends what is pending, soon, outside the caller's request. */
	kick(): void;
	/** Stops looking for deliveries on a timer (at SIGTERM): from then on only kicks and the final drain of stop() send. */
	stopPolling(): void;
	/**
	* Stops polling, sends what is still pending (changes made by the last requests), and waits for the attempts in
	* flight, up to `deadlineMs`. An attempt cut off by the deadline stays claimed only for its lease: the next process
	* on the same store sends it.
	*/
	stop(deadlineMs?: number): Promise<void>;
	private drain;
	private allowed;
	private attempt;
}
