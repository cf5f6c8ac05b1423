import type { ConnectFiHandlers } from "./handlers.js";
import type { PipelineOptions, PipelineTables } from "./runtime/pipeline.js";
import { type Server } from "./runtime/server.js";
import { routes } from "./routes.js";
/** The header that carries the token (the spec's apiKey security scheme). */
export declare const TOKEN_HEADER = "x-connectfi-token";
export interface ConnectFiServerOptions<Principal> extends Omit<PipelineOptions<Principal>, "handlers"> {
	/** Operations without a handler answer 501 `notImplemented`. */
	handlers: Partial<ConnectFiHandlers<Principal>>;
}
/** A connectFi API server (spec version 0.1.0): `fetch` for Web runtimes, `nodeListener` and `listen` for node:http. */
export declare function createConnectFiServer<Principal>(options: ConnectFiServerOptions<Principal>): Server;
export { routes };
/** The tables of this API, for `createServer` or `createPipeline` (e.g. merged with another API's on one port). */
export declare const tables: PipelineTables;
export { sendWebhook, type ConnectFiWebhookPayloads } from "./webhooks.js";
export { WebhookPayloadError, type SendWebhookOptions } from "./runtime/webhook.js";
export type { ConnectFiHandlers, HandlerAnswerOf, HandlerInputOf, OperationId } from "./handlers.js";
export type { Awaitable, HandlerAnswer, HandlerInput, RequestBodyOf, WithFiles } from "./runtime/handler-types.js";
export type { ErrorEnvelope, ValidationIssue } from "./runtime/envelope.js";
export type { RouteSpec, Validator } from "./runtime/route.js";
export { createServer } from "./runtime/server.js";
export { combineTables } from "./runtime/tables.js";
export { createPipeline, UNKNOWN_PROPERTIES_HEADER, type Pipeline, type PipelineOptions, type PipelineTables, type UnknownPropertiesReport } from "./runtime/pipeline.js";
export type { ResponseValidators } from "./runtime/response-check.js";
export type { RunningServer } from "./runtime/node.js";
export type { Server } from "./runtime/server.js";
export type { components, operations, webhooks } from "./schema.js";
