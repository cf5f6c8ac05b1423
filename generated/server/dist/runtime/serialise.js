// Turns a handler's `{ status, body, contentType?, headers? }` into bytes on the wire. The media type defaults to
// the one the spec documents for that status, so a CSV export answers text/csv without the handler saying so.
import { CallFailure } from "./envelope.js";
import { documentedStatus, isJsonMediaType } from "./media.js";
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;
const invalid = (route, what) => new CallFailure(500, "internalError", `The handler of ${route.operationId} answered ${what}`, { operationId: route.operationId });
/** Header names and values a socket would refuse (and throw on) are caught here, where they become a 500 envelope. */
function checkedHeaders(route, headers) {
	if (headers === undefined) return {};
	if (!headers || typeof headers !== "object") throw invalid(route, "headers that are not an object");
	for (const [name, value] of Object.entries(headers)) {
		if (!TOKEN.test(name) || typeof value !== "string" || FORBIDDEN_IN_VALUE.test(value)) throw invalid(route, `an invalid header ${JSON.stringify(name)}`);
	}
	return { ...headers };
}
export function serialise(route, answer) {
	if (!answer || typeof answer !== "object" || !Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
		throw invalid(route, "without an HTTP status between 200 and 599");
	}
	const headers = checkedHeaders(route, answer.headers);
	if (answer.body === undefined) return {
		status: answer.status,
		headers
	};
	const key = documentedStatus(route.responses, answer.status);
	const documented = key ? Object.keys(route.responses[key]) : [];
	const contentType = answer.contentType ?? documented[0] ?? (typeof answer.body === "string" ? "text/plain" : "application/json");
	headers["content-type"] = contentType;
	const raw = typeof answer.body === "string" || answer.body instanceof Uint8Array;
	const body = isJsonMediaType(contentType) || !raw ? JSON.stringify(answer.body) : answer.body;
	return {
		status: answer.status,
		headers,
		body
	};
}
