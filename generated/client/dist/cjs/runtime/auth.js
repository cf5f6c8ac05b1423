// The token every authenticated call sends. With login and password: log in on first use, cache the token until
// `dtsExpireAt` minus a safety margin, let concurrent calls share one login, and allow one re-login after a 401.
// With a fixed token: send it, never log in. Neither ever puts a credential into an error or a log line.
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
  FixedToken: () => FixedToken,
  LoginTokenSource: () => LoginTokenSource
});
module.exports = __toCommonJS(auth_exports);
var import_errors = require("./errors.js");
class FixedToken {
  value;
  constructor(value) {
    this.value = value;
  }
  async token() {
    return this.value;
  }
  invalidate() {
    return false;
  }
}
function untilAborted(promise, call) {
  if (call.signal.aborted) return Promise.reject(call.reason());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(call.reason());
    call.signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => call.signal.removeEventListener("abort", onAbort));
  });
}
class LoginTokenSource {
  login;
  safetyMarginMs;
  now;
  cached;
  pending;
  /** `login` performs `/auth/get-token`; it runs under its own timeout, so one caller's abort cannot fail the others. */
  constructor(login, safetyMarginMs, now = Date.now) {
    this.login = login;
    this.safetyMarginMs = safetyMarginMs;
    this.now = now;
  }
  token(call) {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    this.pending ??= this.login().then(({ token, dtsExpireAt }) => {
      const expiresAt = Date.parse(dtsExpireAt);
      if (typeof token !== "string" || !token || Number.isNaN(expiresAt)) {
        throw new import_errors.InvalidResponseError({
          status: 200,
          code: "invalidResponse",
          context: {},
          message: "/auth/get-token answered without a token and a valid dtsExpireAt"
        });
      }
      this.cached = {
        token,
        refreshAt: expiresAt - this.safetyMarginMs
      };
      return token;
    }).finally(() => {
      this.pending = void 0;
    });
    return untilAborted(this.pending, call);
  }
  invalidate(token) {
    if (this.cached?.token === token) this.cached = void 0;
    return true;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FixedToken,
  LoginTokenSource
});
