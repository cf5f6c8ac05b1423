import { operationMeta } from "../operations.js";
class UserApi {
  constructor(core) {
    this.core = core;
  }
  core;
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
export {
  UserApi
};
