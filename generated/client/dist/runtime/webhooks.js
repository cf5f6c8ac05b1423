// Turns a webhook's raw body into a typed event, validated by code generated at build time (Ajv standalone), so
// the client needs no validator at runtime. Errors diagnose the usual mistakes: a parsed body, an unknown name.
// A status connectFi adds tomorrow must not break a receiver: the validators accept any string where the schema
// lists string values (the generator drops those enums), while the shape (types, required fields) is still
// enforced, and the event types say so with OpenEnums.
import { ConnectFiError } from "./errors.js";
export class WebhookParseError extends ConnectFiError {
	webhook;
	items;
	constructor(message, webhook, items = []) {
		super(message);
		this.webhook = webhook;
		this.items = items;
	}
}
function text(name, rawBody) {
	if (typeof rawBody === "string") return rawBody;
	if (rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return new TextDecoder().decode(rawBody);
	throw new WebhookParseError(`parseWebhook("${name}") needs the raw request body (string, Buffer or ArrayBuffer), got ${rawBody === null ? "null" : typeof rawBody}. ` + "If your framework already parsed the JSON, read the raw body instead (e.g. express.raw({ type: \"application/json\" })).", name);
}
export function createWebhookParser(validators) {
	return function parseWebhook(name, rawBody) {
		const validate = Object.hasOwn(validators, name) ? validators[name] : undefined;
		if (!validate) throw new WebhookParseError(`Unknown webhook "${name}"; known: ${Object.keys(validators).join(", ")}`, name);
		let payload;
		try {
			payload = JSON.parse(text(name, rawBody));
		} catch (error) {
			if (error instanceof WebhookParseError) throw error;
			throw new WebhookParseError(`The ${name} body is not valid JSON`, name);
		}
		if (!validate(payload)) {
			const items = (validate.errors ?? []).map((e) => ({
				instancePath: e.instancePath,
				keyword: e.keyword,
				message: e.message ?? e.keyword
			}));
			throw new WebhookParseError(`The ${name} body does not match its schema: ${items.map((i) => `${i.instancePath || "/"} ${i.message}`).join("; ")}`, name, items);
		}
		return payload;
	};
}
