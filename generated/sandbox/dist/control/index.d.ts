import type { PipelineTables } from "@connectfi/server";
import { controlRoutes } from "./routes.js";
/** The header that carries the token: the control API acts on the tenant of the connectFi API user it names. */
export declare const CONTROL_TOKEN_HEADER = "x-connectfi-token";
/**
* The connectFi sandbox control API (2026.11.25) as tables for @connectfi/server's `createServer`; `combineTables(tables,
* controlTables)` serves it beside connectFi's API on one port.
*/
export declare const controlTables: PipelineTables;
export { controlRoutes };
export type { SandboxControlHandlers, HandlerAnswerOf as ControlAnswerOf, HandlerInputOf as ControlInputOf, OperationId as ControlOperationId } from "./handlers.js";
export type { components as controlComponents, operations as controlOperations, paths as controlPaths } from "./schema.js";
