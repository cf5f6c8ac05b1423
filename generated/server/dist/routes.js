import * as request from './validators/request.js';
export const routes = [
    {
        "operationId": "authGetToken",
        "method": "POST",
        "path": "/auth/get-token",
        "secured": false,
        "parameters": [],
        "body": {
            "required": true,
            "mediaTypes": [
                "application/json"
            ],
            "kind": "json",
            "fileFields": [],
            "validate": request.authGetToken_body
        },
        "responses": {
            "200": {
                "application/json": "authGetToken_200_application_json"
            },
            "400": {
                "application/json": "authGetToken_400_application_json"
            },
            "401": {
                "application/json": "authGetToken_401_application_json"
            }
        }
    },
    {
        "operationId": "userChangePassword",
        "method": "POST",
        "path": "/user/change-password",
        "secured": true,
        "parameters": [],
        "body": {
            "required": true,
            "mediaTypes": [
                "application/json"
            ],
            "kind": "json",
            "fileFields": [],
            "validate": request.userChangePassword_body
        },
        "responses": {
            "200": {
                "application/json": "userChangePassword_200_application_json"
            },
            "400": {
                "application/json": "userChangePassword_400_application_json"
            },
            "401": {
                "application/json": "Unauthorized_application_json"
            }
        }
    },
    {
        "operationId": "healthCheck",
        "method": "GET",
        "path": "/health",
        "secured": false,
        "parameters": [],
        "responses": {
            "200": {
                "application/json": "healthCheck_200_application_json"
            }
        }
    }
];
