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
exports.sendWebhook = void 0;
const webhook_js_1 = require("./runtime/webhook.js");
const validators = __importStar(require("./validators/webhooks.js"));
/** POSTs `payload` to `url` as webhook `name`, after validating it against the webhook's schema. */
exports.sendWebhook = (0, webhook_js_1.createWebhookSender)({
    "akepaStatusChanged": validators.akepaStatusChanged,
    "achStatusChanged": validators.achStatusChanged,
    "billsStatusChanged": validators.billsStatusChanged,
    "cardStatusChanged": validators.cardStatusChanged,
    "wireStatusChanged": validators.wireStatusChanged,
    "comboStatusChanged": validators.comboStatusChanged,
    "checkStatusChanged": validators.checkStatusChanged,
});
