import { createWebhookSender } from "./runtime/webhook.js";
import * as validators from "./validators/webhooks.js";
const sendWebhook = createWebhookSender({
  "akepaStatusChanged": validators.akepaStatusChanged,
  "achStatusChanged": validators.achStatusChanged,
  "billsStatusChanged": validators.billsStatusChanged,
  "cardStatusChanged": validators.cardStatusChanged,
  "wireStatusChanged": validators.wireStatusChanged,
  "comboStatusChanged": validators.comboStatusChanged,
  "checkStatusChanged": validators.checkStatusChanged
});
export {
  sendWebhook
};
