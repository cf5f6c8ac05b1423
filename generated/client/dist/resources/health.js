import { operationMeta } from "../operations.js";
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
    return this.core.call(operationMeta.healthCheck, {}, options);
  }
}
export {
  HealthApi
};
