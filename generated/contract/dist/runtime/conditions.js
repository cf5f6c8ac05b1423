// Values at dotted paths and the IR's conditions on them (`{ eq }`, `{ in }`, `{ between }`, ...), evaluated by the
// one implementation the sandbox executes too (condition.ts), plus the kit's `all`.
import { holds as holdsOne } from "./condition.js";
/** The value at `a.b.0.c` in a JSON value; undefined when any step is missing. */
export function readAt(value, dotted) {
	let node = value;
	for (const key of dotted.split(".")) {
		if (node === null || typeof node !== "object") return undefined;
		node = node[key];
	}
	return node;
}
/** A request value at `body.customerId`, `path.cardId` or `query.x`. */
export function readRequest(request, dotted) {
	const [where, ...rest] = dotted.split(".");
	if (where === "body") return readAt(request.body, rest.join("."));
	if (where === "path") return request.path[rest.join(".")];
	if (where === "query") return request.query[rest.join(".")];
	return undefined;
}
/** `body.documents[].documentId` as one concrete path per item the request has (`body.documents.0.documentId`). */
export function expandItems(request, dotted) {
	const at = dotted.indexOf("[]");
	if (at < 0) return [dotted];
	const list = readRequest(request, dotted.slice(0, at));
	if (!Array.isArray(list)) return [];
	return list.flatMap((_, i) => expandItems(request, `${dotted.slice(0, at)}.${i}${dotted.slice(at + 2)}`));
}
/** The spec's test (condition.ts), and the kit's `all` of several on one value. */
export function holds(value, condition) {
	if (condition.all) return condition.all.every((c) => holds(value, c));
	return holdsOne(value, condition);
}
/** A value that meets the condition, when the condition names one (`eq`, the first of `in`). */
export function valueFor(condition) {
	if ("all" in condition) return condition.all.map(valueFor).find((v) => v !== undefined && holds(v, condition));
	if ("eq" in condition) return condition.eq;
	if ("in" in condition) return condition.in[0];
	return undefined;
}
/** Both conditions on one value (neither replaces the other). */
export const both = (a, b) => a ? { all: [...a.all ?? [a], ...b.all ?? [b]] } : b;
/** Conditions by path, those on the same path kept together. */
export function mergeConditions(...groups) {
	const merged = {};
	for (const group of groups) for (const [path, c] of Object.entries(group ?? {})) merged[path] = both(merged[path], c);
	return merged;
}
const describeOne = (c) => c.all ? c.all.map(describeOne).join(" and ") : Object.entries(c).map(([op, v]) => `${op} ${JSON.stringify(v)}`).join(" ");
/** `status eq "completed", outcome eq "Approved"`: conditions for a reason line. */
export const describeConditions = (conditions) => Object.entries(conditions).map(([path, c]) => `${path} ${describeOne(c)}`).join(", ");
