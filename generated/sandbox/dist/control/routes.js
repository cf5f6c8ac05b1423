import * as request from "./validators/request.js";
const controlRoutes = [
  {
    "operationId": "sandboxTransition",
    "method": "POST",
    "path": "/sandbox/transition",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxTransition_body,
      "knownProperties": {
        "properties": {
          "id": {},
          "resource": {},
          "set": {
            "open": true
          },
          "to": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxTransition_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxTransition_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "sandboxCardTransactionPost",
    "method": "POST",
    "path": "/sandbox/ibis/card-transactions",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxCardTransactionPost_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "description": {},
          "merchantName": {},
          "transactionType": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2,
          "answer": {
            "status": 400,
            "code": "wrongAmount",
            "message": "Wrong amount",
            "detailInMessage": true,
            "context": {},
            "echoValue": true
          }
        },
        "x-connectfi-supported": {
          "value": [
            "USD"
          ],
          "answer": {
            "status": 400,
            "code": "currencyNotSupported",
            "message": "Currency not supported",
            "detailInMessage": true,
            "context": {
              "supportedCurrency": "USD"
            },
            "echoValue": false
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxCardTransactionPost_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxCardTransactionPost_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "sandboxUserCreate",
    "method": "POST",
    "path": "/sandbox/users",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxUserCreate_body,
      "knownProperties": {
        "properties": {
          "login": {},
          "password": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxUserCreate_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxUserCreate_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "sandboxWebhookList",
    "method": "POST",
    "path": "/sandbox/webhooks/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxWebhookList_body,
      "knownProperties": {
        "properties": {
          "numberOfRecords": {},
          "recordId": {},
          "skipRecords": {},
          "webhook": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxWebhookList_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxWebhookList_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "sandboxWebhookRedeliver",
    "method": "POST",
    "path": "/sandbox/webhooks/redeliver",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxWebhookRedeliver_body,
      "knownProperties": {
        "properties": {
          "deliveryId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxWebhookRedeliver_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxWebhookRedeliver_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "sandboxReset",
    "method": "POST",
    "path": "/sandbox/reset",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.control_sandboxReset_body,
      "knownProperties": {
        "properties": {}
      }
    },
    "responses": {
      "200": {
        "application/json": "control_sandboxReset_200_application_json"
      },
      "400": {
        "application/json": "control_sandboxReset_400_application_json"
      },
      "401": {
        "application/json": "control_Unauthorized_application_json"
      }
    }
  }
];
export {
  controlRoutes
};
