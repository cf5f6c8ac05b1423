import { createWebhookParser } from "./runtime/webhooks.js";
import * as validators from "./webhook-validators.js";
const webhookNames = ["akepaStatusChanged", "achStatusChanged", "billsStatusChanged", "cardStatusChanged", "wireStatusChanged", "comboStatusChanged", "checkStatusChanged"];
const parseWebhook = createWebhookParser({ "akepaStatusChanged": validators["akepaStatusChanged"], "achStatusChanged": validators["achStatusChanged"], "billsStatusChanged": validators["billsStatusChanged"], "cardStatusChanged": validators["cardStatusChanged"], "wireStatusChanged": validators["wireStatusChanged"], "comboStatusChanged": validators["comboStatusChanged"], "checkStatusChanged": validators["checkStatusChanged"] });
export {
  parseWebhook,
  webhookNames
};
