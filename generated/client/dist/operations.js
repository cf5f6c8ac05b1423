const authGetToken = {
    "operationId": "authGetToken",
    "method": "post",
    "path": "/auth/get-token",
    "authenticated": false,
    "requestContentType": "application/json",
    "responseContentType": "application/json",
    "enveloped": true,
    "pattern": {
        "kind": "plain"
    }
};
const userChangePassword = {
    "operationId": "userChangePassword",
    "method": "post",
    "path": "/user/change-password",
    "authenticated": true,
    "requestContentType": "application/json",
    "responseContentType": "application/json",
    "enveloped": true,
    "pattern": {
        "kind": "plain"
    }
};
const healthCheck = {
    "operationId": "healthCheck",
    "method": "get",
    "path": "/health",
    "authenticated": false,
    "responseContentType": "application/json",
    "enveloped": true,
    "pattern": {
        "kind": "plain"
    }
};
/** Every operation of the bundle, by operationId. */
export const operationMeta = { authGetToken, userChangePassword, healthCheck };
/** `METHOD /path` of the operations that send no token. */
export const openRoutes = new Set([
    "POST /auth/get-token",
    "GET /health"
]);
