// The token every authenticated call sends. With login and password: log in on first use, cache the token until
// `dtsExpireAt` minus a safety margin, let concurrent calls share one login, and allow one re-login after a 401.
// With a fixed token: send it, never log in. Neither ever puts a credential into an error or a log line.
import { InvalidResponseError } from "./errors.js";
export class FixedToken {
	value;
	constructor(value) {
		this.value = value;
	}
	async token() {
		return this.value;
	}
	invalidate() {
		return false;
	}
}
/** Resolves with `promise`, or rejects as soon as this caller's call is aborted (other waiters keep waiting). */
function untilAborted(promise, call) {
	if (call.signal.aborted) return Promise.reject(call.reason());
	return new Promise((resolve, reject) => {
		const onAbort = () => reject(call.reason());
		call.signal.addEventListener("abort", onAbort, { once: true });
		promise.then(resolve, reject).finally(() => call.signal.removeEventListener("abort", onAbort));
	});
}
export class LoginTokenSource {
	login;
	safetyMarginMs;
	now;
	cached;
	pending;
	/** `login` performs `/auth/get-token`; it runs under its own timeout, so one caller's abort cannot fail the others. */
	constructor(login, safetyMarginMs, now = Date.now) {
		this.login = login;
		this.safetyMarginMs = safetyMarginMs;
		this.now = now;
	}
	token(call) {
		if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
		this.pending ??= this.login().then(({ token, dtsExpireAt }) => {
			const expiresAt = Date.parse(dtsExpireAt);
			if (typeof token !== "string" || !token || Number.isNaN(expiresAt)) {
				throw new InvalidResponseError({
					status: 200,
					code: "invalidResponse",
					context: {},
					message: "/auth/get-token answered without a token and a valid dtsExpireAt"
				});
			}
			this.cached = {
				token,
				refreshAt: expiresAt - this.safetyMarginMs
			};
			return token;
		}).finally(() => {
			this.pending = undefined;
		});
		return untilAborted(this.pending, call);
	}
	invalidate(token) {
		if (this.cached?.token === token) this.cached = undefined;
		return true;
	}
}
