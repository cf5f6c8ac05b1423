// Sending a webhook the way connectFi does: the payload is validated against the webhook's schema first, so a
// server built on these stubs never posts a body its receivers' parsers would reject.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var webhook_exports = {};
__export(webhook_exports, {
  WebhookPayloadError: () => WebhookPayloadError,
  createWebhookSender: () => createWebhookSender
});
module.exports = __toCommonJS(webhook_exports);
class WebhookPayloadError extends Error {
  webhook;
  violations;
  constructor(webhook, violations) {
    super(`The ${webhook} payload does not match its schema: ${violations.map((v) => `${v.instancePath || "(root)"} ${v.message}`).join("; ")}`);
    this.webhook = webhook;
    this.violations = violations;
  }
}
function createWebhookSender(validators) {
  return async function sendWebhook(name, url, payload, options = {}) {
    const validate = validators[name];
    if (!validate) throw new Error(`No webhook is documented under the name ${name}`);
    if (!validate(payload)) throw new WebhookPayloadError(name, validate.errors ?? []);
    return (options.fetch ?? globalThis.fetch)(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...options.headers
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(options.timeoutMs ?? 1e4)
    });
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WebhookPayloadError,
  createWebhookSender
});
