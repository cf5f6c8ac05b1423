var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  TOKEN_HEADER: () => TOKEN_HEADER,
  UNKNOWN_PROPERTIES_HEADER: () => import_pipeline.UNKNOWN_PROPERTIES_HEADER,
  WebhookPayloadError: () => import_webhook.WebhookPayloadError,
  combineTables: () => import_tables.combineTables,
  createConnectFiServer: () => createConnectFiServer,
  createPipeline: () => import_pipeline.createPipeline,
  createServer: () => import_server2.createServer,
  routes: () => import_routes.routes,
  sendWebhook: () => import_webhooks.sendWebhook,
  tables: () => tables
});
module.exports = __toCommonJS(src_exports);
var import_server = require("./runtime/server.js");
var import_routes = require("./routes.js");
var import_webhooks = require("./webhooks.js");
var import_webhook = require("./runtime/webhook.js");
var import_server2 = require("./runtime/server.js");
var import_tables = require("./runtime/tables.js");
var import_pipeline = require("./runtime/pipeline.js");
const TOKEN_HEADER = "x-connectfi-token";
function createConnectFiServer(options) {
  return (0, import_server.createServer)(tables, options);
}
const tables = { routes: import_routes.routes, tokenHeader: TOKEN_HEADER, loadResponseValidators: () => import("./validators/response.js") };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TOKEN_HEADER,
  UNKNOWN_PROPERTIES_HEADER,
  WebhookPayloadError,
  combineTables,
  createConnectFiServer,
  createPipeline,
  createServer,
  routes,
  sendWebhook,
  tables
});
