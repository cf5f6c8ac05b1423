// Path, query and header parameters arrive as text; the schema types them. They are coerced by their declared type
// (`"42"` -> 42 for an integer) and then validated as one `{ path, query, header }` object, so a violation's
// instancePath says where the value came from (`/query/skipRecords`).
import { malformedBody } from "./envelope.js";
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Text that is not a valid number or boolean stays text, so Ajv reports the type error. */
function coerce(text, type) {
	if ((type === "number" || type === "integer") && NUMBER.test(text)) return Number(text);
	if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
	return text;
}
function decode(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw malformedBody("invalidUrl", `the path segment "${segment}" is not valid percent-encoding`);
	}
}
export function collectParameters(specs, rawPath, search, header) {
	const values = {
		path: {},
		query: {},
		header: {}
	};
	const query = search ? new URLSearchParams(search) : undefined;
	for (const spec of specs) {
		if (spec.in === "path") {
			if (rawPath[spec.name] !== undefined) values.path[spec.name] = coerce(decode(rawPath[spec.name]), spec.type);
		} else if (spec.in === "query") {
			const all = query?.getAll(spec.name) ?? [];
			if (spec.type === "array") {
				if (all.length) values.query[spec.name] = all.map((v) => coerce(v, spec.itemType));
			} else if (all.length) values.query[spec.name] = coerce(all[all.length - 1], spec.type);
		} else {
			const value = header(spec.name.toLowerCase());
			if (value !== undefined) values.header[spec.name] = coerce(value, spec.type);
		}
	}
	return values;
}
