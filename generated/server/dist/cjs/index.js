"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN_PROPERTIES_HEADER = exports.createPipeline = exports.combineTables = exports.createServer = exports.WebhookPayloadError = exports.sendWebhook = exports.tables = exports.routes = exports.TOKEN_HEADER = void 0;
exports.createConnectFiServer = createConnectFiServer;
const server_js_1 = require("./runtime/server.js");
const routes_js_1 = require("./routes.js");
Object.defineProperty(exports, "routes", { enumerable: true, get: function () { return routes_js_1.routes; } });
/** The header that carries the token (the spec's apiKey security scheme). */
exports.TOKEN_HEADER = "x-connectfi-token";
/** A connectFi API server (spec version 0.1.0): `fetch` for Web runtimes, `nodeListener` and `listen` for node:http. */
function createConnectFiServer(options) {
    return (0, server_js_1.createServer)(exports.tables, options);
}
/** The tables of this API, for `createServer` or `createPipeline` (e.g. merged with another API's on one port). */
exports.tables = { routes: routes_js_1.routes, tokenHeader: exports.TOKEN_HEADER, loadResponseValidators: () => Promise.resolve().then(() => __importStar(require('./validators/response.js'))) };
var webhooks_js_1 = require("./webhooks.js");
Object.defineProperty(exports, "sendWebhook", { enumerable: true, get: function () { return webhooks_js_1.sendWebhook; } });
var webhook_js_1 = require("./runtime/webhook.js");
Object.defineProperty(exports, "WebhookPayloadError", { enumerable: true, get: function () { return webhook_js_1.WebhookPayloadError; } });
// The runtime itself, for servers of other route tables generated the same way (the sandbox's control API).
var server_js_2 = require("./runtime/server.js");
Object.defineProperty(exports, "createServer", { enumerable: true, get: function () { return server_js_2.createServer; } });
var tables_js_1 = require("./runtime/tables.js");
Object.defineProperty(exports, "combineTables", { enumerable: true, get: function () { return tables_js_1.combineTables; } });
var pipeline_js_1 = require("./runtime/pipeline.js");
Object.defineProperty(exports, "createPipeline", { enumerable: true, get: function () { return pipeline_js_1.createPipeline; } });
Object.defineProperty(exports, "UNKNOWN_PROPERTIES_HEADER", { enumerable: true, get: function () { return pipeline_js_1.UNKNOWN_PROPERTIES_HEADER; } });
