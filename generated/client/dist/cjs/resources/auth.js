"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthApi = void 0;
const operations_js_1 = require("../operations.js");
/** `cfi.auth`: Obtain the access token every other call sends in `x-connectfi-token`. */
class AuthApi {
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
        return this.core.call(operations_js_1.operationMeta.authGetToken, { body }, options);
    }
}
exports.AuthApi = AuthApi;
