import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.user`: The API user (the "aggregator") manages its own credentials. */
export declare class UserApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Change the API user's password
	*
	* Replaces the API user's password. Change the initial password before first use in production. The new password
	* has 8–50 characters with at least one digit, one of `!@#$%^&*`, one lowercase and one uppercase letter.
	*
	* Fidelity: documented (matches the vendor docs).
	*
	* `POST /user/change-password` (userChangePassword)
	*
	* @example
	* ```ts
	* const data = await cfi.user.changePassword({
	*   "oldPassword": "Sandbox-Passw0rd!",
	*   "newPassword": "N3w-Secret*2024"
	* });
	* ```
	*/
	changePassword(body: T.UserChangePasswordBody, options?: RequestOptions): APIPromise<T.UserChangePasswordData>;
}
