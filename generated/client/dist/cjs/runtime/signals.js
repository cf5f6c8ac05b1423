// One AbortSignal per call that fires on the caller's signal or on the call's timeout, and says which fired, so
// the transport can throw ConnectFiAbortError or ConnectFiTimeoutError. Portable: no AbortSignal.any/timeout.
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
var signals_exports = {};
__export(signals_exports, {
  callSignal: () => callSignal
});
module.exports = __toCommonJS(signals_exports);
var import_errors = require("./errors.js");
function callSignal(timeoutMs, callerSignal) {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort();
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  if (callerSignal?.aborted) controller.abort();
  const timer = timeoutMs !== void 0 && Number.isFinite(timeoutMs) ? setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs) : void 0;
  const reason = () => timedOut ? new import_errors.ConnectFiTimeoutError(`The request timed out after ${timeoutMs} ms`) : new import_errors.ConnectFiAbortError({ cause: callerSignal?.reason });
  return {
    signal: controller.signal,
    reason,
    sleep(ms) {
      return new Promise((resolve, reject) => {
        if (controller.signal.aborted) return reject(reason());
        const onAbort = () => {
          clearTimeout(wait);
          reject(reason());
        };
        const wait = setTimeout(() => {
          controller.signal.removeEventListener("abort", onAbort);
          resolve();
        }, ms);
        controller.signal.addEventListener("abort", onAbort, { once: true });
      });
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  callSignal
});
