// Building a stored record from a request: the resource's own properties taken from the body, the id, reference,
// status, owner and creation time set by the sandbox, sensitive values masked. Required properties the request
// cannot supply come from the operation's documented answer (designed data, e.g. a biller's merchant id).
import { mask } from "./ids.js";
// Scalars are returned as they are: a JSON round trip per field was a measurable part of every creation.
const clone = (value) => value === null || typeof value !== "object" ? value : JSON.parse(JSON.stringify(value));
/** Properties that carry the caller's aggregator id in the vendor's records. */
const AGGREGATOR_FIELDS = /^(cFi)?aggregatorId$/i;
export function maskSensitive(resource, data) {
	for (const path of resource.sensitive) {
		const steps = path.split(".");
		let node = data;
		for (const step of steps.slice(0, -1)) node = node?.[step];
		const last = steps[steps.length - 1];
		if (node && typeof node[last] === "string") node[last] = mask(node[last]);
	}
}
function isDateTime(field) {
	return field.format === "date-time" || /^dts/.test(field.name);
}
const plans = new WeakMap();
function planOf(resource) {
	let plan = plans.get(resource);
	if (!plan) {
		plan = {
			names: resource.fields.map((f) => f.name),
			known: new Set(resource.fields.map((f) => f.name)),
			aggregator: resource.fields.filter((f) => AGGREGATOR_FIELDS.test(f.name)).map((f) => f.name),
			created: resource.fields.filter((f) => /^dtsCreated/.test(f.name) && isDateTime(f)).map((f) => f.name),
			fields: resource.fields.map((f) => ({
				name: f.name,
				required: f.required,
				dateTime: isDateTime(f),
				timestamp: /^dts/.test(f.name)
			})),
			statusTimestamps: new Map()
		};
		plans.set(resource, plan);
	}
	return plan;
}
/** The value a `dts<Status>` property takes when the record reaches that status (`dtsCompleted` for `Complete`). */
export function statusTimestampFields(resource, status) {
	const { statusTimestamps } = planOf(resource);
	let fields = statusTimestamps.get(status);
	if (!fields) {
		const names = [
			`dts${status}`,
			`dts${status}d`,
			`dts${status}ed`
		];
		fields = resource.fields.filter((f) => names.includes(f.name) && isDateTime(f)).map((f) => f.name);
		statusTimestamps.set(status, fields);
	}
	return fields;
}
export function buildRecord(resource, body, ctx) {
	const plan = planOf(resource);
	const data = {};
	for (const name of plan.names) {
		if (body[name] !== undefined) data[name] = clone(body[name]);
	}
	data[resource.idField] = ctx.id;
	if (resource.status && ctx.status !== undefined) data[resource.status.field] = ctx.status;
	for (const name of plan.aggregator) if (data[name] === undefined) data[name] = ctx.aggregatorId;
	for (const name of plan.created) if (data[name] === undefined) data[name] = ctx.now;
	if (ctx.status) for (const name of statusTimestampFields(resource, ctx.status)) data[name] ??= ctx.now;
	if (ctx.set) Object.assign(data, clone(ctx.set));
	for (const field of plan.fields) {
		// With one documented answer per branch (oneOf by transferType), which properties a branch requires is not in
		// the field list: the branch's answer fills the ones it shows (never a later status's timestamp).
		const branchRequired = ctx.branches && !field.timestamp;
		if (data[field.name] !== undefined || !(field.required || branchRequired)) continue;
		if (ctx.template && ctx.template[field.name] !== undefined) data[field.name] = clone(ctx.template[field.name]);
		else if (field.dateTime) data[field.name] = ctx.now;
	}
	// A record schema with branches (oneOf per transferType) has properties its field list may not name; the
	// documented answer of the same branch shows them, and the request supplies them when it carries them.
	if (ctx.template) {
		for (const name in ctx.template) {
			if (plan.known.has(name) || data[name] !== undefined) continue;
			data[name] = body[name] !== undefined ? clone(body[name]) : clone(ctx.template[name]);
		}
	}
	maskSensitive(resource, data);
	return data;
}
/** Merges an update's body into the record: only the resource's own properties, never its id, reference or status. */
export function mergeUpdate(resource, record, body, set) {
	const fixed = new Set([
		resource.idField,
		resource.referenceField,
		resource.status?.field
	].filter(Boolean));
	const data = clone(record);
	for (const field of resource.fields) {
		if (fixed.has(field.name) || body[field.name] === undefined) continue;
		const value = body[field.name];
		const current = data[field.name];
		// A nested object (a customer's details) takes the body's properties over its own.
		data[field.name] = value && current && typeof value === "object" && typeof current === "object" && !Array.isArray(value) ? {
			...current,
			...clone(value)
		} : clone(value);
	}
	Object.assign(data, clone(set ?? {}));
	maskSensitive(resource, data);
	return data;
}
