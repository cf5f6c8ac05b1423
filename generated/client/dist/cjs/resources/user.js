var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var user_exports = {};
__export(user_exports, {
  UserApi: () => UserApi
});
module.exports = __toCommonJS(user_exports);
var import_operations = require("../operations.js");
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
    return this.core.call(import_operations.operationMeta.userChangePassword, { body }, options);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UserApi
});
