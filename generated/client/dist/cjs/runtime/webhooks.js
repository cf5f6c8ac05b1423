// Turns a webhook's raw body into a typed event, validated by code generated at build time (Ajv standalone), so
// the client needs no validator at runtime. Errors diagnose the usual mistakes: a parsed body, an unknown name.
// A status connectFi adds tomorrow must not break a receiver: the validators accept any string where the schema
// lists string values (the generator drops those enums), while the shape (types, required fields) is still
// enforced, and the event types say so with OpenEnums.
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
var webhooks_exports = {};
__export(webhooks_exports, {
  WebhookParseError: () => WebhookParseError,
  createWebhookParser: () => createWebhookParser
});
module.exports = __toCommonJS(webhooks_exports);
var import_errors = require("./errors.js");
class WebhookParseError extends import_errors.ConnectFiError {
  webhook;
  items;
  constructor(message, webhook, items = []) {
    super(message);
    this.webhook = webhook;
    this.items = items;
  }
}
function text(name, rawBody) {
  if (typeof rawBody === "string") return rawBody;
  if (rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return new TextDecoder().decode(rawBody);
  throw new WebhookParseError(`parseWebhook("${name}") needs the raw request body (string, Buffer or ArrayBuffer), got ${rawBody === null ? "null" : typeof rawBody}. If your framework already parsed the JSON, read the raw body instead (e.g. express.raw({ type: "application/json" })).`, name);
}
function createWebhookParser(validators) {
  return function parseWebhook(name, rawBody) {
    const validate = Object.hasOwn(validators, name) ? validators[name] : void 0;
    if (!validate) throw new WebhookParseError(`Unknown webhook "${name}"; known: ${Object.keys(validators).join(", ")}`, name);
    let payload;
    try {
      payload = JSON.parse(text(name, rawBody));
    } catch (error) {
      if (error instanceof WebhookParseError) throw error;
      throw new WebhookParseError(`The ${name} body is not valid JSON`, name);
    }
    if (!validate(payload)) {
      const items = (validate.errors ?? []).map((e) => ({
        instancePath: e.instancePath,
        keyword: e.keyword,
        message: e.message ?? e.keyword
      }));
      throw new WebhookParseError(`The ${name} body does not match its schema: ${items.map((i) => `${i.instancePath || "/"} ${i.message}`).join("; ")}`, name, items);
    }
    return payload;
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WebhookParseError,
  createWebhookParser
});
