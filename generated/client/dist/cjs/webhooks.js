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
exports.parseWebhook = exports.webhookNames = void 0;
const webhooks_js_1 = require("./runtime/webhooks.js");
const validators = __importStar(require("./webhook-validators.js"));
exports.webhookNames = ["akepaStatusChanged", "achStatusChanged", "billsStatusChanged", "cardStatusChanged", "wireStatusChanged", "comboStatusChanged", "checkStatusChanged"];
/**
 * Validates a webhook's raw body against its schema and returns the typed event, or throws WebhookParseError.
 *
 * @example
 * ```ts
 * const event = parseWebhook("akepaStatusChanged", rawBody);
 * ```
 */
exports.parseWebhook = (0, webhooks_js_1.createWebhookParser)({ "akepaStatusChanged": validators["akepaStatusChanged"], "achStatusChanged": validators["achStatusChanged"], "billsStatusChanged": validators["billsStatusChanged"], "cardStatusChanged": validators["cardStatusChanged"], "wireStatusChanged": validators["wireStatusChanged"], "comboStatusChanged": validators["comboStatusChanged"], "checkStatusChanged": validators["checkStatusChanged"] });
