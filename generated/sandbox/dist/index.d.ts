import { type RunningSandbox, type SandboxOptions } from "./engine/sandbox.js";
import { model } from "./model.js";
/** Starts the sandbox on this spec's model, with the control API beside it; see README.md for the options. */
export declare function startSandbox(options: Omit<SandboxOptions, "model" | "controlTables">): Promise<RunningSandbox>;
export { model };
export { DEFAULT_LOGIN, DEFAULT_PASSWORD } from "./engine/cli.js";
export type { RunningSandbox, SandboxOptions } from "./engine/sandbox.js";
export type { Store, StoredRecord, Delivery, Health } from "./engine/store.js";
export { openStore, SqlStore } from "./engine/store-sql.js";
