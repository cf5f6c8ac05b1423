// Sending a webhook the way connectFi does: the payload is validated against the webhook's schema first, so a
// server built on these stubs never posts a body its receivers' parsers would reject.
export class WebhookPayloadError extends Error {
	webhook;
	violations;
	constructor(webhook, violations) {
		super(`The ${webhook} payload does not match its schema: ${violations.map((v) => `${v.instancePath || "(root)"} ${v.message}`).join("; ")}`);
		this.webhook = webhook;
		this.violations = violations;
	}
}
export function createWebhookSender(validators) {
	return async function sendWebhook(name, url, payload, options = {}) {
		const validate = validators[name];
		if (!validate) throw new Error(`No webhook is documented under the name ${name}`);
		if (!validate(payload)) throw new WebhookPayloadError(name, validate.errors ?? []);
		return (options.fetch ?? globalThis.fetch)(url, {
			method: "POST",
			headers: {
				"content-type": "application/json",
				...options.headers
			},
			body: JSON.stringify(payload),
			signal: AbortSignal.timeout(options.timeoutMs ?? 1e4)
		});
	};
}
