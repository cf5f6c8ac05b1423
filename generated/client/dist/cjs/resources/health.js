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
var health_exports = {};
__export(health_exports, {
  HealthApi: () => HealthApi
});
module.exports = __toCommonJS(health_exports);
var import_operations = require("../operations.js");
class HealthApi {
  constructor(core) {
    this.core = core;
  }
  core;
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
    return this.core.call(import_operations.operationMeta.healthCheck, {}, options);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HealthApi
});
