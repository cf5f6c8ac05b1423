import { operationMeta } from "../operations.js";
class AuthApi {
  constructor(core) {
    this.core = core;
  }
  core;
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
export {
  AuthApi
};
