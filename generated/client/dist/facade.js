import { operationMeta } from './operations.js';
/** `cfi.auth`: Obtain the access token every other call sends in `x-connectfi-token`. */
export class AuthApi {
    core;
    constructor(core) {
        this.core = core;
    }
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
    getToken(body, options) {
        return this.core.call(operationMeta.authGetToken, { body }, options);
    }
}
/** `cfi.user`: The API user (the "aggregator") manages its own credentials. */
export class UserApi {
    core;
    constructor(core) {
        this.core = core;
    }
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
    changePassword(body, options) {
        return this.core.call(operationMeta.userChangePassword, { body }, options);
    }
}
/** `cfi.health`: Liveness of the connectFi instance. */
export class HealthApi {
    core;
    constructor(core) {
        this.core = core;
    }
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
    check(options) {
        return this.core.call(operationMeta.healthCheck, {}, options);
    }
}
