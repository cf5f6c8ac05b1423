// multipart/form-data uploads, parsed with the Web `Response.formData()` of Node 20 (undici), which rejects a
// missing boundary, a truncated body and garbage with one TypeError. The size limit was enforced before this runs.
import { malformedBody, requestInvalid } from "./envelope.js";
export async function parseMultipart(bytes, contentType, spec) {
	let form;
	try {
		form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
	} catch {
		throw malformedBody("invalidMultipart", "the body is not multipart/form-data with the boundary its content-type names");
	}
	const fileNames = new Set(spec.fileFields.map((f) => f.name));
	// One pass over the parts (getAll per name is quadratic in the number of distinct names: a 1.5 MB form of 20,000
	// fields held the event loop for seconds), and fromEntries so a field named `__proto__` is a property, not a prototype.
	const grouped = new Map();
	for (const [name, value] of form) {
		const values = grouped.get(name);
		if (values) values.push(value);
		else grouped.set(name, [value]);
	}
	const entries = [...grouped].map(([name, values]) => [name, values.length === 1 ? values[0] : values]);
	const body = Object.fromEntries(entries);
	const textFields = Object.fromEntries(entries.filter(([name]) => !fileNames.has(name)));
	const issues = spec.fileFields.flatMap(({ name, required }) => {
		const value = Object.hasOwn(body, name) ? body[name] : undefined;
		if (value === undefined) return required ? [{
			instancePath: "",
			schemaPath: "#/required",
			keyword: "required",
			params: { missingProperty: name },
			message: `must have required property '${name}'`
		}] : [];
		return value instanceof File ? [] : [{
			instancePath: `/${name}`,
			schemaPath: `#/properties/${name}/format`,
			keyword: "format",
			params: { format: "binary" },
			message: "must be a file part (with a filename)"
		}];
	});
	if (issues.length) throw requestInvalid(issues);
	return {
		body,
		textFields
	};
}
