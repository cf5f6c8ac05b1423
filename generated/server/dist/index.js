import { createServer } from './runtime/server.js';
import { routes } from './routes.js';
/** The header that carries the token (the spec's apiKey security scheme). */
export const TOKEN_HEADER = "x-connectfi-token";
/** A connectFi API server (spec version 2024.08.06): `fetch` for Web runtimes, `nodeListener` and `listen` for node:http. */
export function createConnectFiServer(options) {
    return createServer(tables, options);
}
export { routes };
/** The tables of this API, for `createServer` or `createPipeline` (e.g. merged with another API's on one port). */
export const tables = { routes, tokenHeader: TOKEN_HEADER, loadResponseValidators: () => import('./validators/response.js') };
export { sendWebhook } from './webhooks.js';
export { WebhookPayloadError } from './runtime/webhook.js';
// The runtime itself, for servers of other route tables generated the same way (the sandbox's control API).
export { createServer } from './runtime/server.js';
export { combineTables } from './runtime/tables.js';
export { createPipeline, UNKNOWN_PROPERTIES_HEADER } from './runtime/pipeline.js';
