// Sends one operation's request over fetch, retrying network errors, 429 and 5xx within the call's signal.
// It returns the final HTTP answer, whatever its status: what an answer means (envelope, errors, 401) is core.ts's job.
import { ConnectFiConnectionError, InvalidResponseError } from "./errors.js";
import { redactHeaders, redactUrlPath } from "./log.js";
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from "./retry.js";
export function buildUrl(baseUrl, op, input) {
	const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => {
		const value = input.path?.[name];
		if (value === undefined || value === "") throw new TypeError(`${op.operationId}: path parameter ${name} is required`);
		return encodeURIComponent(String(value));
	});
	const query = new URLSearchParams();
	for (const [k, v] of Object.entries(input.query ?? {})) if (v !== undefined) query.append(k, String(v));
	const search = query.toString();
	return `${baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}
/** A multipart body from a plain object: Blobs as files, objects as JSON, the rest as text. */
export function toFormData(body) {
	if (body instanceof FormData) return body;
	const form = new FormData();
	for (const [k, v] of Object.entries(body ?? {})) {
		if (v === undefined || v === null) continue;
		if (v instanceof Blob) form.append(k, v);
		else form.append(k, typeof v === "object" ? JSON.stringify(v) : String(v));
	}
	return form;
}
function encodeBody(op, body) {
	if (body === undefined || !op.requestContentType) return {};
	if (op.requestContentType.startsWith("multipart/")) return { body: toFormData(body) };
	if (/json/.test(op.requestContentType)) return {
		body: JSON.stringify(body),
		contentType: op.requestContentType
	};
	return {
		body,
		contentType: op.requestContentType
	};
}
/** JSON parsed, text (CSV) as a string, anything else (a PDF) as a Blob; an empty body is undefined. */
async function readBody(response) {
	const type = response.headers.get("content-type") ?? "application/json";
	if (!/json|^text\//.test(type)) return response.status === 204 ? undefined : response.blob();
	const text = await response.text();
	if (text === "") return undefined;
	if (!/json/.test(type)) return text;
	try {
		return JSON.parse(text);
	} catch {
		throw new InvalidResponseError({
			status: response.status,
			code: "invalidResponse",
			context: {},
			message: "The answer is not valid JSON"
		});
	}
}
/** The success's own media type first (a CSV export), and JSON for the error envelope; a strict server answers 406 otherwise. */
export function acceptFor(op) {
	const success = op.responseContentType;
	return success && success !== "application/json" ? `${success}, application/json;q=0.9` : "application/json";
}
/** connectFi's envelope carries `requestId`; a body without one (a CSV, an error page) may still have the header. */
export function requestIdOf(body, headers) {
	const fromBody = body && typeof body === "object" ? body.requestId : undefined;
	return typeof fromBody === "string" ? fromBody : headers.get("x-request-id") ?? undefined;
}
export class Transport {
	config;
	constructor(config) {
		this.config = config;
	}
	async send({ op, input, call, maxRetries, headers }) {
		const url = buildUrl(this.config.baseUrl, op, input);
		const { body, contentType } = encodeBody(op, input.body);
		const requestHeaders = {
			accept: acceptFor(op),
			...this.config.userAgent ? { "user-agent": this.config.userAgent } : {},
			...this.config.headers,
			...headers,
			...contentType ? { "content-type": contentType } : {}
		};
		const limit = maxRetries ?? this.config.retry.maxRetries;
		const started = Date.now();
		let ambiguousRetryCause;
		for (let retry = 0;; retry++) {
			const attemptStarted = Date.now();
			let response;
			try {
				response = await this.config.fetch(url, {
					method: op.method.toUpperCase(),
					headers: requestHeaders,
					body,
					signal: call.signal
				});
			} catch (error) {
				this.log(op, url, requestHeaders, retry, attemptStarted, { error: call.signal.aborted ? call.reason().message : String(error?.message ?? error) });
				if (call.signal.aborted) throw call.reason();
				if (retry >= limit) throw new ConnectFiConnectionError(`${op.operationId}: the request failed before any answer (${error?.message ?? error})`, { cause: error });
				ambiguousRetryCause = error;
				await this.wait(op, retry + 1, undefined, "network error", call);
				continue;
			}
			if (!isRetryableStatus(response.status) || retry >= limit) {
				try {
					const answer = {
						status: response.status,
						headers: response.headers,
						body: await readBody(response),
						ambiguousRetryCause,
						retries: retry,
						durationMs: Date.now() - started
					};
					this.log(op, url, requestHeaders, retry, attemptStarted, {
						status: response.status,
						requestId: requestIdOf(answer.body, response.headers)
					});
					return answer;
				} catch (error) {
					this.log(op, url, requestHeaders, retry, attemptStarted, { status: response.status });
					if (call.signal.aborted) throw call.reason();
					throw error;
				}
			}
			this.log(op, url, requestHeaders, retry, attemptStarted, {
				status: response.status,
				requestId: requestIdOf(undefined, response.headers)
			});
			await response.body?.cancel().catch(() => undefined);
			if (response.status >= 500) ambiguousRetryCause = new Error(`HTTP ${response.status}`);
			await this.wait(op, retry + 1, parseRetryAfter(response.headers.get("retry-after")), `HTTP ${response.status}`, call);
		}
	}
	log(op, url, headers, retry, started, outcome) {
		if (!this.config.logger) return;
		this.config.logger({
			type: "request",
			operationId: op.operationId,
			method: op.method.toUpperCase(),
			path: redactUrlPath(url),
			durationMs: Date.now() - started,
			retry,
			headers: redactHeaders(headers, this.config.tokenHeader),
			...outcome
		});
	}
	async wait(op, retry, retryAfterMs, reason, call) {
		const delayMs = retryDelayMs(retry, this.config.retry, retryAfterMs, this.config.random);
		this.config.logger?.({
			type: "retry",
			operationId: op.operationId,
			retry,
			delayMs,
			reason
		});
		await call.sleep(delayMs);
	}
}
