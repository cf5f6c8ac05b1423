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
var auth_exports = {};
__export(auth_exports, {
  AuthApi: () => AuthApi
});
module.exports = __toCommonJS(auth_exports);
var import_operations = require("../operations.js");
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
    return this.core.call(import_operations.operationMeta.authGetToken, { body }, options);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AuthApi
});
