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
var operations_exports = {};
__export(operations_exports, {
  openRoutes: () => openRoutes,
  operationMeta: () => operationMeta
});
module.exports = __toCommonJS(operations_exports);
const sandboxTransition = {
  "operationId": "sandboxTransition",
  "method": "post",
  "path": "/sandbox/transition",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const sandboxCardTransactionPost = {
  "operationId": "sandboxCardTransactionPost",
  "method": "post",
  "path": "/sandbox/ibis/card-transactions",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const sandboxUserCreate = {
  "operationId": "sandboxUserCreate",
  "method": "post",
  "path": "/sandbox/users",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const sandboxWebhookList = {
  "operationId": "sandboxWebhookList",
  "method": "post",
  "path": "/sandbox/webhooks/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "deliveries",
    "maxPageSize": 1e3
  }
};
const sandboxWebhookRedeliver = {
  "operationId": "sandboxWebhookRedeliver",
  "method": "post",
  "path": "/sandbox/webhooks/redeliver",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const sandboxReset = {
  "operationId": "sandboxReset",
  "method": "post",
  "path": "/sandbox/reset",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const operationMeta = { sandboxTransition, sandboxCardTransactionPost, sandboxUserCreate, sandboxWebhookList, sandboxWebhookRedeliver, sandboxReset };
const openRoutes = /* @__PURE__ */ new Set([]);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  openRoutes,
  operationMeta
});
