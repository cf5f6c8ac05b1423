import { createWebhookSender } from './runtime/webhook.js';
import * as validators from './validators/webhooks.js';
/** POSTs `payload` to `url` as webhook `name`, after validating it against the webhook's schema. */
export const sendWebhook = createWebhookSender({
    "akepaStatusChanged": validators.akepaStatusChanged,
    "achStatusChanged": validators.achStatusChanged,
    "billsStatusChanged": validators.billsStatusChanged,
    "cardStatusChanged": validators.cardStatusChanged,
    "wireStatusChanged": validators.wireStatusChanged,
    "comboStatusChanged": validators.comboStatusChanged,
    "checkStatusChanged": validators.checkStatusChanged,
});
