// Properties of a request body that its operation does not define, e.g. `webhookURL` where ACH spells it
// `webhookUrl`. JSON Schema lets them through silently; an integration that misspells an optional field would
// never learn it. Each is reported with the spelling the operation expects, when one is close enough.
import { encodeSegment } from "./json-pointer.js";
/** Reports stop here: a body with more unknown names than this is not a misspelling. */
const MAX_REPORTED = 20;
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
/** The defined name `name` most likely means, if any. */
export function suggest(name, defined) {
	const lower = name.toLowerCase();
	const sameLetters = defined.find((d) => d.toLowerCase() === lower);
	if (sameLetters) return sameLetters;
	const limit = Math.max(1, Math.floor(name.length / 4));
	let best;
	let bestDistance = limit + 1;
	for (const candidate of defined) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}
export function findUnknownProperties(known, value, path = "", found = []) {
	if (found.length >= MAX_REPORTED || !value || typeof value !== "object") return found;
	if (Array.isArray(value)) {
		if (known.items) for (const item of value) findUnknownProperties(known.items, item, path, found);
		return found;
	}
	if (known.open || !known.properties) return found;
	const properties = known.properties;
	// Every request body passes here: a known scalar costs one lookup, and no path string is built unless needed.
	for (const name of Object.keys(value)) {
		if (found.length >= MAX_REPORTED) break;
		const shape = Object.hasOwn(properties, name) ? properties[name] : undefined;
		const child = value[name];
		if (shape) {
			if (child && typeof child === "object") findUnknownProperties(shape, child, `${path}/${encodeSegment(name)}`, found);
			continue;
		}
		const here = `${path}/${encodeSegment(name)}`;
		const suggestion = suggest(name, Object.keys(properties));
		found.push(suggestion ? {
			path: here,
			suggestion
		} : { path: here });
	}
	return found;
}
/** `/webhookURL (did you mean webhookUrl?)`: one report, as the header and the log line show it. */
export const describeUnknown = ({ path, suggestion }) => suggestion ? `${path} (did you mean ${suggestion}?)` : path;
/** The header's value: the reports joined, printable ASCII only (a header cannot carry more). */
export const unknownPropertiesHeader = (found) => found.map(describeUnknown).join(", ").replace(/[^\x20-\x7e]/g, "?");
