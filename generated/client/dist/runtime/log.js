// What the client tells a logger: one event per HTTP attempt and one per retry wait. Secrets never reach it: the
// token header and any header or query parameter whose name looks like a credential are masked before the event
// is built, and bodies are never logged.
import { REDACTED, isSecretKey } from "./redact.js";
const ALWAYS_SECRET = new Set([
	"authorization",
	"cookie",
	"proxy-authorization"
]);
export function redactHeaders(headers, tokenHeader) {
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => {
		const lower = name.toLowerCase();
		return [lower, lower === tokenHeader.toLowerCase() || ALWAYS_SECRET.has(lower) || isSecretKey(lower) ? REDACTED : value];
	}));
}
export function redactUrlPath(url) {
	const parsed = new URL(url);
	for (const key of [...parsed.searchParams.keys()]) if (isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
	return `${parsed.pathname}${parsed.search}`;
}
/** One line per event, for `logLevel: 'debug'`. */
export function formatEvent(event) {
	if (event.type === "retry") return `connectfi ${event.operationId} retry ${event.retry} in ${event.delayMs} ms (${event.reason})`;
	const outcome = event.status === undefined ? `failed: ${event.error ?? "no answer"}` : String(event.status);
	return `connectfi ${event.method} ${event.path} ${outcome} ${event.durationMs} ms retry=${event.retry}` + `${event.requestId ? ` requestId=${event.requestId}` : ""} headers=${JSON.stringify(event.headers)}`;
}
/** The logger a client uses: the caller's, and/or console.debug lines when the level (or CONNECTFI_LOG) is `debug`. */
export function makeLogger(logger, level) {
	// Read through globalThis: the package also runs in browsers, and its types must not need @types/node.
	const env = globalThis.process?.env?.CONNECTFI_LOG;
	const debug = (level ?? (env === "debug" ? "debug" : "off")) === "debug";
	if (!debug) return logger;
	return (event) => {
		logger?.(event);
		console.debug(formatEvent(event));
	};
}
