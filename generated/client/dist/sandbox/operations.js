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
export {
  openRoutes,
  operationMeta
};
