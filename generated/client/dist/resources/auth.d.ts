import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.auth`: Obtain the access token every other call sends in `x-connectfi-token`. */
export declare class AuthApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Get an access token
	*
	* Logs the API user in and returns the token that every other call sends in the `x-connectfi-token` header, with
	* its expiry `dtsExpireAt`. There is no refresh call: log in again before the token expires.
	*
	* Fidelity: documented (matches the vendor docs).
	*
	* `POST /auth/get-token` (authGetToken)
	*
	* @example
	* ```ts
	* const data = await cfi.auth.getToken({
	*   "user": {
	*     "login": "CLIENTID_api",
	*     "password": "Sandbox-Passw0rd!"
	*   }
	* });
	* ```
	*/
	getToken(body: T.AuthGetTokenBody, options?: RequestOptions): APIPromise<T.AuthGetTokenData>;
}
