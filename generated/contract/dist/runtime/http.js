// One request to the provider and everything about its answer that the checks read. A timeout or a connection
// error is an answer too (`failure`), so the check reports it as a failure rather than throwing past the report.
/** The file name a file field's example stands for: `<the bytes of passport.pdf>` -> `passport.pdf`. */
export const fileNameOf = (field, example) => /([\w.-]+\.[A-Za-z0-9]+)/.exec(String(example ?? ""))?.[1] ?? `${field}.bin`;
const encode = (value) => encodeURIComponent(value);
export function buildUrl(baseUrl, path, request) {
	const filled = path.replace(/\{([^}]+)\}/g, (_, name) => encode(request.path[name] ?? ""));
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(request.query)) for (const v of Array.isArray(value) ? value : [value]) search.append(name, v);
	const query = search.toString();
	return `${baseUrl.replace(/\/+$/, "")}${filled}${query ? `?${query}` : ""}`;
}
/** The request as it goes on the wire: JSON, multipart with stand-in bytes for files, or raw text. */
export function outgoing(target, method, path, request, body, token) {
	const headers = { accept: "application/json, text/csv;q=0.9, */*;q=0.1" };
	if (token !== undefined) headers[target.tokenHeader] = token;
	const out = {
		method: request.method ?? method,
		url: buildUrl(target.baseUrl, path, request),
		headers
	};
	if (request.rawBody !== undefined) {
		headers["content-type"] = "application/json";
		out.body = {
			kind: "text",
			text: request.rawBody
		};
	} else if (request.body !== undefined && body?.contentType.startsWith("multipart/")) {
		out.body = {
			kind: "multipart",
			fields: Object.entries(request.body).map(([k, v]) => [k, body.fileFields.includes(k) ? { file: fileNameOf(k, v) } : typeof v === "string" ? v : JSON.stringify(v)])
		};
	} else if (request.body !== undefined) {
		headers["content-type"] = body?.contentType ?? "application/json";
		out.body = {
			kind: "text",
			text: JSON.stringify(request.body)
		};
	}
	return out;
}
function bodyInit(out) {
	if (!out.body) return undefined;
	if (out.body.kind === "text") return out.body.text;
	const form = new FormData();
	for (const [name, value] of out.body.fields) {
		if (typeof value === "string") form.append(name, value);
		else form.append(name, new Blob([`the bytes of ${value.file}`], { type: "application/octet-stream" }), value.file);
	}
	return form;
}
export async function send(out, timeoutMs) {
	const started = performance.now();
	const elapsed = () => Math.round(performance.now() - started);
	try {
		const response = await fetch(out.url, {
			method: out.method,
			headers: out.headers,
			body: bodyInit(out),
			signal: AbortSignal.timeout(timeoutMs),
			redirect: "manual"
		});
		const text = await response.text();
		const contentType = response.headers.get("content-type") ?? undefined;
		let json;
		if (contentType && /json/i.test(contentType)) {
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
		}
		return {
			request: out,
			status: response.status,
			contentType,
			text,
			json,
			ms: elapsed()
		};
	} catch (error) {
		const e = error;
		const reason = e.name === "TimeoutError" ? `no answer within ${timeoutMs} ms (timeout)` : `connection error: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
		return {
			request: out,
			failure: reason,
			ms: elapsed()
		};
	}
}
