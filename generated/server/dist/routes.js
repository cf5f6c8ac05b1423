import * as request from "./validators/request.js";
const routes = [
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
      "validate": request.authGetToken_body,
      "knownProperties": {
        "properties": {
          "requestId": {},
          "user": {
            "properties": {
              "login": {},
              "password": {}
            }
          }
        }
      }
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
      "validate": request.userChangePassword_body,
      "knownProperties": {
        "properties": {
          "newPassword": {},
          "oldPassword": {}
        }
      }
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
  },
  {
    "operationId": "customerInit",
    "method": "POST",
    "path": "/customer/init",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerInit_body,
      "knownProperties": {
        "properties": {
          "customer": {
            "properties": {
              "FEIN": {},
              "addresses": {
                "items": {
                  "properties": {
                    "addressLine1": {},
                    "addressLine2": {},
                    "city": {},
                    "countryCodeA3": {},
                    "postalCode": {},
                    "state": {},
                    "type": {}
                  }
                }
              },
              "businessAddresses": {
                "items": {
                  "properties": {
                    "addressLine1": {},
                    "addressLine2": {},
                    "city": {},
                    "countryCodeA3": {},
                    "postalCode": {},
                    "state": {},
                    "type": {}
                  }
                }
              },
              "businessPhones": {
                "items": {
                  "properties": {
                    "countryCode": {},
                    "number": {},
                    "type": {}
                  }
                }
              },
              "businessRepresentatives": {
                "items": {
                  "properties": {
                    "addresses": {
                      "items": {
                        "properties": {
                          "addressLine1": {},
                          "addressLine2": {},
                          "city": {},
                          "countryCodeA3": {},
                          "postalCode": {},
                          "state": {},
                          "type": {}
                        }
                      }
                    },
                    "citizenshipCountryCodeA3": {},
                    "dateOfBirth": {},
                    "email": {},
                    "firstName": {},
                    "gender": {},
                    "id": {},
                    "identificationDocument": {
                      "properties": {
                        "type": {},
                        "value": {}
                      }
                    },
                    "isAuthorizedSigner": {},
                    "isPrincipalOwner": {},
                    "lastName": {},
                    "phones": {
                      "items": {
                        "properties": {
                          "countryCode": {},
                          "number": {},
                          "type": {}
                        }
                      }
                    }
                  }
                }
              },
              "citizenshipCountryCodeA3": {},
              "dateOfBirth": {},
              "email": {},
              "firstName": {},
              "gender": {},
              "identificationDocument": {
                "properties": {
                  "type": {},
                  "value": {}
                }
              },
              "lastName": {},
              "legalName": {},
              "phones": {
                "items": {
                  "properties": {
                    "countryCode": {},
                    "number": {},
                    "type": {}
                  }
                }
              }
            }
          },
          "customerType": {},
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerInit_200_application_json"
      },
      "400": {
        "application/json": "customerInit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerUpdate",
    "method": "POST",
    "path": "/customer/update",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerUpdate_body,
      "knownProperties": {
        "properties": {
          "customer": {
            "properties": {
              "addresses": {
                "items": {
                  "properties": {
                    "addressLine1": {},
                    "addressLine2": {},
                    "city": {},
                    "countryCodeA3": {},
                    "postalCode": {},
                    "state": {},
                    "type": {}
                  }
                }
              },
              "businessAddresses": {
                "items": {
                  "properties": {
                    "addressLine1": {},
                    "addressLine2": {},
                    "city": {},
                    "countryCodeA3": {},
                    "postalCode": {},
                    "state": {},
                    "type": {}
                  }
                }
              },
              "businessPhones": {
                "items": {
                  "properties": {
                    "countryCode": {},
                    "number": {},
                    "type": {}
                  }
                }
              },
              "businessRepresentatives": {
                "items": {
                  "properties": {
                    "addresses": {
                      "items": {
                        "properties": {
                          "addressLine1": {},
                          "addressLine2": {},
                          "city": {},
                          "countryCodeA3": {},
                          "postalCode": {},
                          "state": {},
                          "type": {}
                        }
                      }
                    },
                    "email": {},
                    "id": {},
                    "phones": {
                      "items": {
                        "properties": {
                          "countryCode": {},
                          "number": {},
                          "type": {}
                        }
                      }
                    }
                  }
                }
              },
              "email": {},
              "phones": {
                "items": {
                  "properties": {
                    "countryCode": {},
                    "number": {},
                    "type": {}
                  }
                }
              }
            }
          },
          "customerId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerUpdate_200_application_json"
      },
      "400": {
        "application/json": "customerUpdate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerStatus",
    "method": "GET",
    "path": "/customer/status/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.customerStatus_parameters,
    "responses": {
      "200": {
        "application/json": "customerStatus_200_application_json"
      },
      "400": {
        "application/json": "customerStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerAddEmployee",
    "method": "POST",
    "path": "/customer/add-employee",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerAddEmployee_body,
      "knownProperties": {
        "properties": {
          "companyId": {},
          "employeeId": {},
          "position": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerAddEmployee_200_application_json"
      },
      "400": {
        "application/json": "customerAddEmployee_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerDisableEmployee",
    "method": "POST",
    "path": "/customer/disable-employee",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerDisableEmployee_body,
      "knownProperties": {
        "properties": {
          "companyId": {},
          "employeeId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerDisableEmployee_200_application_json"
      },
      "400": {
        "application/json": "customerDisableEmployee_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaIdentification",
    "method": "POST",
    "path": "/akepa/identification",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.akepaIdentification_body,
      "knownProperties": {
        "properties": {
          "customerId": {},
          "reference": {},
          "syncMode": {},
          "webhookURL": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "akepaIdentification_200_application_json"
      },
      "400": {
        "application/json": "akepaIdentification_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaStatus",
    "method": "POST",
    "path": "/akepa/status",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.akepaStatus_body,
      "knownProperties": {
        "properties": {
          "applicationId": {},
          "customerId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "akepaStatus_200_application_json"
      },
      "400": {
        "application/json": "akepaStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaStatusByCustomer",
    "method": "GET",
    "path": "/akepa/status/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.akepaStatusByCustomer_parameters,
    "responses": {
      "200": {
        "application/json": "akepaStatusByCustomer_200_application_json"
      },
      "400": {
        "application/json": "akepaStatusByCustomer_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaGenerateDocument",
    "method": "POST",
    "path": "/akepa/document/generate",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.akepaGenerateDocument_body,
      "knownProperties": {
        "properties": {
          "extension": {},
          "name": {},
          "note": {},
          "note_author_agent_email": {},
          "type": {},
          "workflow": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "akepaGenerateDocument_200_application_json"
      },
      "400": {
        "application/json": "akepaGenerateDocument_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaUploadDocument",
    "method": "POST",
    "path": "/akepa/document/upload/{documentId}",
    "secured": true,
    "parameters": [
      {
        "name": "documentId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.akepaUploadDocument_parameters,
    "body": {
      "required": true,
      "mediaTypes": [
        "multipart/form-data"
      ],
      "kind": "multipart",
      "fileFields": [
        {
          "name": "file",
          "required": true
        }
      ],
      "validate": request.akepaUploadDocument_body,
      "knownProperties": {
        "properties": {
          "file": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "akepaUploadDocument_200_application_json"
      },
      "400": {
        "application/json": "akepaUploadDocument_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "akepaUpdate",
    "method": "POST",
    "path": "/akepa/update",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.akepaUpdate_body,
      "knownProperties": {
        "properties": {
          "applicationId": {},
          "customerId": {},
          "documents": {
            "items": {
              "properties": {
                "documentId": {}
              }
            }
          },
          "entityId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "akepaUpdate_200_application_json"
      },
      "400": {
        "application/json": "akepaUpdate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "achCreate",
    "method": "POST",
    "path": "/transfer-to/ach/create",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achCreate_body,
      "knownProperties": {
        "properties": {
          "DFIAccountNumber": {},
          "accountType": {},
          "amount": {},
          "clientCode": {},
          "companyEntryDescription": {},
          "currency": {},
          "effectiveEntryDate": {},
          "individualName": {},
          "reference": {},
          "routingNumber": {},
          "standardEntryClassCode": {},
          "transactionType": {},
          "webhookUrl": {}
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
        "application/json": "achCreate_200_application_json"
      },
      "400": {
        "application/json": "AchCreateBadRequest_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      },
      "404": {
        "application/json": "AchAttributesNotFound_application_json"
      }
    }
  },
  {
    "operationId": "achValidate",
    "method": "POST",
    "path": "/transfer-to/ach/validate",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achValidate_body,
      "knownProperties": {
        "properties": {
          "DFIAccountNumber": {},
          "accountType": {},
          "amount": {},
          "clientCode": {},
          "companyEntryDescription": {},
          "currency": {},
          "effectiveEntryDate": {},
          "individualName": {},
          "reference": {},
          "routingNumber": {},
          "standardEntryClassCode": {},
          "transactionType": {},
          "webhookUrl": {}
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
        "application/json": "achValidate_200_application_json"
      },
      "400": {
        "application/json": "AchCreateBadRequest_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      },
      "404": {
        "application/json": "AchAttributesNotFound_application_json"
      }
    }
  },
  {
    "operationId": "achQuery",
    "method": "POST",
    "path": "/transfer-to/ach/query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "achQuery_200_application_json"
      },
      "400": {
        "application/json": "achQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "achList",
    "method": "POST",
    "path": "/transfer-to/ach/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achList_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionId": {},
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "achList_200_application_json"
      },
      "400": {
        "application/json": "achList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "achExportList",
    "method": "POST",
    "path": "/transfer-to/ach/export-list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achExportList_body,
      "knownProperties": {
        "properties": {
          "cFiPackageId": {},
          "cFiTransactionId": {},
          "clientCode": {},
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "text/csv": "achExportList_200_text_csv"
      },
      "400": {
        "application/json": "achExportList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "achReturnRates",
    "method": "POST",
    "path": "/transfer-to/ach/return-rates",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.achReturnRates_body,
      "knownProperties": {
        "properties": {
          "date": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "achReturnRates_200_application_json"
      },
      "400": {
        "application/json": "achReturnRates_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      },
      "404": {
        "application/json": "AchAttributesNotFound_application_json"
      }
    }
  },
  {
    "operationId": "billsBillersDownload",
    "method": "GET",
    "path": "/transfer-to/bills/billers/download",
    "secured": true,
    "parameters": [],
    "responses": {
      "200": {
        "application/json": "billsBillersDownload_200_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsBillersList",
    "method": "POST",
    "path": "/transfer-to/bills/billers/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsBillersList_body,
      "knownProperties": {
        "properties": {
          "aka": {},
          "billerId": {},
          "billerIds": {
            "items": {}
          },
          "billerName": {},
          "numberOfRecords": {},
          "skipRecords": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "billsBillersList_200_application_json"
      },
      "400": {
        "application/json": "billsBillersList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsBiller",
    "method": "GET",
    "path": "/transfer-to/bills/biller/{billerId}",
    "secured": true,
    "parameters": [
      {
        "name": "billerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.billsBiller_parameters,
    "responses": {
      "200": {
        "application/json": "billsBiller_200_application_json"
      },
      "400": {
        "application/json": "billsBiller_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsPublicEncryptionKeys",
    "method": "GET",
    "path": "/transfer-to/bills/public-encryption-keys",
    "secured": true,
    "parameters": [],
    "responses": {
      "200": {
        "application/json": "billsPublicEncryptionKeys_200_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsInitiate",
    "method": "POST",
    "path": "/transfer-to/bills/initiate",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsInitiate_body,
      "knownProperties": {
        "properties": {
          "accountNumber": {},
          "accountNumberEncrypted": {},
          "amount": {},
          "batchId": {},
          "billerId": {},
          "currency": {},
          "deliveryTimeCode": {},
          "firstName": {},
          "isReversal": {},
          "lastName": {},
          "legalName": {},
          "narrative": {},
          "originalCFiTransactionId": {},
          "reference": {},
          "webhookUrl": {}
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
        "application/json": "billsInitiate_200_application_json"
      },
      "400": {
        "application/json": "billsInitiate_400_application_json"
      },
      "401": {
        "application/json": "billsInitiate_401_application_json"
      }
    }
  },
  {
    "operationId": "billsExecute",
    "method": "POST",
    "path": "/transfer-to/bills/execute",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsExecute_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "billsExecute_200_application_json"
      },
      "400": {
        "application/json": "billsExecute_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsQuery",
    "method": "POST",
    "path": "/transfer-to/bills/query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "billsQuery_200_application_json"
      },
      "400": {
        "application/json": "billsQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsList",
    "method": "POST",
    "path": "/transfer-to/bills/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsList_body,
      "knownProperties": {
        "properties": {
          "batchId": {},
          "billerId": {},
          "cFiTransactionId": {},
          "cFiTransactionIds": {
            "items": {}
          },
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "dateException": {},
          "dateSettled": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "billsList_200_application_json"
      },
      "400": {
        "application/json": "billsList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsSummary",
    "method": "POST",
    "path": "/transfer-to/bills/summary",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsSummary_body,
      "knownProperties": {
        "properties": {
          "date": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "billsSummary_200_application_json"
      },
      "400": {
        "application/json": "billsSummary_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "billsExport",
    "method": "POST",
    "path": "/transfer-to/bills/export",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.billsExport_body,
      "knownProperties": {
        "properties": {
          "batchId": {},
          "billerId": {},
          "cFiTransactionId": {},
          "cFiTransactionIds": {
            "items": {}
          },
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "dateException": {},
          "dateSettled": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "text/csv": "billsExport_200_text_csv"
      },
      "400": {
        "application/json": "billsExport_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardRegister",
    "method": "POST",
    "path": "/transfer-to/card/register",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardRegister_body,
      "knownProperties": {
        "properties": {
          "card": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "clearCard": {
            "properties": {
              "accountNumber": {},
              "expirationDate": {},
              "securityCode": {}
            }
          },
          "owner": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "name": {
                "properties": {
                  "first": {},
                  "last": {},
                  "middle": {},
                  "suffix": {}
                }
              },
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          },
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "cardRegister_200_application_json"
      },
      "400": {
        "application/json": "cardRegister_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardGet",
    "method": "GET",
    "path": "/transfer-to/card/get/{cardId}",
    "secured": true,
    "parameters": [
      {
        "name": "cardId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.cardGet_parameters,
    "responses": {
      "200": {
        "application/json": "cardGet_200_application_json"
      },
      "400": {
        "application/json": "cardGet_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardPush",
    "method": "POST",
    "path": "/transfer-to/card/push",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardPush_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "narrative": {},
          "reference": {},
          "softDescriptor": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "email": {},
              "name": {},
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          }
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "cardPush_200_application_json"
      },
      "400": {
        "application/json": "cardPush_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardPull",
    "method": "POST",
    "path": "/transfer-to/card/pull",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardPull_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "narrative": {},
          "reference": {},
          "softDescriptor": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "email": {},
              "name": {},
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          }
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "cardPull_200_application_json"
      },
      "400": {
        "application/json": "cardPull_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardTransactionQuery",
    "method": "POST",
    "path": "/transfer-to/card/transactions-query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardTransactionQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "cardTransactionQuery_200_application_json"
      },
      "400": {
        "application/json": "cardTransactionQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardListTransactions",
    "method": "POST",
    "path": "/transfer-to/card/list/transactions",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardListTransactions_body,
      "knownProperties": {
        "properties": {
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reversalStatus": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "cardListTransactions_200_application_json"
      },
      "400": {
        "application/json": "cardListTransactions_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "cardReversal",
    "method": "POST",
    "path": "/transfer-to/card/reversal",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.cardReversal_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiTransactionId": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "cardReversal_200_application_json"
      },
      "400": {
        "application/json": "cardReversal_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "wireCreate",
    "method": "POST",
    "path": "/transfer-to/wire",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.wireCreate_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "beneficiary": {
            "properties": {
              "accountNumber": {},
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "bankABANumber": {},
              "bankName": {},
              "name": {}
            }
          },
          "currency": {},
          "endUserAccount": {},
          "memos": {
            "items": {}
          },
          "narrative": {},
          "originator": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "commonName": {},
              "legalName": {}
            }
          },
          "reference": {},
          "webhookURL": {}
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
        "application/json": "wireCreate_200_application_json"
      },
      "400": {
        "application/json": "wireCreate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "wireQuery",
    "method": "POST",
    "path": "/transfer-to/wire/query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.wireQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "wireQuery_200_application_json"
      },
      "400": {
        "application/json": "wireQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "wireList",
    "method": "POST",
    "path": "/transfer-to/wire/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.wireList_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionId": {},
          "cFiTransactionIds": {
            "items": {}
          },
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "wireList_200_application_json"
      },
      "400": {
        "application/json": "wireList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "wireExportList",
    "method": "POST",
    "path": "/transfer-to/wire/export-list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.wireExportList_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionId": {},
          "cFiTransactionIds": {
            "items": {}
          },
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "text/csv": "wireExportList_200_text_csv"
      },
      "400": {
        "application/json": "wireExportList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "comboCardRegister",
    "method": "POST",
    "path": "/transfer-to/combo/card/register",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.comboCardRegister_body,
      "knownProperties": {
        "properties": {
          "card": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "clearCard": {
            "properties": {
              "accountNumber": {},
              "expirationDate": {},
              "securityCode": {}
            }
          },
          "owner": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "name": {
                "properties": {
                  "first": {},
                  "last": {},
                  "middle": {},
                  "suffix": {}
                }
              },
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          },
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "comboCardRegister_200_application_json"
      },
      "400": {
        "application/json": "comboCardRegister_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "comboCreate",
    "method": "POST",
    "path": "/transfer-to/combo/create",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.comboCreate_body,
      "knownProperties": {
        "properties": {
          "DFIAccountNumber": {},
          "accountType": {},
          "amount": {},
          "beneficiary": {
            "properties": {
              "accountNumber": {},
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "bankABANumber": {},
              "bankName": {},
              "name": {}
            }
          },
          "cFiCardId": {},
          "clientCode": {},
          "companyEntryDescription": {},
          "currency": {},
          "effectiveEntryDate": {},
          "endUserAccount": {},
          "individualName": {},
          "memos": {
            "items": {}
          },
          "narrative": {},
          "originator": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "commonName": {},
              "legalName": {}
            }
          },
          "reference": {},
          "routingNumber": {},
          "softDescriptor": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "email": {},
              "name": {},
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          },
          "standardEntryClassCode": {},
          "transactionType": {},
          "transferType": {},
          "webhookURL": {},
          "webhookUrl": {}
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
        "application/json": "comboCreate_200_application_json"
      },
      "400": {
        "application/json": "comboCreate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      },
      "404": {
        "application/json": "AchAttributesNotFound_application_json"
      }
    }
  },
  {
    "operationId": "comboQuery",
    "method": "POST",
    "path": "/transfer-to/combo/query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.comboQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {
              "properties": {
                "cFiTransactionId": {},
                "transferType": {}
              }
            }
          },
          "references": {
            "items": {
              "properties": {
                "reference": {},
                "transferType": {}
              }
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "comboQuery_200_application_json"
      },
      "400": {
        "application/json": "comboQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "acquiringRegister",
    "method": "POST",
    "path": "/acquiring/register",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.acquiringRegister_body,
      "knownProperties": {
        "properties": {
          "card": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "clearCard": {
            "properties": {
              "accountNumber": {},
              "expirationDate": {},
              "securityCode": {}
            }
          },
          "owner": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "name": {
                "properties": {
                  "first": {},
                  "last": {},
                  "middle": {},
                  "suffix": {}
                }
              },
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          },
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "acquiringRegister_200_application_json"
      },
      "400": {
        "application/json": "acquiringRegister_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "acquiringPull",
    "method": "POST",
    "path": "/acquiring/pull",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.acquiringPull_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "narrative": {},
          "reference": {},
          "softDescriptor": {
            "properties": {
              "address": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "email": {},
              "name": {},
              "phone": {
                "properties": {
                  "countryCode": {},
                  "number": {}
                }
              }
            }
          }
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "acquiringPull_200_application_json"
      },
      "400": {
        "application/json": "acquiringPull_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "acquiringTransactionQuery",
    "method": "POST",
    "path": "/acquiring/transactions-query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.acquiringTransactionQuery_body,
      "knownProperties": {
        "properties": {
          "cFiTransactionIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "acquiringTransactionQuery_200_application_json"
      },
      "400": {
        "application/json": "acquiringTransactionQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "acquiringList",
    "method": "POST",
    "path": "/acquiring/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.acquiringList_body,
      "knownProperties": {
        "properties": {
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "numberOfRecords": {},
          "reversalStatus": {},
          "skipRecords": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "acquiringList_200_application_json"
      },
      "400": {
        "application/json": "acquiringList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "acquiringReversal",
    "method": "POST",
    "path": "/acquiring/reversal",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.acquiringReversal_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiTransactionId": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "acquiringReversal_200_application_json"
      },
      "400": {
        "application/json": "acquiringReversal_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkPrint",
    "method": "POST",
    "path": "/check/print",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.checkPrint_body,
      "knownProperties": {
        "properties": {
          "checkAttributes": {
            "properties": {
              "amount": {},
              "currency": {},
              "logo": {},
              "memo": {},
              "payeeAddress": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "payeeName": {},
              "payerAddress": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "city": {},
                  "country": {},
                  "postalCode": {},
                  "state": {}
                }
              },
              "payerName": {},
              "platformNumber": {},
              "returnAddress": {
                "properties": {
                  "addressLine1": {},
                  "addressLine2": {},
                  "addressLine3": {}
                }
              }
            }
          },
          "reference": {},
          "webhookUrl": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "checkPrint_200_application_json"
      },
      "400": {
        "application/json": "checkPrint_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkGet",
    "method": "GET",
    "path": "/check/get/{checkId}",
    "secured": true,
    "parameters": [
      {
        "name": "checkId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.checkGet_parameters,
    "responses": {
      "200": {
        "application/json": "checkGet_200_application_json"
      },
      "400": {
        "application/json": "checkGet_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkQuery",
    "method": "POST",
    "path": "/check/query",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.checkQuery_body,
      "knownProperties": {
        "properties": {
          "cFiCheckIds": {
            "items": {}
          },
          "references": {
            "items": {}
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "checkQuery_200_application_json"
      },
      "400": {
        "application/json": "checkQuery_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkVoid",
    "method": "POST",
    "path": "/check/void",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.checkVoid_body,
      "knownProperties": {
        "properties": {
          "cFiCheckId": {},
          "reason": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "checkVoid_200_application_json"
      },
      "400": {
        "application/json": "checkVoid_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkList",
    "method": "POST",
    "path": "/check/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.checkList_body,
      "knownProperties": {
        "properties": {
          "cFiCheckId": {},
          "cFiCheckIds": {
            "items": {}
          },
          "cFiCheckStatus": {},
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "initVoid": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "checkList_200_application_json"
      },
      "400": {
        "application/json": "checkList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "checkExportList",
    "method": "POST",
    "path": "/check/export-list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.checkExportList_body,
      "knownProperties": {
        "properties": {
          "cFiCheckId": {},
          "cFiCheckIds": {
            "items": {}
          },
          "cFiCheckStatus": {},
          "dateCreateFrom": {},
          "dateCreateTo": {},
          "initVoid": {},
          "numberOfRecords": {},
          "reference": {},
          "skipRecords": {}
        }
      }
    },
    "responses": {
      "200": {
        "text/csv": "checkExportList_200_text_csv"
      },
      "400": {
        "application/json": "checkExportList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisAccountAdd",
    "method": "POST",
    "path": "/ibis/account/add",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisAccountAdd_body,
      "knownProperties": {
        "properties": {
          "cardProgramId": {},
          "customerId": {},
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisAccountAdd_200_application_json"
      },
      "400": {
        "application/json": "ibisAccountAdd_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisDebitCardAdd",
    "method": "POST",
    "path": "/ibis/debit-card/add",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisDebitCardAdd_body,
      "knownProperties": {
        "properties": {
          "cardProgramId": {},
          "customerId": {},
          "profile": {
            "properties": {
              "nameOnCard": {},
              "occupation": {}
            }
          },
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisDebitCardAdd_200_application_json"
      },
      "400": {
        "application/json": "ibisDebitCardAdd_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCreditCardApplication",
    "method": "POST",
    "path": "/ibis/credit-card/application",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCreditCardApplication_body,
      "knownProperties": {
        "properties": {
          "annualIncome": {},
          "cardProgramId": {},
          "customerId": {},
          "reference": {},
          "requestedCreditLimit": {},
          "webhookUrl": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCreditCardApplication_200_application_json"
      },
      "400": {
        "application/json": "ibisCreditCardApplication_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCreditCardApplicationGet",
    "method": "GET",
    "path": "/ibis/credit-card/application/{applicationId}",
    "secured": true,
    "parameters": [
      {
        "name": "applicationId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.ibisCreditCardApplicationGet_parameters,
    "responses": {
      "200": {
        "application/json": "ibisCreditCardApplicationGet_200_application_json"
      },
      "400": {
        "application/json": "ibisCreditCardApplicationGet_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCreditCardAdd",
    "method": "POST",
    "path": "/ibis/credit-card/add",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCreditCardAdd_body,
      "knownProperties": {
        "properties": {
          "applicationId": {},
          "cardProgramId": {},
          "creditLimit": {},
          "customerId": {},
          "profile": {
            "properties": {
              "nameOnCard": {},
              "occupation": {}
            }
          },
          "reference": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCreditCardAdd_200_application_json"
      },
      "400": {
        "application/json": "ibisCreditCardAdd_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardActivate",
    "method": "POST",
    "path": "/ibis/card/activate",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardActivate_body,
      "knownProperties": {
        "properties": {
          "attributes": {
            "properties": {
              "cardExpDate": {}
            }
          },
          "cFiCardId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardActivate_200_application_json"
      },
      "400": {
        "application/json": "ibisCardActivate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardSetPin",
    "method": "POST",
    "path": "/ibis/card/set-pin",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardSetPin_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "encryptedPin": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "pin": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardSetPin_200_application_json"
      },
      "400": {
        "application/json": "ibisCardSetPin_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardCheckPin",
    "method": "POST",
    "path": "/ibis/card/check-pin",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardCheckPin_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "encryptedPin": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "pin": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardCheckPin_200_application_json"
      },
      "400": {
        "application/json": "ibisCardCheckPin_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardStatus",
    "method": "POST",
    "path": "/ibis/card/status",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardStatus_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardStatus_200_application_json"
      },
      "400": {
        "application/json": "ibisCardStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardSetStatus",
    "method": "POST",
    "path": "/ibis/card/set-status",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardSetStatus_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "description": {},
          "statusCode": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardSetStatus_200_application_json"
      },
      "400": {
        "application/json": "ibisCardSetStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardCardholderProfile",
    "method": "POST",
    "path": "/ibis/card/cardholder-profile",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardCardholderProfile_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardCardholderProfile_200_application_json"
      },
      "400": {
        "application/json": "ibisCardCardholderProfile_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardReissue",
    "method": "POST",
    "path": "/ibis/card/reissue",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardReissue_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "cardShippingMethodId": {},
          "customerId": {},
          "reasonCode": {},
          "reference": {},
          "reissueType": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardReissue_200_application_json"
      },
      "400": {
        "application/json": "ibisCardReissue_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardList",
    "method": "POST",
    "path": "/ibis/card/list",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardList_body,
      "knownProperties": {
        "properties": {
          "customerId": {},
          "numberOfRecords": {},
          "skipRecords": {},
          "statusCode": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardList_200_application_json"
      },
      "400": {
        "application/json": "ibisCardList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisCardGetAuthData",
    "method": "POST",
    "path": "/ibis/card/get-auth-data",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisCardGetAuthData_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisCardGetAuthData_200_application_json"
      },
      "400": {
        "application/json": "ibisCardGetAuthData_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisFinancialCardToCard",
    "method": "POST",
    "path": "/ibis/financial/card-to-card",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisFinancialCardToCard_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cardFromId": {},
          "cardToId": {},
          "currency": {},
          "description": {},
          "reference": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "ibisFinancialCardToCard_200_application_json"
      },
      "400": {
        "application/json": "ibisFinancialCardToCard_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisFinancialFundsCredit",
    "method": "POST",
    "path": "/ibis/financial/funds-credit",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisFinancialFundsCredit_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "description": {},
          "reference": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "ibisFinancialFundsCredit_200_application_json"
      },
      "400": {
        "application/json": "ibisFinancialFundsCredit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisFinancialFundsDebit",
    "method": "POST",
    "path": "/ibis/financial/funds-debit",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisFinancialFundsDebit_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiCardId": {},
          "currency": {},
          "description": {},
          "reference": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
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
        "application/json": "ibisFinancialFundsDebit_200_application_json"
      },
      "400": {
        "application/json": "ibisFinancialFundsDebit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisFinancialReversal",
    "method": "POST",
    "path": "/ibis/financial/reversal",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisFinancialReversal_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "cFiFundsId": {},
          "description": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisFinancialReversal_200_application_json"
      },
      "400": {
        "application/json": "ibisFinancialReversal_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisFinancialRetrieve",
    "method": "POST",
    "path": "/ibis/financial/retrieve",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisFinancialRetrieve_body,
      "knownProperties": {
        "properties": {
          "cFiFundsId": {},
          "reference": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisFinancialRetrieve_200_application_json"
      },
      "400": {
        "application/json": "ibisFinancialRetrieve_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "ibisInquiryTransactionHistory",
    "method": "POST",
    "path": "/ibis/inquiry/transaction-history",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.ibisInquiryTransactionHistory_body,
      "knownProperties": {
        "properties": {
          "cFiCardId": {},
          "dateFrom": {},
          "dateTo": {},
          "numberOfRecords": {},
          "skipRecords": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "ibisInquiryTransactionHistory_200_application_json"
      },
      "400": {
        "application/json": "ibisInquiryTransactionHistory_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerKycInit",
    "method": "POST",
    "path": "/customer/kyc/init",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerKycInit_body,
      "knownProperties": {
        "properties": {
          "customerId": {},
          "syncMode": {},
          "webhookURL": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerKycInit_200_application_json"
      },
      "400": {
        "application/json": "customerKycInit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerKycAddAttributes",
    "method": "POST",
    "path": "/customer/kyc/add-attributes",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerKycAddAttributes_body,
      "knownProperties": {
        "properties": {
          "additionalAttributes": {
            "properties": {
              "cardAttributes": {
                "properties": {
                  "additionalData": {
                    "open": true
                  },
                  "addressType": {},
                  "designId": {},
                  "issueType": {},
                  "nameOnCard": {},
                  "productID": {}
                }
              }
            }
          },
          "customerId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerKycAddAttributes_200_application_json"
      },
      "400": {
        "application/json": "customerKycAddAttributes_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerKycUpload",
    "method": "POST",
    "path": "/customer/kyc/upload/{customerId}/{documentId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      },
      {
        "name": "documentId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.customerKycUpload_parameters,
    "body": {
      "required": true,
      "mediaTypes": [
        "multipart/form-data"
      ],
      "kind": "multipart",
      "fileFields": [
        {
          "name": "file",
          "required": true
        }
      ],
      "validate": request.customerKycUpload_body,
      "knownProperties": {
        "properties": {
          "file": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerKycUpload_200_application_json"
      },
      "400": {
        "application/json": "customerKycUpload_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerKycStatus",
    "method": "GET",
    "path": "/customer/kyc/status/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.customerKycStatus_parameters,
    "responses": {
      "200": {
        "application/json": "customerKycStatus_200_application_json"
      },
      "400": {
        "application/json": "customerKycStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerKycDocumentLink",
    "method": "POST",
    "path": "/customer/kyc/document-link",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.customerKycDocumentLink_body,
      "knownProperties": {
        "properties": {
          "customerId": {},
          "documentId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "customerKycDocumentLink_200_application_json"
      },
      "400": {
        "application/json": "customerKycDocumentLink_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "documentGenerate",
    "method": "POST",
    "path": "/document/generate",
    "secured": true,
    "parameters": [],
    "responses": {
      "200": {
        "application/json": "documentGenerate_200_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "documentUpload",
    "method": "POST",
    "path": "/document/upload/{documentId}",
    "secured": true,
    "parameters": [
      {
        "name": "documentId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.documentUpload_parameters,
    "body": {
      "required": true,
      "mediaTypes": [
        "multipart/form-data"
      ],
      "kind": "multipart",
      "fileFields": [
        {
          "name": "file",
          "required": true
        }
      ],
      "validate": request.documentUpload_body,
      "knownProperties": {
        "properties": {
          "file": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "documentUpload_200_application_json"
      },
      "400": {
        "application/json": "documentUpload_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCustomerCreate",
    "method": "POST",
    "path": "/condor/customer/create",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCustomerCreate_body,
      "knownProperties": {
        "properties": {
          "cardAttributes": {
            "properties": {
              "additionalData": {
                "open": true
              },
              "addressType": {},
              "designId": {},
              "issueType": {},
              "nameOnCard": {},
              "productID": {}
            }
          },
          "customerId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCustomerCreate_200_application_json"
      },
      "400": {
        "application/json": "condorCustomerCreate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCustomerUpdate",
    "method": "POST",
    "path": "/condor/customer/update",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCustomerUpdate_body,
      "knownProperties": {
        "properties": {
          "addresses": {
            "items": {
              "properties": {
                "addressLine1": {},
                "addressLine2": {},
                "city": {},
                "country": {},
                "postalCode": {},
                "state": {},
                "type": {}
              }
            }
          },
          "customerId": {},
          "dateOfBirth": {},
          "email": {},
          "firstName": {},
          "gender": {},
          "lastName": {},
          "phones": {
            "items": {
              "properties": {
                "countryCode": {},
                "number": {},
                "type": {}
              }
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCustomerUpdate_200_application_json"
      },
      "400": {
        "application/json": "condorCustomerUpdate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCustomerGet",
    "method": "GET",
    "path": "/condor/customer/get/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.condorCustomerGet_parameters,
    "responses": {
      "200": {
        "application/json": "condorCustomerGet_200_application_json"
      },
      "400": {
        "application/json": "condorCustomerGet_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardAdd",
    "method": "POST",
    "path": "/condor/card/add",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCardAdd_body,
      "knownProperties": {
        "properties": {
          "cardAttributes": {
            "properties": {
              "additionalData": {
                "open": true
              },
              "addressType": {},
              "designId": {},
              "issueType": {},
              "nameOnCard": {},
              "productID": {}
            }
          },
          "customerId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCardAdd_200_application_json"
      },
      "400": {
        "application/json": "condorCardAdd_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardActivate",
    "method": "POST",
    "path": "/condor/card/activate",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCardActivate_body,
      "knownProperties": {
        "properties": {
          "activateAttributes": {
            "properties": {
              "cardExpDate": {},
              "cardLastFour": {},
              "otherIdentificationType": {},
              "otherIdentificationValue": {},
              "ssnLastFour": {}
            }
          },
          "cardId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCardActivate_200_application_json"
      },
      "400": {
        "application/json": "condorCardActivate_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardSetPin",
    "method": "POST",
    "path": "/condor/card/set-pin",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCardSetPin_body,
      "knownProperties": {
        "properties": {
          "cardId": {},
          "encryptedPin": {
            "properties": {
              "encryptedData": {},
              "keyId": {}
            }
          },
          "newPin": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCardSetPin_200_application_json"
      },
      "400": {
        "application/json": "condorCardSetPin_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardChangeStatus",
    "method": "POST",
    "path": "/condor/card/change-status",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCardChangeStatus_body,
      "knownProperties": {
        "properties": {
          "cardId": {},
          "reason": {},
          "statusAction": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCardChangeStatus_200_application_json"
      },
      "400": {
        "application/json": "condorCardChangeStatus_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardReIssue",
    "method": "POST",
    "path": "/condor/card/re-issue",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorCardReIssue_body,
      "knownProperties": {
        "properties": {
          "cardAttributes": {
            "properties": {
              "additionalData": {
                "open": true
              },
              "addressType": {},
              "cardShippingMethod": {},
              "designId": {},
              "issueType": {},
              "nameOnCard": {},
              "productID": {},
              "reference": {}
            }
          },
          "cardId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorCardReIssue_200_application_json"
      },
      "400": {
        "application/json": "condorCardReIssue_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardBalance",
    "method": "GET",
    "path": "/condor/card/balance/{cardId}",
    "secured": true,
    "parameters": [
      {
        "name": "cardId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.condorCardBalance_parameters,
    "responses": {
      "200": {
        "application/json": "condorCardBalance_200_application_json"
      },
      "400": {
        "application/json": "condorCardBalance_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorCardGet",
    "method": "GET",
    "path": "/condor/card/get/{cardId}",
    "secured": true,
    "parameters": [
      {
        "name": "cardId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.condorCardGet_parameters,
    "responses": {
      "200": {
        "application/json": "condorCardGet_200_application_json"
      },
      "400": {
        "application/json": "condorCardGet_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorFinancialCredit",
    "method": "POST",
    "path": "/condor/financial/credit",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorFinancialCredit_body,
      "knownProperties": {
        "properties": {
          "additionalData": {
            "open": true
          },
          "amount": {},
          "cardId": {},
          "currency": {},
          "merchant": {
            "properties": {
              "city": {},
              "countryCodeA3": {},
              "mcc": {},
              "mccGroup": {},
              "mccName": {},
              "name": {},
              "region": {}
            }
          },
          "reference": {},
          "transactionType": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        },
        "x-connectfi-supported": {
          "value": [
            "USD"
          ]
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorFinancialCredit_200_application_json"
      },
      "400": {
        "application/json": "condorFinancialCredit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorFinancialDebit",
    "method": "POST",
    "path": "/condor/financial/debit",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorFinancialDebit_body,
      "knownProperties": {
        "properties": {
          "additionalData": {
            "open": true
          },
          "amount": {},
          "cardId": {},
          "currency": {},
          "merchant": {
            "properties": {
              "city": {},
              "countryCodeA3": {},
              "mcc": {},
              "mccGroup": {},
              "mccName": {},
              "name": {},
              "region": {}
            }
          },
          "reference": {},
          "transactionType": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        },
        "x-connectfi-supported": {
          "value": [
            "USD"
          ]
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorFinancialDebit_200_application_json"
      },
      "400": {
        "application/json": "condorFinancialDebit_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorFinancialP2p",
    "method": "POST",
    "path": "/condor/financial/p2p",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorFinancialP2p_body,
      "knownProperties": {
        "properties": {
          "amount": {},
          "beneficiaryCardId": {},
          "currency": {},
          "reference": {},
          "sourceCardId": {}
        }
      },
      "businessRules": {
        "x-amountPrecision": {
          "value": 2
        },
        "x-connectfi-supported": {
          "value": [
            "USD"
          ]
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorFinancialP2p_200_application_json"
      },
      "400": {
        "application/json": "condorFinancialP2p_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorTransactionHistory",
    "method": "POST",
    "path": "/condor/transaction/history",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorTransactionHistory_body,
      "knownProperties": {
        "properties": {
          "cardId": {},
          "dateFrom": {},
          "dateTo": {},
          "numberOfTransactions": {},
          "offset": {},
          "status": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorTransactionHistory_200_application_json"
      },
      "400": {
        "application/json": "condorTransactionHistory_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "condorTransactionReversal",
    "method": "POST",
    "path": "/condor/transaction/reversal",
    "secured": true,
    "parameters": [],
    "body": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "kind": "json",
      "fileFields": [],
      "validate": request.condorTransactionReversal_body,
      "knownProperties": {
        "properties": {
          "forcePost": {},
          "reason": {},
          "transactionId": {}
        }
      }
    },
    "responses": {
      "200": {
        "application/json": "condorTransactionReversal_200_application_json"
      },
      "400": {
        "application/json": "condorTransactionReversal_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerLookupCardList",
    "method": "GET",
    "path": "/card/list/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.customerLookupCardList_parameters,
    "responses": {
      "200": {
        "application/json": "customerLookupCardList_200_application_json"
      },
      "400": {
        "application/json": "customerLookupCardList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  },
  {
    "operationId": "customerLookupAccountList",
    "method": "GET",
    "path": "/account/list/{customerId}",
    "secured": true,
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "type": "string"
      }
    ],
    "validateParameters": request.customerLookupAccountList_parameters,
    "responses": {
      "200": {
        "application/json": "customerLookupAccountList_200_application_json"
      },
      "400": {
        "application/json": "customerLookupAccountList_400_application_json"
      },
      "401": {
        "application/json": "Unauthorized_application_json"
      }
    }
  }
];
export {
  routes
};
