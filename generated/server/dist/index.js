import { createServer } from "./runtime/server.js";
import { routes } from "./routes.js";
const TOKEN_HEADER = "x-connectfi-token";
function createConnectFiServer(options) {
  return createServer(tables, options);
}
const tables = { routes, tokenHeader: TOKEN_HEADER, loadResponseValidators: () => import("./validators/response.js") };
import { sendWebhook } from "./webhooks.js";
import { WebhookPayloadError } from "./runtime/webhook.js";
import { createServer as createServer2 } from "./runtime/server.js";
import { combineTables } from "./runtime/tables.js";
import { createPipeline, UNKNOWN_PROPERTIES_HEADER } from "./runtime/pipeline.js";
export {
  TOKEN_HEADER,
  UNKNOWN_PROPERTIES_HEADER,
  WebhookPayloadError,
  combineTables,
  createConnectFiServer,
  createPipeline,
  createServer2 as createServer,
  routes,
  sendWebhook,
  tables
};
