import { createServer } from './runtime/server.js';
import { routes } from './routes.js';
/** The header that carries the token (the spec's apiKey security scheme). */
export const TOKEN_HEADER = "x-connectfi-token";
/** A connectFi API server (spec version 0.1.0): `fetch` for Web runtimes, `nodeListener` and `listen` for node:http. */
export function createConnectFiServer(options) {
    return createServer({ routes, tokenHeader: TOKEN_HEADER, loadResponseValidators: () => import('./validators/response.js') }, options);
}
export { routes };
export { sendWebhook } from './webhooks.js';
export { WebhookPayloadError } from './runtime/webhook.js';
