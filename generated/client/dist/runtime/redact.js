// Secrets never leave the client in an error or a log line: any key that names a credential is masked, wherever
// it sits in a value the server echoed back.
const SECRET_KEY = /pass(word)?|token|secret|pan$|cvv|encrypted|accountNumber/i;
export const REDACTED = "[redacted]";
export const isSecretKey = (key) => SECRET_KEY.test(key);
export function redact(value, depth = 0) {
	if (depth > 20 || value === null || typeof value !== "object") return value;
	if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && typeof v !== "object" ? REDACTED : redact(v, depth + 1)]));
}
