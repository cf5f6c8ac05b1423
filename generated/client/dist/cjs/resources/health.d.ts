import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.health`: Liveness of the connectFi instance. */
export declare class HealthApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Check that the instance is up
	*
	* Answers when the connectFi instance is running. Needs no token.
	* **Designed here:** the vendor lists the endpoint ("check the health of the application") but documents neither its method nor its body; `GET` and the `{status, dtsChecked}` body are designed.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `GET /health` (healthCheck)
	*
	* @example
	* ```ts
	* const data = await cfi.health.check();
	* ```
	*/
	check(options?: RequestOptions): APIPromise<T.HealthCheckData>;
}
