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
var webhooks_exports = {};
__export(webhooks_exports, {
  parseWebhook: () => parseWebhook,
  webhookNames: () => webhookNames
});
module.exports = __toCommonJS(webhooks_exports);
var import_webhooks = require("./runtime/webhooks.js");
var validators = __toESM(require("./webhook-validators.js"));
const webhookNames = ["akepaStatusChanged", "achStatusChanged", "billsStatusChanged", "cardStatusChanged", "wireStatusChanged", "comboStatusChanged", "checkStatusChanged"];
const parseWebhook = (0, import_webhooks.createWebhookParser)({ "akepaStatusChanged": validators["akepaStatusChanged"], "achStatusChanged": validators["achStatusChanged"], "billsStatusChanged": validators["billsStatusChanged"], "cardStatusChanged": validators["cardStatusChanged"], "wireStatusChanged": validators["wireStatusChanged"], "comboStatusChanged": validators["comboStatusChanged"], "checkStatusChanged": validators["checkStatusChanged"] });
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseWebhook,
  webhookNames
});
