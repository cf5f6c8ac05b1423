// Webhook deliveries from the outbox: a status change writes its delivery in the same transaction (state
// `pending`), then this dispatcher claims and POSTs it, once, and records the outcome. Sending never runs inside an
// API call: a receiver that is down, slow or redirecting cannot delay or fail it.
import { newId } from "./ids.js";
/** A delivery row for a status change, to be written with it. */
export function newDelivery(tenant, webhook, recordId, url, payload, attempt = 1) {
	return {
		deliveryId: newId("whd_", ""),
		tenant,
		webhook,
		recordId,
		url,
		payload,
		attempt,
		state: "pending",
		statusCode: null,
		error: null,
		durationMs: null,
		dtsCreatedAt: new Date().toISOString(),
		dtsSent: null
	};
}
const noRedirects = (input, init) => fetch(input, {
	...init,
	redirect: "manual"
});
export class Dispatcher {
	options;
	running;
	again = false;
	timer;
	inFlight = new Set();
	timeoutMs;
	constructor(options) {
		this.options = options;
		this.timeoutMs = options.timeoutMs ?? 5e3;
	}
	start() {
		this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 1e3);
		this.timer.unref();
		this.kick();
	}
	/** Sends what is pending, soon, outside the caller's request. */
	kick() {
		if (this.running) {
			this.again = true;
			return;
		}
		this.running = this.drain().finally(() => {
			this.running = undefined;
			if (this.again) {
				this.again = false;
				this.kick();
			}
		});
	}
	/** Stops looking for deliveries on a timer (at SIGTERM): from then on only kicks and the final drain of stop() send. */
	stopPolling() {
		if (this.timer) clearInterval(this.timer);
		this.timer = undefined;
	}
	/**
	* Stops polling, sends what is still pending (changes made by the last requests), and waits for the attempts in
	* flight, up to `deadlineMs`. An attempt cut off by the deadline stays claimed only for its lease: the next process
	* on the same store sends it.
	*/
	async stop(deadlineMs = 6e3) {
		this.stopPolling();
		const finished = (async () => {
			this.kick();
			while (this.running) await this.running;
			await Promise.allSettled([...this.inFlight]);
		})();
		let timer;
		await Promise.race([finished, new Promise((resolve) => timer = setTimeout(resolve, deadlineMs))]);
		clearTimeout(timer);
	}
	async drain() {
		try {
			for (;;) {
				const claimed = await this.options.store.claimDeliveries(50, this.timeoutMs * 4);
				if (!claimed.length) return;
				for (const delivery of claimed) {
					const attempt = this.attempt(delivery).finally(() => this.inFlight.delete(attempt));
					this.inFlight.add(attempt);
				}
			}
		} catch (error) {
			this.options.log?.({
				event: "webhookDispatchError",
				error: String(error)
			});
		}
	}
	allowed(url) {
		if (!this.options.allowHosts) return true;
		try {
			const { host, hostname } = new URL(url);
			return this.options.allowHosts.includes(host) || this.options.allowHosts.includes(hostname);
		} catch {
			return false;
		}
	}
	async attempt(delivery) {
		const { store, send } = this.options;
		const started = Date.now();
		const finish = (state, statusCode, error, sent) => store.finishDelivery(delivery.deliveryId, {
			state,
			statusCode,
			error,
			durationMs: sent ? Date.now() - started : null,
			dtsSent: sent ? new Date(started).toISOString() : null
		});
		try {
			if (!this.allowed(delivery.url)) {
				await finish("skipped", null, `host not in --webhook-hosts (${this.options.allowHosts.join(", ")})`, false);
				return;
			}
			let response;
			try {
				response = await send(delivery.webhook, delivery.url, delivery.payload, {
					timeoutMs: this.timeoutMs,
					fetch: noRedirects
				});
			} catch (error) {
				const e = error;
				const message = e?.name === "TimeoutError" ? `no answer within ${this.timeoutMs} ms` : e?.name === "WebhookPayloadError" ? e.message : `${e?.message ?? e}${e?.cause ? `: ${e.cause.message}` : ""}`;
				await finish("failed", null, message, e?.name !== "WebhookPayloadError");
				return;
			}
			void response.body?.cancel().catch(() => {});
			const ok = response.status >= 200 && response.status < 300;
			const redirect = response.status >= 300 && response.status < 400;
			const error = ok ? null : redirect ? `redirect to ${response.headers.get("location") ?? "(no location)"} not followed` : `receiver answered HTTP ${response.status}`;
			await finish(ok ? "delivered" : "failed", response.status, error, true);
			this.options.log?.({
				event: "webhook",
				webhook: delivery.webhook,
				deliveryId: delivery.deliveryId,
				status: response.status
			});
		} catch (error) {
			this.options.log?.({
				event: "webhookRecordError",
				deliveryId: delivery.deliveryId,
				error: String(error)
			});
		}
	}
}
