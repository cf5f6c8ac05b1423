"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HealthApi = void 0;
const operations_js_1 = require("../operations.js");
/** `cfi.health`: Liveness of the connectFi instance. */
class HealthApi {
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
        return this.core.call(operations_js_1.operationMeta.healthCheck, {}, options);
    }
}
exports.HealthApi = HealthApi;
