// One verify run's context: where the provider is, the token it issued, the caller's secrets (kept out of every
// printed line), the generated table and validators, and a source of fresh references.
import { send, outgoing } from "./http.js";
export function freshReferences() {
	let counter = 0;
	const run = Date.now().toString(36);
	// Same length as the documented reference (so its maxLength and pattern still hold), ending in a value unique to this run.
	return (seed) => {
		const unique = `${run}${(counter++).toString(36)}`;
		const length = Math.max(seed.length, 8);
		return `${seed.slice(0, Math.max(0, length - unique.length))}${unique.slice(-length)}`;
	};
}
export function setAt(body, path, value) {
	const copy = structuredClone(body);
	let node = copy;
	for (const key of path.slice(0, -1)) node = node[key] ??= {};
	node[path[path.length - 1]] = value;
	return copy;
}
/**
* A documented request made sendable: a fresh `reference` for a deduplicated call, the caller's credentials for the
* login (not in a negative case, whose body may no longer have the shape to hold them).
*/
export function prepare(session, op, request, withCredentials = true) {
	let body = request.body;
	if (op.referenceField && body && typeof body === "object" && typeof body[op.referenceField] === "string") {
		body = setAt(body, [op.referenceField], session.fresh(body[op.referenceField]));
	}
	if (withCredentials && op.login && session.credentials && body !== undefined) {
		body = setAt(setAt(body, op.login.loginPath, session.credentials.login), op.login.passwordPath, session.credentials.password);
	}
	return {
		...request,
		body
	};
}
/** Sends the request with the session's token (or `auth.token`, which may be absent on purpose). */
export function call(session, op, request, auth = { token: session.token }) {
	return send(outgoing(session.target, op.method, op.path, request, op.body, op.secured || request.method ? auth.token : undefined), session.target.timeoutMs);
}
