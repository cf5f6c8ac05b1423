import type { ConnectFiHandlers } from './handlers.js';
import type { PipelineOptions } from './runtime/pipeline.js';
import { type Server } from './runtime/server.js';
import { routes } from './routes.js';
/** The header that carries the token (the spec's apiKey security scheme). */
export declare const TOKEN_HEADER = "x-connectfi-token";
export interface ConnectFiServerOptions<Principal> extends Omit<PipelineOptions<Principal>, 'handlers'> {
    /** Operations without a handler answer 501 `notImplemented`. */
    handlers: Partial<ConnectFiHandlers<Principal>>;
}
/** A connectFi API server (spec version 0.1.0): `fetch` for Web runtimes, `nodeListener` and `listen` for node:http. */
export declare function createConnectFiServer<Principal>(options: ConnectFiServerOptions<Principal>): Server;
export { routes };
export { sendWebhook, type ConnectFiWebhookPayloads } from './webhooks.js';
export { WebhookPayloadError, type SendWebhookOptions } from './runtime/webhook.js';
export type { ConnectFiHandlers, HandlerAnswerOf, HandlerInputOf, OperationId } from './handlers.js';
export type { HandlerAnswer, HandlerInput } from './runtime/handler-types.js';
export type { ErrorEnvelope, ValidationIssue } from './runtime/envelope.js';
export type { RouteSpec } from './runtime/route.js';
export type { RunningServer } from './runtime/node.js';
export type { Server } from './runtime/server.js';
export type { components, operations, webhooks } from './schema.js';
