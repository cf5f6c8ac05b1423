// One AbortSignal per call that fires on the caller's signal or on the call's timeout, and says which fired, so
// the transport can throw ConnectFiAbortError or ConnectFiTimeoutError. Portable: no AbortSignal.any/timeout.
import { ConnectFiAbortError, ConnectFiTimeoutError } from "./errors.js";
export function callSignal(timeoutMs, callerSignal) {
	const controller = new AbortController();
	let timedOut = false;
	const onCallerAbort = () => controller.abort();
	callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
	if (callerSignal?.aborted) controller.abort();
	const timer = timeoutMs !== undefined && Number.isFinite(timeoutMs) ? setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs) : undefined;
	// The caller's own reason (`controller.abort(why)`) stays reachable as the error's `cause`.
	const reason = () => timedOut ? new ConnectFiTimeoutError(`The request timed out after ${timeoutMs} ms`) : new ConnectFiAbortError({ cause: callerSignal?.reason });
	return {
		signal: controller.signal,
		reason,
		sleep(ms) {
			return new Promise((resolve, reject) => {
				if (controller.signal.aborted) return reject(reason());
				const onAbort = () => {
					clearTimeout(wait);
					reject(reason());
				};
				const wait = setTimeout(() => {
					controller.signal.removeEventListener("abort", onAbort);
					resolve();
				}, ms);
				controller.signal.addEventListener("abort", onAbort, { once: true });
			});
		},
		dispose() {
			clearTimeout(timer);
			callerSignal?.removeEventListener("abort", onCallerAbort);
		}
	};
}
