// generated/server/src/index.ts and webhooks.ts: the package's public surface, binding the hand-written runtime to
// this spec's route table, token header, handler types and webhook payloads.
import { exportName } from '../../ir/names.ts';
import type { ApiIR } from '../../ir/types.ts';
import { requireTokenHeader } from '../../ir/vendor.ts';

export function webhooksSource(ir: ApiIR, banner: string): string {
  const entries = ir.webhooks.map((w) => `  ${JSON.stringify(w.name)}: RequestBodyOf<operations[${JSON.stringify(w.operationId)}]>;\n`).join('');
  const validators = ir.webhooks.map((w) => `  ${JSON.stringify(w.name)}: validators.${exportName(w.name)},\n`).join('');
  return `${banner}import type { operations } from './schema.js';
import type { RequestBodyOf } from './runtime/handler-types.js';
import { createWebhookSender, type SendWebhookOptions } from './runtime/webhook.js';
import * as validators from './validators/webhooks.js';

/** The payload of each webhook connectFi sends, by its name in the spec. */
export interface ConnectFiWebhookPayloads {
${entries}}

/** POSTs \`payload\` to \`url\` as webhook \`name\`, after validating it against the webhook's schema. */
export const sendWebhook: <N extends keyof ConnectFiWebhookPayloads & string>(name: N, url: string, payload: ConnectFiWebhookPayloads[N], options?: SendWebhookOptions) => Promise<Response> = createWebhookSender<ConnectFiWebhookPayloads>({
${validators}});
`;
}

export function indexSource(ir: ApiIR, banner: string): string {
  return `${banner}import type { ConnectFiHandlers } from './handlers.js';
import type { PipelineOptions, PipelineTables } from './runtime/pipeline.js';
import { createServer, type Server } from './runtime/server.js';
import { routes } from './routes.js';

/** The header that carries the token (the spec's apiKey security scheme). */
export const TOKEN_HEADER = ${JSON.stringify(requireTokenHeader(ir, '@connectfi/server'))};

export interface ConnectFiServerOptions<Principal> extends Omit<PipelineOptions<Principal>, 'handlers'> {
  /** Operations without a handler answer 501 \`notImplemented\`. */
  handlers: Partial<ConnectFiHandlers<Principal>>;
}

/** A ${ir.title} server (spec version ${ir.version}): \`fetch\` for Web runtimes, \`nodeListener\` and \`listen\` for node:http. */
export function createConnectFiServer<Principal>(options: ConnectFiServerOptions<Principal>): Server {
  return createServer(tables, options as PipelineOptions<Principal>);
}

export { routes };
/** The tables of this API, for \`createServer\` or \`createPipeline\` (e.g. merged with another API's on one port). */
export const tables: PipelineTables = { routes, tokenHeader: TOKEN_HEADER, loadResponseValidators: () => import('./validators/response.js') };
export { sendWebhook, type ConnectFiWebhookPayloads } from './webhooks.js';
export { WebhookPayloadError, type SendWebhookOptions } from './runtime/webhook.js';
export type { ConnectFiHandlers, HandlerAnswerOf, HandlerInputOf, OperationId } from './handlers.js';
export type { Awaitable, HandlerAnswer, HandlerInput, RequestBodyOf, WithFiles } from './runtime/handler-types.js';
export type { ErrorEnvelope, ValidationIssue } from './runtime/envelope.js';
export type { RouteSpec, Validator } from './runtime/route.js';
// The runtime itself, for servers of other route tables generated the same way (the sandbox's control API).
export { createServer } from './runtime/server.js';
export { combineTables } from './runtime/tables.js';
export { createPipeline, UNKNOWN_PROPERTIES_HEADER, type Pipeline, type PipelineOptions, type PipelineTables, type UnknownPropertiesReport } from './runtime/pipeline.js';
export type { ResponseValidators } from './runtime/response-check.js';
export type { RunningServer } from './runtime/node.js';
export type { Server } from './runtime/server.js';
export type { components, operations, webhooks } from './schema.js';
`;
}
