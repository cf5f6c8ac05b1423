// The sandbox control API (its own OpenAPI document, group `sandbox`): what the vendor moves by hand or by time.
// Each call acts on the caller's tenant. Answers use the vendor's envelopes; errors are the control API's own codes,
// with the context and message their examples in openapi/sandbox/ document (`Record not found (AchTransfer <id>)`).
import { SpecDataError } from "./errors.js";
import { newId } from "./ids.js";
import { project } from "./projection.js";
import { newDelivery } from "./webhooks.js";
const PAGE_MAX = 1e3;
function failure(status, code, message, context, requestId) {
	return {
		status,
		body: {
			requestId,
			code,
			context,
			message
		}
	};
}
const ok = (data, requestId) => ({
	status: 200,
	body: {
		code: "0",
		data,
		requestId
	}
});
/** Handlers by the control API's operationIds. */
export function controlHandlers({ engine, store, auth, dispatcher }) {
	const who = (input) => input.principal;
	// The card resources a posted card transaction may belong to: those whose declaration says what it is posted as.
	const cardKinds = [...engine.resources.values()].filter((r) => r.postedAs);
	return {
		async sandboxTransition(input) {
			const { resource: name, id, to, set } = input.body;
			const resource = engine.resources.get(name);
			const known = [...engine.resources.keys()];
			if (!resource) return failure(400, "resourceUnknown", `Unknown resource (resource=${name}; known: ${known.join(", ")})`, {
				resource: name,
				known
			}, input.requestId);
			const record = await store.getRecord(who(input).tenant, resource.name, id);
			if (!record) return failure(400, "recordNotFound", `Record not found (${name} ${id})`, {
				resource: name,
				id
			}, input.requestId);
			const unknown = Object.keys(set ?? {}).filter((k) => !resource.fields.some((f) => f.name === k));
			if (unknown.length) {
				return failure(400, "requestValidateError", `set names properties ${resource.name} does not have: ${unknown.join(", ")}`, unknown.map((k) => ({
					instancePath: `/set/${k}`,
					schemaPath: "#/properties/set",
					keyword: "additionalProperties",
					params: { additionalProperty: k },
					message: `${resource.name} has no property ${k}`
				})), input.requestId);
			}
			if (!resource.status) return failure(400, "transitionNotAllowed", `Transition not allowed (${name} ${id}: ${name} has no status lifecycle)`, {
				resource: name,
				id,
				from: null,
				to,
				allowed: []
			}, input.requestId);
			const moved = await engine.move(record, to, set, true);
			if (!moved.moved) {
				return failure(400, "transitionNotAllowed", `Transition not allowed (${name} ${id} ${moved.from} -> ${to}; allowed ${moved.allowed.join(", ") || "nothing: terminal"})`, {
					resource: name,
					id,
					from: moved.from,
					to,
					allowed: moved.allowed
				}, input.requestId);
			}
			return ok({
				record: moved.record.data,
				...moved.delivery ? { webhookDeliveryId: moved.delivery.deliveryId } : {}
			}, input.requestId);
		},
		async sandboxCardTransactionPost(input) {
			// A card transaction the card network would post. Which cards accept one, and the record it becomes on each,
			// is the spec's `postedAs` on the card resources (openapi/resources.yaml); a card of any other kind is unknown here.
			if (!cardKinds.length) throw new SpecDataError("no resource in x-connectfi-resources declares postedAs, so sandboxCardTransactionPost has no card kind to post to");
			const body = input.body;
			const principal = who(input);
			const id = String(body.cFiCardId);
			for (const card of cardKinds) {
				const found = await store.getRecord(principal.tenant, card.name, id);
				if (!found) continue;
				const resource = engine.resource(card.postedAs.resource);
				const now = new Date().toISOString();
				const built = project({
					body,
					card: found.data,
					principal
				}, card.postedAs.set);
				const data = {
					...built,
					[resource.idField]: newId(resource.idPrefix, principal.aggregatorId),
					dtsCreatedAt: now
				};
				for (const key of Object.keys(data)) if (!resource.fields.some((f) => f.name === key)) delete data[key];
				await store.insertRecord({
					tenant: principal.tenant,
					resource: resource.name,
					id: String(data[resource.idField]),
					reference: null,
					status: null,
					createdAt: now,
					webhookUrl: null,
					data
				});
				return ok(data, input.requestId);
			}
			const kinds = cardKinds.map((c) => c.name).join("|");
			return failure(400, "recordNotFound", `Record not found (${kinds} ${id})`, {
				resource: kinds,
				id
			}, input.requestId);
		},
		async sandboxUserCreate(input) {
			const { login, password } = input.body;
			const user = await auth.createUser(login, password);
			if (!user) return failure(400, "loginExists", `Login exists (login=${login})`, { login }, input.requestId);
			return ok({
				login: user.login,
				aggregatorId: user.aggregatorId
			}, input.requestId);
		},
		async sandboxWebhookList(input) {
			const body = input.body ?? {};
			const limit = Math.min(body.numberOfRecords ?? PAGE_MAX, PAGE_MAX);
			const { deliveries, more } = await store.listDeliveries(who(input).tenant, {
				recordId: body.recordId,
				webhook: body.webhook
			}, {
				skip: body.skipRecords ?? 0,
				limit
			});
			return ok({
				deliveries: deliveries.map(publicDelivery),
				more
			}, input.requestId);
		},
		async sandboxWebhookRedeliver(input) {
			const { deliveryId } = input.body;
			const old = await store.getDelivery(who(input).tenant, deliveryId);
			if (!old) return failure(400, "deliveryNotFound", `Delivery not found (deliveryId=${deliveryId})`, { deliveryId }, input.requestId);
			const again = newDelivery(old.tenant, old.webhook, old.recordId, old.url, old.payload, old.attempt + 1);
			await store.insertDelivery(again);
			dispatcher.kick();
			return ok(publicDelivery(again), input.requestId);
		},
		async sandboxReset(input) {
			return ok({ deleted: await store.resetTenant(who(input).tenant) }, input.requestId);
		}
	};
}
export function publicDelivery(d) {
	return {
		deliveryId: d.deliveryId,
		webhook: d.webhook,
		recordId: d.recordId,
		url: d.url,
		payload: d.payload,
		attempt: d.attempt,
		state: d.state === "sending" ? "pending" : d.state,
		statusCode: d.statusCode,
		error: d.error,
		durationMs: d.durationMs,
		dtsCreatedAt: d.dtsCreatedAt,
		dtsSent: d.dtsSent
	};
}
