import type { SandboxModel } from "./engine/model.js";
/** connectFi API 0.1.0: what the sandbox executes, from the bundle's x-connectfi-* data. */
export declare const model: SandboxModel;
