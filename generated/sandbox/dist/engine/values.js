// Reading the spec's ValuePaths (`body.beneficiary.bankABANumber`, `customer.lastName`, `body.documents[].id`) out
// of a request's scope, and testing the spec's conditions on them. Triggers and prerequisites are only data; this
// file is what makes them executable.
import { holds } from "./condition.js";
export { holds };
/** The value at a path without `[]` segments: the common case, read without building arrays per step. */
function readOne(scope, path) {
	let value = scope;
	let start = 0;
	for (;;) {
		const dot = path.indexOf(".", start);
		const key = dot === -1 ? path.slice(start) : path.slice(start, dot);
		value = value !== null && typeof value === "object" ? value[key] : undefined;
		if (dot === -1) return value;
		start = dot + 1;
	}
}
/** Every value at `path` (a `[]` segment fans out over an array's items); missing steps give `undefined`. */
export function readAll(scope, path) {
	if (!path.includes("[]")) return [readOne(scope, path)];
	let values = [scope];
	for (const raw of path.split(".")) {
		const each = raw.endsWith("[]");
		const key = each ? raw.slice(0, -2) : raw;
		values = values.flatMap((v) => {
			const next = v !== null && typeof v === "object" ? v[key] : undefined;
			return each ? Array.isArray(next) ? next : [] : [next];
		});
	}
	return values;
}
export function read(scope, path) {
	return path.includes("[]") ? readAll(scope, path)[0] : readOne(scope, path);
}
/** Every entry holds; a path with `[]` holds when some item does (a trigger on any line of an address). */
export function matches(scope, match) {
	return Object.entries(match).every(([path, condition]) => {
		const values = readAll(scope, path);
		return path.includes("[]") ? values.some((v) => holds(v, condition)) : holds(values[0], condition);
	});
}
/** `"{body.customerId}"` -> the value there; any other value is literal. */
export function resolveTemplate(scope, value) {
	if (typeof value !== "string") return value;
	const whole = /^\{([^{}]+)\}$/.exec(value);
	return whole ? read(scope, whole[1]) : value;
}
