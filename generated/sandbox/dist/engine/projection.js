// Builds an operation's answer from the spec's `x-connectfi-behaviour.answer` (ProjectionIR): the stored record shown
// in the shape a deprecated or processor-specific operation documents, with no per-operation code.
import { read, resolveTemplate } from "./values.js";
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
* The value `projection` describes in `scope`; `undefined` means "leave the property out". `'{path}'` leaves out a
* value that is absent or null; `$from` answers its `$default` then (which may be null), else leaves it out too;
* `$each` over nothing leaves the property out (a merge then keeps the record's list); `$find` finding nothing too.
*/
export function project(scope, projection) {
	if (typeof projection === "string") return copy(resolveTemplate(scope, projection) ?? undefined);
	if (Array.isArray(projection)) return projection.map((p) => project(scope, p)).filter((v) => v !== undefined);
	if (!isObject(projection)) return projection;
	if ("$from" in projection) {
		const raw = read(scope, String(projection.$from));
		if (raw === undefined || raw === null) return "$default" in projection ? copy(projection.$default) : undefined;
		const map = projection.$map;
		const value = map && Object.hasOwn(map, String(raw)) ? map[String(raw)] : raw;
		if (projection.$as === "number") {
			const n = Number(value);
			return Number.isFinite(n) ? n : undefined;
		}
		return projection.$as === "string" ? String(value) : copy(value);
	}
	if ("$each" in projection) {
		const items = read(scope, String(projection.$each));
		if (items === undefined || items === null) return undefined;
		const list = Array.isArray(items) ? items : [items];
		return list.map((item) => project({
			...scope,
			item
		}, projection.$item));
	}
	if ("$find" in projection) return copy(listAt(scope, projection.$find).find((item) => matchesWhere(scope, item, projection.$where)));
	if ("$put" in projection) {
		// An employee added twice is one item, changed in place: the item matching `$where` is rebuilt from itself.
		const list = listAt(scope, projection.$put);
		const at = list.findIndex((item) => matchesWhere(scope, item, projection.$where));
		const item = project({
			...scope,
			item: at >= 0 ? list[at] : undefined
		}, projection.$item);
		return at >= 0 ? list.map((old, i) => i === at ? item : copy(old)) : [...list.map(copy), item];
	}
	const out = {};
	for (const [key, part] of Object.entries(projection)) {
		const value = project(scope, part);
		if (value !== undefined) out[key] = value;
	}
	return out;
}
/** The array at `path` (a single object is one element; nothing there, none). */
function listAt(scope, path) {
	const value = read(scope, String(path));
	return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}
/** Whether each `$where` field of `item` equals its projected value. */
function matchesWhere(scope, item, where) {
	if (!isObject(item) || !isObject(where)) return false;
	return Object.entries(where).every(([field, part]) => item[field] === project(scope, part));
}
const copy = (value) => value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
