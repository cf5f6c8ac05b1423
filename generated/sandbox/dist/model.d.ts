import type { SandboxModel } from './engine/model.js';
/** connectFi API 2024.08.06: what the sandbox executes, from the bundle's x-connectfi-* data. */
export declare const model: SandboxModel;
