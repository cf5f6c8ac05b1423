/** connectFi API 0.1.0: what the sandbox executes, from the bundle's x-connectfi-* data. */
export const model = JSON.parse(String.raw `
{
  "title": "connectFi API",
  "version": "0.1.0",
  "tokenHeader": "x-connectfi-token",
  "resources": [
    {
      "name": "AchTransfer",
      "schemaName": "AchTransfer",
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Settled",
            "Returned",
            "Declined"
          ],
          "schemaName": "AchTransferStatus"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "effectiveEntryDate",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date",
          "schemaName": "AchEffectiveEntryDate"
        },
        {
          "name": "individualName",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchIndividualName"
        },
        {
          "name": "routingNumber",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchRoutingNumber"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "Currency"
        },
        {
          "name": "DFIAccountNumber",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchDFIAccountNumber"
        },
        {
          "name": "returnCode",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "schemaName": "AchReturnCode"
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [
        "DFIAccountNumber"
      ],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "AchTransferStatus"
      },
      "webhook": {
        "name": "achStatusChanged",
        "urlField": "webhookUrl"
      }
    },
    {
      "name": "WireTransfer",
      "schemaName": "WireTransfer",
      "fields": [
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Declined",
            "Cancelled",
            "Unknown"
          ],
          "schemaName": "WireTransferStatus"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "Currency"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "transactionReceiptId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "WireTransferStatus"
      },
      "webhook": {
        "name": "wireStatusChanged",
        "urlField": "webhookURL"
      }
    },
    {
      "name": "Customer",
      "schemaName": "Customer",
      "fields": [
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "customerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "customerType",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "customer",
          "types": [
            "object"
          ],
          "required": true,
          "schemaName": "CustomerPersonal"
        },
        {
          "name": "kycStatus",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "schemaName": "CustomerKycStatus"
        },
        {
          "name": "employees",
          "types": [
            "array"
          ],
          "required": false
        }
      ],
      "idField": "customerId",
      "idPrefix": "cstap_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "idPrefixBy": {
        "field": "customerType",
        "prefixes": {
          "individual": "cstap_",
          "business": "cstab_"
        }
      }
    },
    {
      "name": "KycApplication",
      "schemaName": "KycApplication",
      "fields": [
        {
          "name": "applicationId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "aggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "customerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonReference"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "running",
            "pending_step_up",
            "pending_documents",
            "data_request",
            "waiting_review",
            "pending_journey_application_review",
            "completed"
          ],
          "schemaName": "KycApplicationStatus"
        },
        {
          "name": "outcome",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "enum": [
            "Approved",
            "Denied",
            null
          ]
        },
        {
          "name": "entityApplications",
          "types": [
            "array"
          ],
          "required": false
        }
      ],
      "idField": "applicationId",
      "idPrefix": "iapp_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "KycApplicationStatus"
      },
      "updates": {
        "resource": "Customer",
        "lookup": "record.customerId",
        "set": {
          "kycStatus": {
            "$from": "record.outcome",
            "$map": {
              "Approved": "APPROVED",
              "Denied": "DENIED"
            },
            "$default": "IN_PROGRESS"
          }
        }
      },
      "webhook": {
        "name": "akepaStatusChanged",
        "urlField": "webhookURL"
      }
    },
    {
      "name": "AkepaDocument",
      "schemaName": "AkepaDocument",
      "fields": [
        {
          "name": "id",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "uploadStatus",
          "types": [
            "boolean"
          ],
          "required": true
        },
        {
          "name": "extension",
          "types": [
            "string"
          ],
          "required": false,
          "enum": [
            "jpg",
            "png"
          ]
        }
      ],
      "idField": "id",
      "idPrefix": "doc_",
      "sensitive": [],
      "fidelity": "designed"
    },
    {
      "name": "BillTransaction",
      "schemaName": "BillTransaction",
      "fields": [
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "merchantId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "cFiTraceNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Processing",
            "Sent",
            "Complete",
            "Settled",
            "Declined",
            "Cancelled",
            "DecryptError",
            "Unknown"
          ],
          "schemaName": "BillTransactionStatus"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "dtsCreated",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "billerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "BillBillerId"
        },
        {
          "name": "batchId",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "schemaName": "BillBatchId"
        },
        {
          "name": "dtsSent",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "processing",
          "types": [
            "object"
          ],
          "required": false,
          "schemaName": "BillProcessing"
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "BillTransactionStatus"
      },
      "webhook": {
        "name": "billsStatusChanged",
        "urlField": "webhookUrl"
      }
    },
    {
      "name": "CardRegistration",
      "schemaName": "CardRegistration",
      "fields": [
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CardId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "last4",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "owner",
          "types": [
            "object"
          ],
          "required": false,
          "schemaName": "CardOwner"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "cFiCardId",
      "idPrefix": "tcrd_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference"
    },
    {
      "name": "CardTransaction",
      "schemaName": "CardTransaction",
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CardId"
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "push",
            "pull"
          ]
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "narrative",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Manual",
            "Initiated",
            "Complete",
            "Declined"
          ],
          "schemaName": "CardTransactionStatus"
        },
        {
          "name": "reversalStatus",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Reversal",
            "Reversed"
          ],
          "schemaName": "CardReversalStatus"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "CardTransactionStatus"
      }
    },
    {
      "name": "AcquiringCard",
      "schemaName": "CardRegistration",
      "fields": [
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CardId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "last4",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "owner",
          "types": [
            "object"
          ],
          "required": false,
          "schemaName": "CardOwner"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "cFiCardId",
      "idPrefix": "tcrd_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference"
    },
    {
      "name": "AcquiringTransaction",
      "schemaName": "CardTransaction",
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CardId"
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "push",
            "pull"
          ]
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "narrative",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Manual",
            "Initiated",
            "Complete",
            "Declined"
          ],
          "schemaName": "CardTransactionStatus"
        },
        {
          "name": "reversalStatus",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Reversal",
            "Reversed"
          ],
          "schemaName": "CardReversalStatus"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "CardTransactionStatus"
      }
    },
    {
      "name": "ComboTransfer",
      "schemaName": "ComboTransfer",
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Settled",
            "Returned",
            "Declined"
          ]
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time"
        },
        {
          "name": "effectiveEntryDate",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date"
        },
        {
          "name": "individualName",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "routingNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "DFIAccountNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "returnCode",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "transactionReceiptId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "narrative",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "reversalStatus",
          "types": [
            "string"
          ],
          "required": false,
          "enum": [
            "Unknown",
            "Reversal",
            "Reversed"
          ]
        }
      ],
      "idField": "cFiTransactionId",
      "idPrefix": "{aggregator}_",
      "sensitive": [
        "DFIAccountNumber"
      ],
      "fidelity": "designed",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "AchTransferStatus",
        "lifecycleBy": {
          "field": "transferType",
          "lifecycles": {
            "ach": "AchTransferStatus",
            "wire": "WireTransferStatus",
            "push": "CardTransactionStatus",
            "pull": "CardTransactionStatus"
          }
        }
      }
    },
    {
      "name": "Check",
      "schemaName": "Check",
      "fields": [
        {
          "name": "cFiCheckId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CheckId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "serial",
          "types": [
            "integer"
          ],
          "required": true,
          "format": "int64"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "cFiCheckStatus",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Processing",
            "Sent",
            "InBank",
            "Complete",
            "Declined",
            "Cancelled",
            "Unknown"
          ],
          "schemaName": "CheckStatus"
        },
        {
          "name": "initVoid",
          "types": [
            "boolean"
          ],
          "required": true
        },
        {
          "name": "webhookUrl",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "uri",
          "schemaName": "WebhookUrl"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "cFiCheckId",
      "idPrefix": "chk_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "cFiCheckStatus",
        "lifecycle": "CheckStatus"
      },
      "webhook": {
        "name": "checkStatusChanged",
        "urlField": "webhookUrl"
      }
    },
    {
      "name": "IbisCard",
      "schemaName": "IbisCard",
      "fields": [
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisCardId"
        },
        {
          "name": "cFiAccountId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonReference"
        },
        {
          "name": "customerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisCustomerId"
        },
        {
          "name": "cardProgramId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "IbisCardProgramId"
        },
        {
          "name": "productType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "debitCard",
            "creditCard",
            "vAccount"
          ]
        },
        {
          "name": "statusCode",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "A",
            "B",
            "I",
            "S",
            "F"
          ],
          "schemaName": "IbisCardStatus"
        },
        {
          "name": "last4",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "cardExpDate",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "vAccountNumber",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "abaRoutingNumber",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "creditLimit",
          "types": [
            "number",
            "null"
          ],
          "required": false
        },
        {
          "name": "availableBalance",
          "types": [
            "number",
            "null"
          ],
          "required": false
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "Currency"
        },
        {
          "name": "profile",
          "types": [
            "object"
          ],
          "required": false,
          "schemaName": "IbisCardProfile"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "cFiCardId",
      "idPrefix": "icrd_",
      "sensitive": [
        "vAccountNumber"
      ],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "statusCode",
        "lifecycle": "IbisCardStatus"
      }
    },
    {
      "name": "IbisCreditApplication",
      "schemaName": "IbisCreditApplication",
      "fields": [
        {
          "name": "applicationId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisApplicationId"
        },
        {
          "name": "customerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisCustomerId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cardProgramId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisCardProgramId"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "pending",
            "approved",
            "declined"
          ],
          "schemaName": "IbisCreditApplicationStatus"
        },
        {
          "name": "approvedCreditLimit",
          "types": [
            "number",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsDecided",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ],
      "idField": "applicationId",
      "idPrefix": "gsa_",
      "sensitive": [],
      "fidelity": "designed",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "IbisCreditApplicationStatus"
      }
    },
    {
      "name": "IbisFundsTransfer",
      "schemaName": "IbisFundsTransfer",
      "fields": [
        {
          "name": "cFiFundsId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisFundsId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "cardToCard",
            "fundsCredit",
            "fundsDebit",
            "reversal"
          ]
        },
        {
          "name": "cardFromId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "cardToId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "cardProgramId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "IbisCardProgramId"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "description",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Complete",
            "PartiallyReversed",
            "Reversed"
          ],
          "schemaName": "IbisFundsTransferStatus"
        },
        {
          "name": "reversedAmount",
          "types": [
            "number"
          ],
          "required": false
        },
        {
          "name": "originalFundsId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "cFiFundsId",
      "idPrefix": "ifnd_",
      "sensitive": [],
      "fidelity": "partial",
      "referenceField": "reference",
      "status": {
        "field": "status",
        "lifecycle": "IbisFundsTransferStatus"
      }
    },
    {
      "name": "IbisTransaction",
      "schemaName": "IbisTransaction",
      "fields": [
        {
          "name": "transactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "IbisCardId"
        },
        {
          "name": "cFiFundsId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "transactionType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "purchase",
            "atmWithdrawal",
            "refund",
            "cardToCard",
            "fundsCredit",
            "fundsDebit",
            "reversal",
            "fee"
          ]
        },
        {
          "name": "direction",
          "types": [
            "string"
          ],
          "required": false,
          "enum": [
            "credit",
            "debit"
          ]
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "description",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "merchantName",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        }
      ],
      "idField": "transactionId",
      "idPrefix": "itrx_",
      "sensitive": [],
      "fidelity": "designed"
    },
    {
      "name": "CondorCard",
      "schemaName": "CondorCard",
      "fields": [
        {
          "name": "cardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CondorCardId"
        },
        {
          "name": "accountId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "last_four",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "NEW",
            "ACTIVE",
            "BLOCK",
            "FRAUD_BLOCK",
            "CLOSED"
          ],
          "schemaName": "CondorCardStatus"
        },
        {
          "name": "program_id",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "name_on_card",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "available_balance",
          "types": [
            "number"
          ],
          "required": true
        }
      ],
      "idField": "cardId",
      "idPrefix": "crda_",
      "sensitive": [],
      "fidelity": "partial",
      "status": {
        "field": "status",
        "lifecycle": "CondorCardStatus"
      }
    },
    {
      "name": "CondorTransaction",
      "schemaName": "CondorTransaction",
      "fields": [
        {
          "name": "transaction_id",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "cardId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CondorCardId"
        },
        {
          "name": "transaction_type",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true
        },
        {
          "name": "currency_code",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "state",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "running_balance",
          "types": [
            "number"
          ],
          "required": false
        },
        {
          "name": "iso_message_type",
          "types": [
            "string",
            "null"
          ],
          "required": false
        }
      ],
      "idField": "transaction_id",
      "idPrefix": "ctrx_",
      "sensitive": [],
      "fidelity": "designed"
    },
    {
      "name": "DeprecatedDocument",
      "schemaName": "DeprecatedDocument",
      "fields": [
        {
          "name": "id",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "uploadStatus",
          "types": [
            "boolean"
          ],
          "required": true
        },
        {
          "name": "extension",
          "types": [
            "string"
          ],
          "required": false
        }
      ],
      "idField": "id",
      "idPrefix": "sdoc_",
      "sensitive": [],
      "fidelity": "documented"
    }
  ],
  "lifecycles": [
    {
      "schemaName": "KycApplicationStatus",
      "states": [
        "running",
        "pending_step_up",
        "pending_documents",
        "data_request",
        "waiting_review",
        "pending_journey_application_review",
        "completed"
      ],
      "initial": [
        "running"
      ],
      "terminal": [
        "completed"
      ],
      "transitions": [
        {
          "from": "running",
          "to": "pending_step_up",
          "trigger": "identification needs document images (sandbox lastName WaitReview)"
        },
        {
          "from": "running",
          "to": "pending_documents",
          "trigger": "identification needs document images"
        },
        {
          "from": "running",
          "to": "data_request",
          "trigger": "identification needs customer data"
        },
        {
          "from": "running",
          "to": "waiting_review",
          "trigger": "identification needs a manual review"
        },
        {
          "from": "running",
          "to": "pending_journey_application_review",
          "trigger": "the journey needs a manual review"
        },
        {
          "from": "running",
          "to": "completed",
          "trigger": "automatic decision"
        },
        {
          "from": "pending_step_up",
          "to": "waiting_review",
          "trigger": "documents uploaded and linked with /akepa/update"
        },
        {
          "from": "pending_step_up",
          "to": "running",
          "trigger": "documents uploaded and linked with /akepa/update"
        },
        {
          "from": "pending_documents",
          "to": "running",
          "trigger": "documents uploaded and linked with /akepa/update"
        },
        {
          "from": "data_request",
          "to": "running",
          "trigger": "data supplied with /customer/update"
        },
        {
          "from": "waiting_review",
          "to": "completed",
          "trigger": "PayGears approves or denies by hand"
        },
        {
          "from": "pending_journey_application_review",
          "to": "completed",
          "trigger": "PayGears approves or denies by hand"
        }
      ]
    },
    {
      "schemaName": "AchTransferStatus",
      "states": [
        "Initiated",
        "Sent",
        "Complete",
        "Settled",
        "Returned",
        "Declined"
      ],
      "initial": [
        "Initiated"
      ],
      "terminal": [
        "Returned",
        "Declined"
      ],
      "transitions": [
        {
          "from": "Initiated",
          "to": "Sent",
          "trigger": "included in a NACHA batch sent to the ODFI (several times a day)"
        },
        {
          "from": "Initiated",
          "to": "Declined",
          "trigger": "the entry failed before it was batched"
        },
        {
          "from": "Sent",
          "to": "Complete",
          "trigger": "the ODFI acknowledged the batch"
        },
        {
          "from": "Sent",
          "to": "Declined",
          "trigger": "the ODFI rejected the batch or the entry"
        },
        {
          "from": "Complete",
          "to": "Settled",
          "trigger": "funds deposited at the RDFI"
        },
        {
          "from": "Complete",
          "to": "Returned",
          "trigger": "the RDFI returned the entry (NACHA return code)"
        },
        {
          "from": "Settled",
          "to": "Returned",
          "trigger": "the RDFI returned the entry within the NACHA return window"
        }
      ]
    },
    {
      "schemaName": "BillTransactionStatus",
      "states": [
        "Initiated",
        "Processing",
        "Sent",
        "Complete",
        "Settled",
        "Declined",
        "Cancelled",
        "DecryptError",
        "Unknown"
      ],
      "initial": [
        "Initiated"
      ],
      "terminal": [
        "Settled",
        "Declined",
        "Cancelled",
        "DecryptError"
      ],
      "transitions": [
        {
          "from": "Initiated",
          "to": "Processing",
          "trigger": "POST /transfer-to/bills/execute (no webhook for this change)"
        },
        {
          "from": "Initiated",
          "to": "Cancelled",
          "trigger": "the client cancelled the payment"
        },
        {
          "from": "Processing",
          "to": "Cancelled",
          "trigger": "the client cancelled the payment"
        },
        {
          "from": "Processing",
          "to": "DecryptError",
          "trigger": "the encrypted account number could not be decrypted"
        },
        {
          "from": "Processing",
          "to": "Sent",
          "trigger": "included in a file sent to Mastercard RPPS (several times a day)"
        },
        {
          "from": "Sent",
          "to": "Complete",
          "trigger": "RPPS acknowledged the payment"
        },
        {
          "from": "Sent",
          "to": "Declined",
          "trigger": "RPPS or the biller rejected the payment"
        },
        {
          "from": "Sent",
          "to": "Unknown",
          "trigger": "the outcome needs a manual review"
        },
        {
          "from": "Complete",
          "to": "Settled",
          "trigger": "funds reached the biller's bank and were debited from the settlement account"
        },
        {
          "from": "Complete",
          "to": "Declined",
          "trigger": "the biller returned the payment"
        },
        {
          "from": "Unknown",
          "to": "Complete",
          "trigger": "the review found the payment acknowledged"
        },
        {
          "from": "Unknown",
          "to": "Declined",
          "trigger": "the review found the payment failed"
        }
      ]
    },
    {
      "schemaName": "CardTransactionStatus",
      "states": [
        "Unknown",
        "Manual",
        "Initiated",
        "Complete",
        "Declined"
      ],
      "initial": [
        "Initiated"
      ],
      "terminal": [
        "Complete",
        "Declined"
      ],
      "transitions": [
        {
          "from": "Initiated",
          "to": "Complete",
          "trigger": "the processor approves (usually within seconds)"
        },
        {
          "from": "Initiated",
          "to": "Declined",
          "trigger": "the processor declines"
        },
        {
          "from": "Initiated",
          "to": "Manual",
          "trigger": "the transaction is held for manual processing"
        },
        {
          "from": "Initiated",
          "to": "Unknown",
          "trigger": "the processor's answer is lost or unclear"
        },
        {
          "from": "Manual",
          "to": "Complete",
          "trigger": "processed by hand"
        },
        {
          "from": "Manual",
          "to": "Declined",
          "trigger": "refused by hand"
        },
        {
          "from": "Unknown",
          "to": "Complete",
          "trigger": "the review finds it approved"
        },
        {
          "from": "Unknown",
          "to": "Declined",
          "trigger": "the review finds it declined"
        }
      ]
    },
    {
      "schemaName": "CardReversalStatus",
      "states": [
        "Unknown",
        "Reversal",
        "Reversed"
      ],
      "initial": [
        "Unknown"
      ],
      "terminal": [
        "Reversed"
      ],
      "transitions": [
        {
          "from": "Unknown",
          "to": "Reversal",
          "trigger": "/reversal accepted; the processor has not confirmed yet"
        },
        {
          "from": "Unknown",
          "to": "Reversed",
          "trigger": "/reversal accepted and confirmed at once"
        },
        {
          "from": "Reversal",
          "to": "Reversed",
          "trigger": "the processor confirms the reversal"
        }
      ]
    },
    {
      "schemaName": "WireTransferStatus",
      "states": [
        "Initiated",
        "Sent",
        "Complete",
        "Declined",
        "Cancelled",
        "Unknown"
      ],
      "initial": [
        "Initiated",
        "Sent"
      ],
      "terminal": [
        "Complete",
        "Declined",
        "Cancelled"
      ],
      "transitions": [
        {
          "from": "Initiated",
          "to": "Sent",
          "trigger": "the delayed wire was retried and sent"
        },
        {
          "from": "Initiated",
          "to": "Cancelled",
          "trigger": "the delayed wire was retracted (nightly update or insufficient funds)"
        },
        {
          "from": "Initiated",
          "to": "Complete",
          "trigger": "the delayed wire was retried and completed"
        },
        {
          "from": "Initiated",
          "to": "Declined",
          "trigger": "the delayed wire failed on retry"
        },
        {
          "from": "Sent",
          "to": "Complete",
          "trigger": "Fedwire completed the transfer"
        },
        {
          "from": "Sent",
          "to": "Declined",
          "trigger": "the transfer failed"
        },
        {
          "from": "Sent",
          "to": "Unknown",
          "trigger": "the outcome needs a manual review"
        },
        {
          "from": "Unknown",
          "to": "Complete",
          "trigger": "the review found the transfer completed"
        },
        {
          "from": "Unknown",
          "to": "Declined",
          "trigger": "the review found the transfer failed"
        }
      ]
    },
    {
      "schemaName": "CheckStatus",
      "states": [
        "Processing",
        "Sent",
        "InBank",
        "Complete",
        "Declined",
        "Cancelled",
        "Unknown"
      ],
      "initial": [
        "Processing"
      ],
      "terminal": [
        "Declined",
        "Cancelled"
      ],
      "transitions": [
        {
          "from": "Processing",
          "to": "Sent",
          "trigger": "included in a file sent to the bank by SFTP"
        },
        {
          "from": "Processing",
          "to": "Cancelled",
          "trigger": "voided before it was sent; never printed"
        },
        {
          "from": "Sent",
          "to": "InBank",
          "trigger": "the bank confirms receipt"
        },
        {
          "from": "Sent",
          "to": "Unknown",
          "trigger": "the bank's answer needs a manual review"
        },
        {
          "from": "InBank",
          "to": "Complete",
          "trigger": "printed and handed to AutoMail"
        },
        {
          "from": "InBank",
          "to": "Declined",
          "trigger": "rejected by AutoMail"
        },
        {
          "from": "InBank",
          "to": "Cancelled",
          "trigger": "voided; the bank confirms the void"
        },
        {
          "from": "InBank",
          "to": "Unknown",
          "trigger": "the bank's answer needs a manual review"
        },
        {
          "from": "Complete",
          "to": "Cancelled",
          "trigger": "voided after mailing; the bank confirms and will refuse payment"
        },
        {
          "from": "Unknown",
          "to": "InBank",
          "trigger": "the review finds it at the bank"
        },
        {
          "from": "Unknown",
          "to": "Complete",
          "trigger": "the review finds it printed and mailed"
        },
        {
          "from": "Unknown",
          "to": "Declined",
          "trigger": "the review finds it rejected"
        },
        {
          "from": "Unknown",
          "to": "Cancelled",
          "trigger": "the review finds it voided"
        }
      ]
    },
    {
      "schemaName": "IbisCardStatus",
      "states": [
        "A",
        "B",
        "I",
        "S",
        "F"
      ],
      "initial": [
        "A"
      ],
      "terminal": [
        "F"
      ],
      "transitions": [
        {
          "from": "A",
          "to": "B",
          "trigger": "/ibis/card/activate, or /ibis/card/set-status with B"
        },
        {
          "from": "A",
          "to": "F",
          "trigger": "/ibis/card/set-status with F"
        },
        {
          "from": "A",
          "to": "I",
          "trigger": "/ibis/card/set-status with I"
        },
        {
          "from": "A",
          "to": "S",
          "trigger": "/ibis/card/set-status with S (fraud or lost)"
        },
        {
          "from": "B",
          "to": "F",
          "trigger": "/ibis/card/set-status with F"
        },
        {
          "from": "B",
          "to": "I",
          "trigger": "/ibis/card/set-status with I"
        },
        {
          "from": "B",
          "to": "S",
          "trigger": "/ibis/card/set-status with S (fraud or lost)"
        },
        {
          "from": "I",
          "to": "F",
          "trigger": "/ibis/card/set-status with F"
        },
        {
          "from": "I",
          "to": "S",
          "trigger": "/ibis/card/set-status with S"
        },
        {
          "from": "S",
          "to": "B",
          "trigger": "/ibis/card/activate, or /ibis/card/set-status with B"
        },
        {
          "from": "S",
          "to": "F",
          "trigger": "/ibis/card/set-status with F"
        }
      ]
    },
    {
      "schemaName": "IbisCreditApplicationStatus",
      "states": [
        "pending",
        "approved",
        "declined"
      ],
      "initial": [
        "pending"
      ],
      "terminal": [
        "approved",
        "declined"
      ],
      "transitions": [
        {
          "from": "pending",
          "to": "approved",
          "trigger": "the credit decision grants a limit; add the card with /ibis/credit-card/add"
        },
        {
          "from": "pending",
          "to": "declined",
          "trigger": "the credit decision refuses credit"
        }
      ]
    },
    {
      "schemaName": "IbisFundsTransferStatus",
      "states": [
        "Complete",
        "PartiallyReversed",
        "Reversed"
      ],
      "initial": [
        "Complete"
      ],
      "terminal": [
        "Reversed"
      ],
      "transitions": [
        {
          "from": "Complete",
          "to": "PartiallyReversed",
          "trigger": "/ibis/financial/reversal with an amount below the rest"
        },
        {
          "from": "Complete",
          "to": "Reversed",
          "trigger": "/ibis/financial/reversal of the whole amount"
        },
        {
          "from": "PartiallyReversed",
          "to": "PartiallyReversed",
          "trigger": "another partial /ibis/financial/reversal"
        },
        {
          "from": "PartiallyReversed",
          "to": "Reversed",
          "trigger": "/ibis/financial/reversal of the rest"
        }
      ]
    },
    {
      "schemaName": "CondorCardStatus",
      "states": [
        "NEW",
        "ACTIVE",
        "BLOCK",
        "FRAUD_BLOCK",
        "CLOSED"
      ],
      "initial": [
        "NEW"
      ],
      "terminal": [
        "CLOSED"
      ],
      "transitions": [
        {
          "from": "NEW",
          "to": "ACTIVE",
          "trigger": "/condor/card/activate"
        },
        {
          "from": "NEW",
          "to": "BLOCK",
          "trigger": "/condor/card/change-status BLOCK"
        },
        {
          "from": "NEW",
          "to": "FRAUD_BLOCK",
          "trigger": "/condor/card/change-status FRAUD_BLOCK"
        },
        {
          "from": "NEW",
          "to": "CLOSED",
          "trigger": "/condor/card/change-status CLOSED"
        },
        {
          "from": "ACTIVE",
          "to": "BLOCK",
          "trigger": "/condor/card/change-status BLOCK"
        },
        {
          "from": "ACTIVE",
          "to": "FRAUD_BLOCK",
          "trigger": "/condor/card/change-status FRAUD_BLOCK"
        },
        {
          "from": "ACTIVE",
          "to": "CLOSED",
          "trigger": "/condor/card/change-status CLOSED"
        },
        {
          "from": "BLOCK",
          "to": "ACTIVE",
          "trigger": "/condor/card/change-status ACTIVE"
        },
        {
          "from": "BLOCK",
          "to": "FRAUD_BLOCK",
          "trigger": "/condor/card/change-status FRAUD_BLOCK"
        },
        {
          "from": "BLOCK",
          "to": "CLOSED",
          "trigger": "/condor/card/change-status CLOSED"
        },
        {
          "from": "FRAUD_BLOCK",
          "to": "ACTIVE",
          "trigger": "/condor/card/change-status ACTIVE"
        },
        {
          "from": "FRAUD_BLOCK",
          "to": "CLOSED",
          "trigger": "/condor/card/change-status CLOSED"
        }
      ]
    },
    {
      "schemaName": "CheckBoStatus",
      "states": [
        "Received",
        "Printed",
        "Not Printed",
        "Sent to AutoMail",
        "Rejected by AutoMail",
        "Cancelled"
      ],
      "initial": [
        "Received"
      ],
      "terminal": [
        "Rejected by AutoMail",
        "Cancelled"
      ],
      "transitions": [
        {
          "from": "Received",
          "to": "Printed",
          "trigger": "the bank printed the check"
        },
        {
          "from": "Received",
          "to": "Not Printed",
          "trigger": "the print run left the check out"
        },
        {
          "from": "Received",
          "to": "Cancelled",
          "trigger": "a void arrived before printing"
        },
        {
          "from": "Not Printed",
          "to": "Printed",
          "trigger": "printed on a later run"
        },
        {
          "from": "Not Printed",
          "to": "Cancelled",
          "trigger": "a void arrived before printing"
        },
        {
          "from": "Printed",
          "to": "Sent to AutoMail",
          "trigger": "handed to AutoMail for USPS First Class"
        },
        {
          "from": "Printed",
          "to": "Cancelled",
          "trigger": "voided after printing; the bank will refuse payment"
        },
        {
          "from": "Sent to AutoMail",
          "to": "Rejected by AutoMail",
          "trigger": "AutoMail rejects the piece"
        },
        {
          "from": "Sent to AutoMail",
          "to": "Cancelled",
          "trigger": "voided after mailing; the bank will refuse payment"
        }
      ]
    }
  ],
  "webhooks": [
    {
      "name": "akepaStatusChanged",
      "enveloped": true,
      "fields": [
        {
          "name": "applicationId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "aggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "customerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonReference"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "running",
            "pending_step_up",
            "pending_documents",
            "data_request",
            "waiting_review",
            "pending_journey_application_review",
            "completed"
          ],
          "schemaName": "KycApplicationStatus"
        },
        {
          "name": "outcome",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "enum": [
            "Approved",
            "Denied",
            null
          ]
        },
        {
          "name": "entityApplications",
          "types": [
            "array"
          ],
          "required": false
        }
      ]
    },
    {
      "name": "achStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Settled",
            "Returned",
            "Declined"
          ],
          "schemaName": "AchTransferStatus"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "effectiveEntryDate",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date",
          "schemaName": "AchEffectiveEntryDate"
        },
        {
          "name": "individualName",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchIndividualName"
        },
        {
          "name": "routingNumber",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchRoutingNumber"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "Currency"
        },
        {
          "name": "DFIAccountNumber",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "AchDFIAccountNumber"
        },
        {
          "name": "returnCode",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "schemaName": "AchReturnCode"
        }
      ]
    },
    {
      "name": "billsStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "merchantId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "cFiTraceNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Processing",
            "Sent",
            "Complete",
            "Settled",
            "Declined",
            "Cancelled",
            "DecryptError",
            "Unknown"
          ],
          "schemaName": "BillTransactionStatus"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "dtsCreated",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "billerId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "BillBillerId"
        },
        {
          "name": "batchId",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "schemaName": "BillBatchId"
        },
        {
          "name": "dtsSent",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "processing",
          "types": [
            "object"
          ],
          "required": false,
          "schemaName": "BillProcessing"
        }
      ]
    },
    {
      "name": "cardStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CardId"
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "push",
            "pull"
          ]
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "Currency"
        },
        {
          "name": "narrative",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Manual",
            "Initiated",
            "Complete",
            "Declined"
          ],
          "schemaName": "CardTransactionStatus"
        },
        {
          "name": "reversalStatus",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Unknown",
            "Reversal",
            "Reversed"
          ],
          "schemaName": "CardReversalStatus"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ]
    },
    {
      "name": "wireStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Declined",
            "Cancelled",
            "Unknown"
          ],
          "schemaName": "WireTransferStatus"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false,
          "schemaName": "Amount"
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "Currency"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonReference"
        },
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "transactionReceiptId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time",
          "schemaName": "Timestamp"
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        }
      ]
    },
    {
      "name": "comboStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "cFiTransactionId",
          "types": [
            "string"
          ],
          "required": true,
          "schemaName": "CommonId"
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false,
          "schemaName": "CommonId"
        },
        {
          "name": "status",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Initiated",
            "Sent",
            "Complete",
            "Settled",
            "Returned",
            "Declined"
          ]
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date-time"
        },
        {
          "name": "effectiveEntryDate",
          "types": [
            "string"
          ],
          "required": false,
          "format": "date"
        },
        {
          "name": "individualName",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "routingNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": false
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "DFIAccountNumber",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "returnCode",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "transferType",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "transactionReceiptId",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsCompleted",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "date-time"
        },
        {
          "name": "cFiCardId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "narrative",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "reversalStatus",
          "types": [
            "string"
          ],
          "required": false,
          "enum": [
            "Unknown",
            "Reversal",
            "Reversed"
          ]
        }
      ]
    },
    {
      "name": "checkStatusChanged",
      "enveloped": false,
      "fields": [
        {
          "name": "cFiCheckId",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "reference",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "serial",
          "types": [
            "integer"
          ],
          "required": true,
          "format": "int64"
        },
        {
          "name": "amount",
          "types": [
            "number"
          ],
          "required": true
        },
        {
          "name": "currency",
          "types": [
            "string"
          ],
          "required": true
        },
        {
          "name": "cFiAggregatorId",
          "types": [
            "string"
          ],
          "required": false
        },
        {
          "name": "cFiCheckStatus",
          "types": [
            "string"
          ],
          "required": true,
          "enum": [
            "Processing",
            "Sent",
            "InBank",
            "Complete",
            "Declined",
            "Cancelled",
            "Unknown"
          ]
        },
        {
          "name": "initVoid",
          "types": [
            "boolean"
          ],
          "required": true
        },
        {
          "name": "webhookUrl",
          "types": [
            "string",
            "null"
          ],
          "required": false,
          "format": "uri"
        },
        {
          "name": "dtsCreatedAt",
          "types": [
            "string"
          ],
          "required": true,
          "format": "date-time"
        },
        {
          "name": "boStatus",
          "types": [
            "string"
          ],
          "required": false,
          "enum": [
            "Received",
            "Printed",
            "Not Printed",
            "Sent to AutoMail",
            "Rejected by AutoMail",
            "Cancelled"
          ]
        },
        {
          "name": "boStatusDate",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "boDatePrinted",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "boTracking",
          "types": [
            "string",
            "null"
          ],
          "required": false
        },
        {
          "name": "dtsSent",
          "types": [
            "string",
            "null"
          ],
          "required": true,
          "format": "date-time"
        }
      ]
    }
  ],
  "operations": [
    {
      "operationId": "authGetToken",
      "method": "POST",
      "path": "/auth/get-token",
      "behaviour": {
        "kind": "auth"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AccessToken",
        "example": {
          "token": "ZTFhNmYxYjQtN2I4Ni00ZDkyLWE5YjAtMjY0NjM4ZWE0ZGQ3LjE2NjUxMzA3MzczNjA",
          "dtsExpireAt": "2022-10-07T08:18:57.360Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/user",
                "schemaPath": "#/properties/user/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "login"
                },
                "message": "must have required property 'login'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "userChangePassword",
      "method": "POST",
      "path": "/user/change-password",
      "behaviour": {
        "kind": "password"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "ChangePasswordResult",
        "example": {
          "status": true
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/newPassword",
                "schemaPath": "#/properties/newPassword/minLength",
                "keyword": "minLength",
                "params": {
                  "limit": 8
                },
                "message": "must NOT have fewer than 8 characters"
              }
            ],
            "message": "Request validation error"
          }
        },
        "wrongOldPassword": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "wrongOldPassword",
            "context": {
              "login": "CLIENTID_api"
            },
            "message": "Wrong old password (login=CLIENTID_api)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "healthCheck",
      "method": "GET",
      "path": "/health",
      "behaviour": {
        "kind": "health"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "HealthStatus",
        "example": {
          "status": "ok",
          "dtsChecked": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {}
    },
    {
      "operationId": "customerInit",
      "method": "POST",
      "path": "/customer/init",
      "behaviour": {
        "kind": "create",
        "resource": "Customer"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Customer",
        "example": {
          "reference": "cust20230628x001",
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "customerType": "individual",
          "customer": {
            "firstName": "Janice",
            "lastName": "Sample",
            "gender": "F",
            "dateOfBirth": "1969-08-04",
            "email": "janice.sample@example.com",
            "citizenshipCountryCodeA3": "USA",
            "addresses": [
              {
                "type": "PRIMARY",
                "addressLine1": "123 Main Str.",
                "addressLine2": "apt 8",
                "city": "Harrisburg",
                "state": "PA",
                "postalCode": "17101",
                "countryCodeA3": "USA"
              }
            ],
            "phones": [
              {
                "type": "MOBILE",
                "countryCode": "1",
                "number": "7175550123"
              }
            ],
            "identificationDocument": {
              "type": "SSN",
              "value": "123456789"
            }
          },
          "kycStatus": null
        },
        "examples": [
          {
            "reference": "cust20230628x001",
            "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
            "customerType": "individual",
            "customer": {
              "firstName": "Janice",
              "lastName": "Sample",
              "gender": "F",
              "dateOfBirth": "1969-08-04",
              "email": "janice.sample@example.com",
              "citizenshipCountryCodeA3": "USA",
              "addresses": [
                {
                  "type": "PRIMARY",
                  "addressLine1": "123 Main Str.",
                  "addressLine2": "apt 8",
                  "city": "Harrisburg",
                  "state": "PA",
                  "postalCode": "17101",
                  "countryCodeA3": "USA"
                }
              ],
              "phones": [
                {
                  "type": "MOBILE",
                  "countryCode": "1",
                  "number": "7175550123"
                }
              ],
              "identificationDocument": {
                "type": "SSN",
                "value": "123456789"
              }
            },
            "kycStatus": null
          },
          {
            "reference": "cust20230628x003",
            "customerId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
            "customerType": "business",
            "customer": {
              "legalName": "Sample Bakery LLC",
              "FEIN": "271234567",
              "email": "office@samplebakery.example.com",
              "businessAddresses": [
                {
                  "type": "PRIMARY",
                  "addressLine1": "200 Commerce Ave.",
                  "city": "Harrisburg",
                  "state": "PA",
                  "postalCode": "17102",
                  "countryCodeA3": "USA"
                }
              ],
              "businessPhones": [
                {
                  "type": "LANDLINE",
                  "countryCode": "1",
                  "number": "7175550100"
                }
              ],
              "businessRepresentatives": [
                {
                  "id": "ownerJaniceSample",
                  "isPrincipalOwner": true,
                  "isAuthorizedSigner": true,
                  "firstName": "Janice",
                  "lastName": "Sample",
                  "dateOfBirth": "1969-08-04",
                  "email": "janice.sample@example.com",
                  "citizenshipCountryCodeA3": "USA",
                  "addresses": [
                    {
                      "type": "PRIMARY",
                      "addressLine1": "123 Main Str.",
                      "addressLine2": "apt 8",
                      "city": "Harrisburg",
                      "state": "PA",
                      "postalCode": "17101",
                      "countryCodeA3": "USA"
                    }
                  ],
                  "phones": [
                    {
                      "type": "MOBILE",
                      "countryCode": "1",
                      "number": "7175550123"
                    }
                  ],
                  "identificationDocument": {
                    "type": "SSN",
                    "value": "123456789"
                  }
                }
              ]
            },
            "employees": [],
            "kycStatus": null
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customer/identificationDocument/value",
                "schemaPath": "#/oneOf/0/properties/customer/properties/identificationDocument/oneOf/0/properties/value/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9]{9}$"
                },
                "message": "must match pattern \"^[0-9]{9}$\""
              },
              {
                "instancePath": "/customerType",
                "schemaPath": "#/oneOf/1/properties/customerType/const",
                "keyword": "const",
                "params": {
                  "allowedValue": "business"
                },
                "message": "must be equal to constant"
              },
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": null
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "cust20230628x001",
              "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN"
            },
            "message": "Reference already exists"
          }
        },
        "referenceExists-ssn": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f41b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "cust20230628x009",
              "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN"
            },
            "message": "A customer with this SSN already exists"
          }
        },
        "referenceExists-fein": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f42b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "cust20230628x010",
              "entityId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W"
            },
            "message": "A customer with this FEIN already exists"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerUpdate",
      "method": "POST",
      "path": "/customer/update",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.customerId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Customer",
        "example": {
          "reference": "cust20230628x001",
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "customerType": "individual",
          "customer": {
            "firstName": "Janice",
            "lastName": "Sample",
            "gender": "F",
            "dateOfBirth": "1969-08-04",
            "email": "janice.sample@mail.example.com",
            "citizenshipCountryCodeA3": "USA",
            "addresses": [
              {
                "type": "PRIMARY",
                "addressLine1": "123 Main Str.",
                "addressLine2": "apt 8",
                "city": "Harrisburg",
                "state": "PA",
                "postalCode": "17101",
                "countryCodeA3": "USA"
              }
            ],
            "phones": [
              {
                "type": "MOBILE",
                "countryCode": "1",
                "number": "7175550123"
              }
            ],
            "identificationDocument": {
              "type": "SSN",
              "value": "123456789"
            }
          },
          "kycStatus": null
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customer/phones",
                "schemaPath": "#/properties/customer/properties/phones/minItems",
                "keyword": "minItems",
                "params": {
                  "limit": 1
                },
                "message": "must NOT have fewer than 1 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "invalidField": {
          "status": 400,
          "body": {
            "requestId": "5c3d1f60b7a611edaaa621b3360f38c0",
            "code": "invalidField",
            "context": {
              "field": "businessPhones",
              "customerType": "individual"
            },
            "message": "Field businessPhones is not valid for an individual customer"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerStatus",
      "method": "GET",
      "path": "/customer/status/{customerId}",
      "behaviour": {
        "kind": "get",
        "resource": "Customer",
        "lookup": "path.customerId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{path.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Customer",
        "example": {
          "reference": "cust20230628x001",
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "customerType": "individual",
          "customer": {
            "firstName": "Janice",
            "lastName": "Sample",
            "gender": "F",
            "dateOfBirth": "1969-08-04",
            "email": "janice.sample@example.com",
            "citizenshipCountryCodeA3": "USA",
            "addresses": [
              {
                "type": "PRIMARY",
                "addressLine1": "123 Main Str.",
                "addressLine2": "apt 8",
                "city": "Harrisburg",
                "state": "PA",
                "postalCode": "17101",
                "countryCodeA3": "USA"
              }
            ],
            "phones": [
              {
                "type": "MOBILE",
                "countryCode": "1",
                "number": "7175550123"
              }
            ],
            "identificationDocument": {
              "type": "SSN",
              "value": "123456789"
            }
          },
          "kycStatus": null
        },
        "examples": [
          {
            "reference": "cust20230628x001",
            "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
            "customerType": "individual",
            "customer": {
              "firstName": "Janice",
              "lastName": "Sample",
              "gender": "F",
              "dateOfBirth": "1969-08-04",
              "email": "janice.sample@example.com",
              "citizenshipCountryCodeA3": "USA",
              "addresses": [
                {
                  "type": "PRIMARY",
                  "addressLine1": "123 Main Str.",
                  "addressLine2": "apt 8",
                  "city": "Harrisburg",
                  "state": "PA",
                  "postalCode": "17101",
                  "countryCodeA3": "USA"
                }
              ],
              "phones": [
                {
                  "type": "MOBILE",
                  "countryCode": "1",
                  "number": "7175550123"
                }
              ],
              "identificationDocument": {
                "type": "SSN",
                "value": "123456789"
              }
            },
            "kycStatus": null
          },
          {
            "reference": "cust20230628x003",
            "customerId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
            "customerType": "business",
            "customer": {
              "legalName": "Sample Bakery LLC",
              "FEIN": "271234567",
              "email": "office@samplebakery.example.com",
              "businessAddresses": [
                {
                  "type": "PRIMARY",
                  "addressLine1": "200 Commerce Ave.",
                  "city": "Harrisburg",
                  "state": "PA",
                  "postalCode": "17102",
                  "countryCodeA3": "USA"
                }
              ],
              "businessPhones": [
                {
                  "type": "LANDLINE",
                  "countryCode": "1",
                  "number": "7175550100"
                }
              ],
              "businessRepresentatives": [
                {
                  "id": "ownerJaniceSample",
                  "isPrincipalOwner": true,
                  "isAuthorizedSigner": true,
                  "firstName": "Janice",
                  "lastName": "Sample",
                  "dateOfBirth": "1969-08-04",
                  "email": "janice.sample@example.com",
                  "citizenshipCountryCodeA3": "USA",
                  "addresses": [
                    {
                      "type": "PRIMARY",
                      "addressLine1": "123 Main Str.",
                      "addressLine2": "apt 8",
                      "city": "Harrisburg",
                      "state": "PA",
                      "postalCode": "17101",
                      "countryCodeA3": "USA"
                    }
                  ],
                  "phones": [
                    {
                      "type": "MOBILE",
                      "countryCode": "1",
                      "number": "7175550123"
                    }
                  ],
                  "identificationDocument": {
                    "type": "SSN",
                    "value": "123456789"
                  }
                }
              ]
            },
            "employees": [
              {
                "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
                "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
                "position": "Accountant",
                "isDisabled": false
              }
            ],
            "kycStatus": "completed"
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerAddEmployee",
      "method": "POST",
      "path": "/customer/add-employee",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.companyId",
        "answer": {
          "$find": "record.employees",
          "$where": {
            "employeeId": "{body.employeeId}"
          }
        },
        "merge": {
          "employees": {
            "$put": "record.employees",
            "$where": {
              "employeeId": "{body.employeeId}"
            },
            "$item": {
              "companyId": "{body.companyId}",
              "employeeId": "{body.employeeId}",
              "position": "{body.position}",
              "isDisabled": false
            }
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the company is a business customer that exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.companyId}"
            },
            "as": "company"
          }
        },
        {
          "that": "the employee exists first as an individual customer",
          "error": "customerNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.employeeId}"
            },
            "as": "employee"
          }
        },
        {
          "that": "the company is a business and the employee an individual",
          "error": "customerTypeMismatch",
          "fidelity": "designed",
          "match": {
            "company.customerType": {
              "eq": "business"
            },
            "employee.customerType": {
              "eq": "individual"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CustomerEmployee",
        "example": {
          "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
          "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "position": "Accountant",
          "isDisabled": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "position"
                },
                "message": "must have required property 'position'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "customerTypeMismatch": {
          "status": 400,
          "body": {
            "requestId": "8b2c4d70b7a611edaaa621b3360f38c0",
            "code": "customerTypeMismatch",
            "context": {
              "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
              "expectedCustomerType": "business"
            },
            "message": "Customer cstap_6reGTr3k8vpAu8uFV7EdiN is not a business customer"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerDisableEmployee",
      "method": "POST",
      "path": "/customer/disable-employee",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.companyId",
        "answer": {
          "$find": "record.employees",
          "$where": {
            "employeeId": "{body.employeeId}"
          }
        },
        "merge": {
          "employees": {
            "$put": "record.employees",
            "$where": {
              "employeeId": "{body.employeeId}"
            },
            "$item": {
              "companyId": "{item.companyId}",
              "employeeId": "{item.employeeId}",
              "position": "{item.position}",
              "isDisabled": true
            }
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the company exists",
          "error": "employeeNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.companyId}"
            },
            "as": "company"
          }
        },
        {
          "that": "the employee exists",
          "error": "employeeNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.employeeId}"
            },
            "as": "employee"
          }
        },
        {
          "that": "the individual was added to this business with /customer/add-employee",
          "error": "employeeNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.companyId}",
              "employees[].employeeId": "{body.employeeId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CustomerEmployee",
        "example": {
          "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
          "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "position": "Accountant",
          "isDisabled": true
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "employeeId"
                },
                "message": "must have required property 'employeeId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "employeeNotFound": {
          "status": 400,
          "body": {
            "requestId": "9c3d5e80b7a611edaaa621b3360f38c0",
            "code": "employeeNotFound",
            "context": {
              "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
              "employeeId": "cstap_6reGTr3k8vpAu8uFV7EdiN"
            },
            "message": "Employee not found"
          }
        },
        "representativeNotDisabled": {
          "status": 400,
          "body": {
            "requestId": "0a4e6f90b7a611edaaa621b3360f38c0",
            "code": "representativeNotDisabled",
            "context": {
              "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
              "employeeId": "ownerJaniceSample"
            },
            "message": "Business representatives cannot be disabled"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaIdentification",
      "method": "POST",
      "path": "/akepa/identification",
      "behaviour": {
        "kind": "create",
        "resource": "KycApplication"
      },
      "triggers": [
        {
          "when": "the customer's lastName at /customer/init is WaitReview",
          "then": "identification answers pending_step_up; after the documents are linked with /akepa/update, waiting_review until PayGears decides by hand",
          "on": "request",
          "match": {
            "customer.customer.lastName": {
              "eq": "WaitReview"
            }
          },
          "outcome": {
            "status": "pending_step_up",
            "set": {
              "outcome": null
            }
          },
          "fidelity": "documented",
          "example": "sandboxWaitReview"
        },
        {
          "when": "the customer's lastName at /customer/init is Deny",
          "then": "the application is completed at once with the outcome Denied",
          "on": "request",
          "match": {
            "customer.customer.lastName": {
              "eq": "Deny"
            }
          },
          "outcome": {
            "status": "completed",
            "set": {
              "outcome": "Denied"
            }
          },
          "fidelity": "designed",
          "example": "sandboxDeny"
        },
        {
          "when": "any other customer",
          "then": "the application is completed at once with the outcome Approved",
          "on": "request",
          "match": {},
          "outcome": {
            "status": "completed",
            "set": {
              "outcome": "Approved"
            }
          },
          "fidelity": "designed",
          "example": "identification"
        }
      ],
      "prerequisites": [
        {
          "that": "the customer was registered with /customer/init",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            },
            "as": "customer"
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "KycApplication",
        "example": {
          "applicationId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G",
          "aggregatorId": "CLIENTID",
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "reference": "kyc20230628x002",
          "status": "completed",
          "outcome": "Approved",
          "entityApplications": [
            {
              "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
              "isCustomer": true,
              "status": "completed",
              "outcome": "approved"
            }
          ]
        },
        "examples": [
          {
            "applicationId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G",
            "aggregatorId": "CLIENTID",
            "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
            "reference": "kyc20230628x002",
            "status": "completed",
            "outcome": "Approved",
            "entityApplications": [
              {
                "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
                "isCustomer": true,
                "status": "completed",
                "outcome": "approved"
              }
            ]
          },
          {
            "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
            "aggregatorId": "CLIENTID",
            "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
            "reference": "kyc20230628x001",
            "status": "pending_step_up",
            "outcome": null,
            "entityApplications": [
              {
                "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
                "isCustomer": true,
                "status": "pending_step_up",
                "outcome": null
              }
            ]
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "reference"
                },
                "message": "must have required property 'reference'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "kyc20230628x002",
              "entityId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G"
            },
            "message": "Reference already exists"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaStatus",
      "method": "POST",
      "path": "/akepa/status",
      "behaviour": {
        "kind": "get",
        "resource": "KycApplication",
        "lookup": "body.applicationId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the application exists and belongs to the customer",
          "error": "applicationNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "KycApplication",
            "where": {
              "applicationId": "{body.applicationId}",
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "KycApplication",
        "example": {
          "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
          "aggregatorId": "CLIENTID",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "reference": "kyc20230628x001",
          "status": "pending_step_up",
          "outcome": null,
          "entityApplications": [
            {
              "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "isCustomer": true,
              "status": "pending_step_up",
              "outcome": null
            }
          ]
        },
        "examples": [
          {
            "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
            "aggregatorId": "CLIENTID",
            "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
            "reference": "kyc20230628x001",
            "status": "pending_step_up",
            "outcome": null,
            "entityApplications": [
              {
                "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
                "isCustomer": true,
                "status": "pending_step_up",
                "outcome": null
              }
            ]
          },
          {
            "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
            "aggregatorId": "CLIENTID",
            "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
            "reference": "kyc20230628x001",
            "status": "waiting_review",
            "outcome": null,
            "entityApplications": [
              {
                "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
                "isCustomer": true,
                "status": "waiting_review",
                "outcome": null
              }
            ]
          },
          {
            "applicationId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G",
            "aggregatorId": "CLIENTID",
            "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
            "reference": "kyc20230628x002",
            "status": "completed",
            "outcome": "Approved",
            "entityApplications": [
              {
                "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
                "isCustomer": true,
                "status": "completed",
                "outcome": "approved"
              }
            ]
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "applicationId"
                },
                "message": "must have required property 'applicationId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "applicationNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d5e7f60b7a611edaaa621b3360f38c0",
            "code": "applicationNotFound",
            "context": {
              "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "applicationId": "iapp_0000000000000000000000"
            },
            "message": "Application not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaStatusByCustomer",
      "method": "GET",
      "path": "/akepa/status/{customerId}",
      "behaviour": {
        "kind": "get",
        "resource": "KycApplication",
        "lookup": "path.customerId",
        "lookupField": "customerId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer has an application",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "KycApplication",
            "where": {
              "customerId": "{path.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "KycApplication",
        "example": {
          "applicationId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G",
          "aggregatorId": "CLIENTID",
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "reference": "kyc20230628x002",
          "status": "completed",
          "outcome": "Approved",
          "entityApplications": [
            {
              "entityId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
              "isCustomer": true,
              "status": "completed",
              "outcome": "approved"
            }
          ]
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaGenerateDocument",
      "method": "POST",
      "path": "/akepa/document/generate",
      "behaviour": {
        "kind": "create",
        "resource": "AkepaDocument",
        "set": {
          "uploadStatus": false
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AkepaDocument",
        "example": {
          "id": "doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K",
          "uploadStatus": false,
          "extension": "jpg"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/extension",
                "schemaPath": "#/properties/extension/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "jpg",
                    "png"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaUploadDocument",
      "method": "POST",
      "path": "/akepa/document/upload/{documentId}",
      "behaviour": {
        "kind": "update",
        "resource": "AkepaDocument",
        "lookup": "path.documentId",
        "set": {
          "uploadStatus": true
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the document was generated with /akepa/document/generate",
          "error": "documentNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "AkepaDocument",
            "where": {
              "id": "{path.documentId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AkepaDocument",
        "example": {
          "id": "doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K",
          "uploadStatus": true,
          "extension": "jpg"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "file"
                },
                "message": "must have required property 'file'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "documentNotFound": {
          "status": 400,
          "body": {
            "requestId": "2e6f8a70b7a611edaaa621b3360f38c0",
            "code": "documentNotFound",
            "context": {
              "documentId": "doc_0000000000000000000000"
            },
            "message": "Document not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "akepaUpdate",
      "method": "POST",
      "path": "/akepa/update",
      "behaviour": {
        "kind": "transition",
        "resource": "KycApplication",
        "lookup": "body.applicationId",
        "to": "running",
        "refused": {
          "error": "applicationCompleted",
          "fidelity": "designed"
        }
      },
      "triggers": [
        {
          "when": "the customer's lastName at /customer/init is WaitReview and the application is pending_step_up",
          "then": "the application moves to waiting_review until PayGears decides by hand",
          "on": "request",
          "match": {
            "customer.customer.lastName": {
              "eq": "WaitReview"
            },
            "application.status": {
              "eq": "pending_step_up"
            }
          },
          "outcome": {
            "transition": "waiting_review"
          },
          "fidelity": "documented",
          "example": "sandboxWaitReview"
        }
      ],
      "prerequisites": [
        {
          "that": "the application exists and belongs to the customer",
          "error": "applicationNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "KycApplication",
            "where": {
              "applicationId": "{body.applicationId}",
              "customerId": "{body.customerId}"
            },
            "as": "application"
          }
        },
        {
          "that": "the application is not completed",
          "error": "applicationCompleted",
          "fidelity": "documented",
          "match": {
            "application.status": {
              "ne": "completed"
            }
          }
        },
        {
          "that": "the customer exists",
          "error": "applicationNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            },
            "as": "customer"
          }
        },
        {
          "that": "every document was generated and its file uploaded",
          "error": "documentNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "AkepaDocument",
            "where": {
              "id": "{body.documents[].documentId}",
              "uploadStatus": true
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "KycApplication",
        "example": {
          "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
          "aggregatorId": "CLIENTID",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "reference": "kyc20230628x001",
          "status": "waiting_review",
          "outcome": null,
          "entityApplications": [
            {
              "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "isCustomer": true,
              "status": "waiting_review",
              "outcome": null
            }
          ]
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/documents",
                "schemaPath": "#/properties/documents/minItems",
                "keyword": "minItems",
                "params": {
                  "limit": 1
                },
                "message": "must NOT have fewer than 1 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "applicationCompleted": {
          "status": 400,
          "body": {
            "requestId": "3f7a9b80b7a611edaaa621b3360f38c0",
            "code": "applicationCompleted",
            "context": {
              "applicationId": "iapp_9Qw3Er5Ty7Ui9Op1As3Df5G",
              "status": "completed"
            },
            "message": "The application is completed and cannot be updated"
          }
        },
        "applicationNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d5e7f60b7a611edaaa621b3360f38c0",
            "code": "applicationNotFound",
            "context": {
              "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "applicationId": "iapp_0000000000000000000000"
            },
            "message": "Application not found"
          }
        },
        "documentNotFound": {
          "status": 400,
          "body": {
            "requestId": "2e6f8a70b7a611edaaa621b3360f38c0",
            "code": "documentNotFound",
            "context": {
              "documentId": "doc_0000000000000000000000"
            },
            "message": "Document not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "achCreate",
      "method": "POST",
      "path": "/transfer-to/ach/create",
      "behaviour": {
        "kind": "create",
        "resource": "AchTransfer"
      },
      "triggers": [
        {
          "when": "amount is 13.99",
          "then": "the transfer is created Declined, as an entry that failed before it was batched",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 13.99
            }
          },
          "outcome": {
            "status": "Declined"
          },
          "fidelity": "designed",
          "example": "sandboxDeclined"
        }
      ],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AchTransfer",
        "example": {
          "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
          "reference": "ref20230628x001",
          "cFiAggregatorId": "CLIENTID",
          "status": "Initiated",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "effectiveEntryDate": "2023-06-28",
          "individualName": "John Smith",
          "routingNumber": "053207766",
          "amount": 7.15,
          "currency": "USD",
          "DFIAccountNumber": "1234567890123456"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/accountType",
                "schemaPath": "#/properties/accountType/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Checking",
                    "Savings"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "achEffectiveEntryDate": {
          "status": 400,
          "body": {
            "requestId": "7e1f3a50b7a611edaaa621b3360f38c0",
            "code": "achEffectiveEntryDate",
            "context": {
              "effectiveEntryDate": "2023-06-28"
            },
            "message": "Wrong effective entry date (effectiveEntryDate=2023-06-28)"
          }
        },
        "achVerify": {
          "status": 400,
          "body": {
            "requestId": "8f2a4b60b7a611edaaa621b3360f38c0",
            "code": "achVerify",
            "context": {
              "reference": "ref20230628x001",
              "field": "routingNumber"
            },
            "message": "ACH request verification failed (field=routingNumber)"
          }
        },
        "achValidate": {
          "status": 400,
          "body": {
            "requestId": "9a3b5c70b7a611edaaa621b3360f38c0",
            "code": "achValidate",
            "context": {
              "reference": "ref20230628x001"
            },
            "message": "ACH file validation failed"
          }
        },
        "wrongAmount": {
          "status": 400,
          "body": {
            "requestId": "ab4c6d80b7a611edaaa621b3360f38c0",
            "code": "wrongAmount",
            "context": {
              "amount": 1.225
            },
            "message": "Wrong amount (amount=1.225)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        },
        "achAttributes": {
          "status": 404,
          "body": {
            "requestId": "cd6e8fa0b7a611edaaa621b3360f38c0",
            "code": "achAttributes",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "ACH attributes not found (cFiAggregatorId=CLIENTID)"
          }
        }
      }
    },
    {
      "operationId": "achValidate",
      "method": "POST",
      "path": "/transfer-to/ach/validate",
      "behaviour": {
        "kind": "validate",
        "resource": "AchTransfer"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AchTransfer",
        "example": {
          "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
          "reference": "ref20230628x001",
          "cFiAggregatorId": "CLIENTID",
          "status": "Initiated",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "effectiveEntryDate": "2023-06-28",
          "individualName": "John Smith",
          "routingNumber": "053207766",
          "amount": 7.15,
          "currency": "USD",
          "DFIAccountNumber": "1234567890123456"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/accountType",
                "schemaPath": "#/properties/accountType/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Checking",
                    "Savings"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "achEffectiveEntryDate": {
          "status": 400,
          "body": {
            "requestId": "7e1f3a50b7a611edaaa621b3360f38c0",
            "code": "achEffectiveEntryDate",
            "context": {
              "effectiveEntryDate": "2023-06-28"
            },
            "message": "Wrong effective entry date (effectiveEntryDate=2023-06-28)"
          }
        },
        "achVerify": {
          "status": 400,
          "body": {
            "requestId": "8f2a4b60b7a611edaaa621b3360f38c0",
            "code": "achVerify",
            "context": {
              "reference": "ref20230628x001",
              "field": "routingNumber"
            },
            "message": "ACH request verification failed (field=routingNumber)"
          }
        },
        "achValidate": {
          "status": 400,
          "body": {
            "requestId": "9a3b5c70b7a611edaaa621b3360f38c0",
            "code": "achValidate",
            "context": {
              "reference": "ref20230628x001"
            },
            "message": "ACH file validation failed"
          }
        },
        "wrongAmount": {
          "status": 400,
          "body": {
            "requestId": "ab4c6d80b7a611edaaa621b3360f38c0",
            "code": "wrongAmount",
            "context": {
              "amount": 1.225
            },
            "message": "Wrong amount (amount=1.225)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        },
        "achAttributes": {
          "status": 404,
          "body": {
            "requestId": "cd6e8fa0b7a611edaaa621b3360f38c0",
            "code": "achAttributes",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "ACH attributes not found (cFiAggregatorId=CLIENTID)"
          }
        }
      }
    },
    {
      "operationId": "achQuery",
      "method": "POST",
      "path": "/transfer-to/ach/query",
      "behaviour": {
        "kind": "query",
        "resource": "AchTransfer"
      },
      "triggers": [
        {
          "when": "the queried transfer has amount 13.01 and is Initiated",
          "then": "it becomes Sent and achStatusChanged fires",
          "on": "record",
          "match": {
            "record.amount": {
              "eq": 13.01
            },
            "record.status": {
              "eq": "Initiated"
            }
          },
          "outcome": {
            "transition": "Sent"
          },
          "fidelity": "designed",
          "example": "sandboxReturnR01"
        },
        {
          "when": "the queried transfer has amount 13.01 and is Sent",
          "then": "it becomes Complete and achStatusChanged fires",
          "on": "record",
          "match": {
            "record.amount": {
              "eq": 13.01
            },
            "record.status": {
              "eq": "Sent"
            }
          },
          "outcome": {
            "transition": "Complete"
          },
          "fidelity": "designed",
          "example": "sandboxReturnR01"
        },
        {
          "when": "the queried transfer has amount 13.01 and is Complete",
          "then": "it is Returned with returnCode R01 (insufficient funds) and achStatusChanged fires",
          "on": "record",
          "match": {
            "record.amount": {
              "eq": 13.01
            },
            "record.status": {
              "eq": "Complete"
            }
          },
          "outcome": {
            "transition": "Returned",
            "set": {
              "returnCode": "R01"
            }
          },
          "fidelity": "designed",
          "example": "sandboxReturnR01"
        }
      ],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "AchTransfer",
        "example": [
          {
            "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
            "reference": "ref20230628x001",
            "cFiAggregatorId": "CLIENTID",
            "status": "Sent",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
            "effectiveEntryDate": "2023-06-28",
            "individualName": "John Smith",
            "routingNumber": "053207766",
            "amount": 7.15,
            "currency": "USD",
            "DFIAccountNumber": "1234567890123456"
          },
          {
            "cFiTransactionId": "CLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M",
            "reference": "ref20230627x014",
            "cFiAggregatorId": "CLIENTID",
            "status": "Returned",
            "dtsCreatedAt": "2023-06-27T09:02:11.004Z",
            "effectiveEntryDate": "2023-06-27",
            "individualName": "Mary Jones",
            "routingNumber": "123456789",
            "amount": 125.5,
            "currency": "USD",
            "DFIAccountNumber": "123456789",
            "returnCode": "R01"
          }
        ],
        "examples": [
          [
            {
              "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
              "reference": "ref20230628x001",
              "cFiAggregatorId": "CLIENTID",
              "status": "Sent",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
              "effectiveEntryDate": "2023-06-28",
              "individualName": "John Smith",
              "routingNumber": "053207766",
              "amount": 7.15,
              "currency": "USD",
              "DFIAccountNumber": "1234567890123456"
            },
            {
              "cFiTransactionId": "CLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M",
              "reference": "ref20230627x014",
              "cFiAggregatorId": "CLIENTID",
              "status": "Returned",
              "dtsCreatedAt": "2023-06-27T09:02:11.004Z",
              "effectiveEntryDate": "2023-06-27",
              "individualName": "Mary Jones",
              "routingNumber": "123456789",
              "amount": 125.5,
              "currency": "USD",
              "DFIAccountNumber": "123456789",
              "returnCode": "R01"
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cFiTransactionIds",
                "schemaPath": "#/oneOf/0/properties/cFiTransactionIds/maxItems",
                "keyword": "maxItems",
                "params": {
                  "limit": 20
                },
                "message": "must NOT have more than 20 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "de7f90b0b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "achList",
      "method": "POST",
      "path": "/transfer-to/ach/list",
      "behaviour": {
        "kind": "list",
        "resource": "AchTransfer",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "AchTransferList",
        "example": {
          "transactions": [
            {
              "cFiTransactionId": "CLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M",
              "reference": "ref20230627x014",
              "cFiAggregatorId": "CLIENTID",
              "status": "Returned",
              "dtsCreatedAt": "2023-06-27T09:02:11.004Z",
              "effectiveEntryDate": "2023-06-27",
              "individualName": "Mary Jones",
              "routingNumber": "123456789",
              "amount": 125.5,
              "currency": "USD",
              "DFIAccountNumber": "123456789",
              "returnCode": "R01"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/status",
                "schemaPath": "#/properties/status/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Initiated",
                    "Sent",
                    "Complete",
                    "Settled",
                    "Returned",
                    "Declined"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "achExportList",
      "method": "POST",
      "path": "/transfer-to/ach/export-list",
      "behaviour": {
        "kind": "export",
        "resource": "AchTransfer",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "export",
        "contentType": "text/csv"
      },
      "success": {
        "status": 200,
        "contentType": "text/csv",
        "enveloped": false,
        "example": "cFiTransactionId,reference,status,dtsCreatedAt,effectiveEntryDate,individualName,routingNumber,DFIAccountNumber,amount,currency,returnCode\nCLIENTID_3A5dSDcMFdlWK54dj1cacU,ref20230628x001,Sent,2023-06-28T13:26:59.312Z,2023-06-28,John Smith,053207766,1234567890123456,7.15,USD,\nCLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M,ref20230627x014,Returned,2023-06-27T09:02:11.004Z,2023-06-27,Mary Jones,123456789,123456789,125.5,USD,R01\n"
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/dateCreateFrom",
                "schemaPath": "#/properties/dateCreateFrom/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
                },
                "message": "must match pattern \"^\\d{4}-\\d{2}-\\d{2}$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 100000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=100000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "achReturnRates",
      "method": "POST",
      "path": "/transfer-to/ach/return-rates",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "AchReturnRate",
        "example": [
          {
            "minDate": "2023-04-29",
            "maxDate": "2023-06-28",
            "unauthorizedReturnRate": 0.62,
            "administrativeReturnRate": 1.1,
            "overallReturnRate": 4.8,
            "daysOutOfCompliance": 3
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/date",
                "schemaPath": "#/properties/date/format",
                "keyword": "format",
                "params": {
                  "format": "date"
                },
                "message": "must match format \"date\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "returnRateNotFound": {
          "status": 400,
          "body": {
            "requestId": "7d4e2140b7a611edaaa621b3360f38c0",
            "code": "returnRateNotFound",
            "context": {
              "cFiAggregatorId": "CLIENTID",
              "date": "2023-01-01"
            },
            "message": "Return rate not found (cFiAggregatorId=CLIENTID, date=2023-01-01)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        },
        "achAttributes": {
          "status": 404,
          "body": {
            "requestId": "cd6e8fa0b7a611edaaa621b3360f38c0",
            "code": "achAttributes",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "ACH attributes not found (cFiAggregatorId=CLIENTID)"
          }
        }
      }
    },
    {
      "operationId": "billsBillersDownload",
      "method": "GET",
      "path": "/transfer-to/bills/billers/download",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "BillBiller",
        "example": [
          {
            "recordType": "BILLER",
            "billerKey": "0123456789",
            "record_effective_date": "2023-06-01",
            "biller_id": "0123456789",
            "live_date": "2001-03-15",
            "routing_number": "9999000038",
            "biller_name": "Example Power and Light",
            "biller_class": "Utilities",
            "biller_type": "Core",
            "line_of_business": "Electric",
            "file_format": "CIE",
            "accepts_prenotes": "Y",
            "accepts_guaranteed_payments_only": "N",
            "accepts_DMP_prenotes": "N",
            "accepts_DMP_payments_only": "N",
            "accept_CDP_prenotes": "Y",
            "return_CDR": "Y",
            "require_addenda_with_reversals": "N",
            "country_code": "US",
            "state_code": "TX",
            "check_digit_routine": "MOD10",
            "currency_code": "840",
            "previous_biller_name": null,
            "note": null,
            "accepts_exception_payments": "Y",
            "total_addresses": 1,
            "total_masks": 2
          },
          {
            "recordType": "BILLER",
            "billerKey": "0987654321",
            "biller_id": "0987654321",
            "biller_name": "Example Wireless",
            "biller_class": "Telecom",
            "line_of_business": "Wireless",
            "accepts_prenotes": "N",
            "currency_code": "840",
            "total_addresses": 2,
            "total_masks": 1
          }
        ]
      },
      "errors": {
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsBillersList",
      "method": "POST",
      "path": "/transfer-to/bills/billers/list",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "billers",
        "maxPageSize": 100
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillBillerList",
        "example": {
          "billers": [
            {
              "recordType": "BILLER",
              "billerKey": "0123456789",
              "biller_id": "0123456789",
              "biller_name": "Example Power and Light",
              "biller_class": "Utilities",
              "line_of_business": "Electric",
              "accepts_prenotes": "Y",
              "currency_code": "840",
              "country_code": "US",
              "state_code": "TX",
              "total_addresses": 1,
              "total_masks": 2
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/numberOfRecords",
                "schemaPath": "#/properties/numberOfRecords/maximum",
                "keyword": "maximum",
                "params": {
                  "comparison": "<=",
                  "limit": 100
                },
                "message": "must be <= 100"
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsBiller",
      "method": "GET",
      "path": "/transfer-to/bills/biller/{billerId}",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillBillerDetail",
        "example": {
          "original": {
            "recordType": "BILLER",
            "billerKey": "0123456789",
            "biller_id": "0123456789",
            "biller_name": "Example Power and Light",
            "biller_class": "Utilities",
            "line_of_business": "Electric",
            "accepts_prenotes": "Y",
            "currency_code": "840",
            "total_addresses": 1,
            "total_masks": 2,
            "addresses": [
              {
                "recordType": "ADDRESS",
                "address_key": "01"
              }
            ],
            "masks": [
              {
                "recordType": "MASK",
                "mask": "##########"
              },
              {
                "recordType": "MASK",
                "mask": "####-######"
              }
            ]
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/billerId",
                "schemaPath": "#/properties/billerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^\\d{10}$"
                },
                "message": "must match pattern \"^\\d{10}$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "rppsBillerNotFound": {
          "status": 400,
          "body": {
            "requestId": "9f604360b7a611edaaa621b3360f38c0",
            "code": "rppsBillerNotFound",
            "context": {
              "billerId": "0000000001"
            },
            "message": "RPPS biller not found (billerId=0000000001)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsPublicEncryptionKeys",
      "method": "GET",
      "path": "/transfer-to/bills/public-encryption-keys",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillEncryptionKeys",
        "example": {
          "primary": {
            "pem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoFh8jbm56Cs0Xdlj2T7h\nDQw74S0qrgb/rXJk1hUlK2EcqK7ggHhLQ4rKb/aWLdFo5hRGmZNL20CKXfuVgzoC\nQpUUGt1H800FGOGcyZ4NNv0WLSM4qBFaGFPpHswYVcB7rv6xcKDklwQNf+qutSlG\nxS2sXMGuHQToJPfynCQr/P4ebloXf7fEvGzOUsdxRUUuwtgJ5+m04inoKnJohXXI\nuo/F0azuABPWJO1/tH0K+9GOMljVs09U42n4WmZ3K/KqP7CxqwoUaMPwlB/2ZEPy\nJ+XjC6DwDsTg6er84vwJ3tvkKXJ95PHtAurPnLjTaUiCtQsZ8N0WP398NxQGW8Ie\n7QIDAQAB\n-----END PUBLIC KEY-----\n",
            "jwk": {
              "kty": "RSA",
              "n": "oFh8jbm56Cs0Xdlj2T7hDQw74S0qrgb_rXJk1hUlK2EcqK7ggHhLQ4rKb_aWLdFo5hRGmZNL20CKXfuVgzoCQpUUGt1H800FGOGcyZ4NNv0WLSM4qBFaGFPpHswYVcB7rv6xcKDklwQNf-qutSlGxS2sXMGuHQToJPfynCQr_P4ebloXf7fEvGzOUsdxRUUuwtgJ5-m04inoKnJohXXIuo_F0azuABPWJO1_tH0K-9GOMljVs09U42n4WmZ3K_KqP7CxqwoUaMPwlB_2ZEPyJ-XjC6DwDsTg6er84vwJ3tvkKXJ95PHtAurPnLjTaUiCtQsZ8N0WP398NxQGW8Ie7Q",
              "e": "AQAB"
            }
          },
          "secondary": {
            "pem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuc0PYBSyuh5x33ZMSB5O\ngKM/td/nokFbgNagHPr8U0PC6ia8j1OOnKdOIW7YexxL3wSMrVeb7h9Ntuomtmgl\nWrT38yaMZvZepHj+wH0KAZwMe2s3YWUhEaiXXAqP8H6TNwPBv7KbRbL8mjJOsH6B\nld4S5xfrz0Fr/EQmeDjQbFx9BHrGEOVb2gxwtPgsebbAYEXg1K40VNcuC4V8dPSt\nWXUfF8sQGKmWkdvOisJALEnlr+WYQsm0c2I6py5XHPUSWzXqrIiUPdHvYjFc6TZx\nbtPysxayYQRKG78CLmV/0l0OJyeOm6+qnMsLQyOJGI54fVbFLHd8HUZRjVSHZ8Dk\ncQIDAQAB\n-----END PUBLIC KEY-----\n",
            "jwk": {
              "kty": "RSA",
              "n": "uc0PYBSyuh5x33ZMSB5OgKM_td_nokFbgNagHPr8U0PC6ia8j1OOnKdOIW7YexxL3wSMrVeb7h9NtuomtmglWrT38yaMZvZepHj-wH0KAZwMe2s3YWUhEaiXXAqP8H6TNwPBv7KbRbL8mjJOsH6Bld4S5xfrz0Fr_EQmeDjQbFx9BHrGEOVb2gxwtPgsebbAYEXg1K40VNcuC4V8dPStWXUfF8sQGKmWkdvOisJALEnlr-WYQsm0c2I6py5XHPUSWzXqrIiUPdHvYjFc6TZxbtPysxayYQRKG78CLmV_0l0OJyeOm6-qnMsLQyOJGI54fVbFLHd8HUZRjVSHZ8DkcQ",
              "e": "AQAB"
            }
          }
        }
      },
      "errors": {
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsInitiate",
      "method": "POST",
      "path": "/transfer-to/bills/initiate",
      "behaviour": {
        "kind": "create",
        "resource": "BillTransaction",
        "decryptError": {
          "error": "rppsDecryptAccountNumber",
          "fidelity": "documented"
        },
        "encrypted": [
          {
            "path": "accountNumberEncrypted",
            "plaintext": "number",
            "keep": {
              "accountNumber": "masked"
            }
          }
        ]
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillTransaction",
        "example": {
          "reference": "bill20230628x001",
          "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
          "merchantId": "10000001",
          "cFiTraceNumber": "000000000006993",
          "status": "Initiated",
          "amount": 42.1,
          "currency": "USD",
          "dtsCreated": "2023-06-28T13:26:59.312Z",
          "billerId": "0123456789",
          "batchId": "batch20230628"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/accountNumberEncrypted",
                "schemaPath": "#/oneOf/0/allOf/1/properties/accountNumberEncrypted/minLength",
                "keyword": "minLength",
                "params": {
                  "limit": 344
                },
                "message": "must NOT have fewer than 344 characters"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "bill20230628x001",
              "entityId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
            },
            "message": "Reference already exists (reference=bill20230628x001)"
          }
        },
        "rppsBillerNotFound": {
          "status": 400,
          "body": {
            "requestId": "9f604360b7a611edaaa621b3360f38c0",
            "code": "rppsBillerNotFound",
            "context": {
              "billerId": "0000000001"
            },
            "message": "RPPS biller not found (billerId=0000000001)"
          }
        },
        "rppsAccountNumber": {
          "status": 400,
          "body": {
            "requestId": "b1826580b7a611edaaa621b3360f38c0",
            "code": "rppsAccountNumber",
            "context": {
              "reference": "bill20230628x001"
            },
            "message": "Send either accountNumber or accountNumberEncrypted"
          }
        },
        "rppsAccountNumberEncrypted": {
          "status": 400,
          "body": {
            "requestId": "c2937690b7a611edaaa621b3360f38c0",
            "code": "rppsAccountNumberEncrypted",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "The account number must be encrypted"
          }
        },
        "rppsDecryptAccountNumber": {
          "status": 400,
          "body": {
            "requestId": "a0715470b7a611edaaa621b3360f38c0",
            "code": "rppsDecryptAccountNumber",
            "context": {
              "reference": "bill20230628x001"
            },
            "message": "Account number could not be decrypted"
          }
        },
        "rppsMaskMatch": {
          "status": 400,
          "body": {
            "requestId": "d3a487a0b7a611edaaa621b3360f38c0",
            "code": "rppsMaskMatch",
            "context": {
              "billerId": "0123456789",
              "masks": [
                "##########",
                "####-######"
              ]
            },
            "message": "Account number does not match the biller's masks (billerId=0123456789)"
          }
        },
        "rppsReversalCriteria": {
          "status": 400,
          "body": {
            "requestId": "e4b598b0b7a611edaaa621b3360f38c0",
            "code": "rppsReversalCriteria",
            "context": {
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "entityStatus": "Sent"
            },
            "message": "The original transaction must be Settled and not a reversal"
          }
        },
        "rppsReversalAmountExceeded": {
          "status": 400,
          "body": {
            "requestId": "f5c6a9c0b7a611edaaa621b3360f38c0",
            "code": "rppsReversalAmountExceeded",
            "context": {
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "amount": 42.1
            },
            "message": "Total reversal amount exceeds the original amount"
          }
        },
        "wrongAmount": {
          "status": 400,
          "body": {
            "requestId": "ab4c6d80b7a611edaaa621b3360f38c0",
            "code": "wrongAmount",
            "context": {
              "amount": 42.105
            },
            "message": "Wrong amount (amount=42.105)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        },
        "rppsIsReversal": {
          "status": 401,
          "body": {
            "requestId": "06d7bad0b7a611edaaa621b3360f38c0",
            "code": "rppsIsReversal",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "User is not allowed to make reversals"
          }
        }
      }
    },
    {
      "operationId": "billsExecute",
      "method": "POST",
      "path": "/transfer-to/bills/execute",
      "behaviour": {
        "kind": "transition",
        "resource": "BillTransaction",
        "lookup": "body.cFiTransactionId",
        "to": "Processing",
        "refused": {
          "error": "rppsBillStatus",
          "fidelity": "documented"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the payment was initiated with /transfer-to/bills/initiate",
          "error": "billNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "BillTransaction",
            "where": {
              "cFiTransactionId": "{body.cFiTransactionId}"
            },
            "as": "bill"
          }
        },
        {
          "that": "the payment is Initiated (execute only once, after initiate)",
          "error": "rppsBillStatus",
          "fidelity": "documented",
          "match": {
            "bill.status": {
              "eq": "Initiated"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillTransaction",
        "example": {
          "reference": "bill20230628x001",
          "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
          "merchantId": "10000001",
          "cFiTraceNumber": "000000000006993",
          "status": "Processing",
          "amount": 42.1,
          "currency": "USD",
          "dtsCreated": "2023-06-28T13:26:59.312Z",
          "billerId": "0123456789",
          "batchId": "batch20230628"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiTransactionId"
                },
                "message": "must have required property 'cFiTransactionId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "billNotFound": {
          "status": 400,
          "body": {
            "requestId": "8e5f3250b7a611edaaa621b3360f38c0",
            "code": "billNotFound",
            "context": {
              "cFiTransactionId": "CLIENTID_0Zz0Zz0Zz0Zz0Zz0Zz0Zz0"
            },
            "message": "Bill transaction not found (cFiTransactionId=CLIENTID_0Zz0Zz0Zz0Zz0Zz0Zz0Zz0)"
          }
        },
        "rppsBillStatus": {
          "status": 400,
          "body": {
            "requestId": "17e8cbe0b7a611edaaa621b3360f38c0",
            "code": "rppsBillStatus",
            "context": {
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "cFiAggregatorId": "CLIENTID",
              "entityStatus": "Processing"
            },
            "message": "Wrong bill status for this action (entityStatus=Processing)"
          }
        },
        "rppsAccountNumberCleared": {
          "status": 400,
          "body": {
            "requestId": "28f9dcf0b7a611edaaa621b3360f38c0",
            "code": "rppsAccountNumberCleared",
            "context": {
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
            },
            "message": "The account number was cleared"
          }
        },
        "rppsDecryptAccountNumber": {
          "status": 400,
          "body": {
            "requestId": "a0715470b7a611edaaa621b3360f38c0",
            "code": "rppsDecryptAccountNumber",
            "context": {
              "reference": "bill20230628x001"
            },
            "message": "Account number could not be decrypted"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsQuery",
      "method": "POST",
      "path": "/transfer-to/bills/query",
      "behaviour": {
        "kind": "query",
        "resource": "BillTransaction"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "BillTransaction",
        "example": [
          {
            "reference": "bill20230628x001",
            "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
            "merchantId": "10000001",
            "cFiTraceNumber": "000000000006993",
            "status": "Complete",
            "amount": 42.1,
            "currency": "USD",
            "dtsCreated": "2023-06-28T13:26:59.312Z",
            "billerId": "0123456789",
            "dtsSent": "2023-06-28T16:00:03.118Z",
            "processing": {
              "dateProcessed": "2023-06-28",
              "isReversal": false,
              "remarks": null,
              "responseCode": "00",
              "status": "Completed",
              "traceId": "000000000006993"
            }
          }
        ],
        "examples": [
          [
            {
              "reference": "bill20230628x001",
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "merchantId": "10000001",
              "cFiTraceNumber": "000000000006993",
              "status": "Complete",
              "amount": 42.1,
              "currency": "USD",
              "dtsCreated": "2023-06-28T13:26:59.312Z",
              "billerId": "0123456789",
              "dtsSent": "2023-06-28T16:00:03.118Z",
              "processing": {
                "dateProcessed": "2023-06-28",
                "isReversal": false,
                "remarks": null,
                "responseCode": "00",
                "status": "Completed",
                "traceId": "000000000006993"
              }
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/references/0",
                "schemaPath": "#/oneOf/1/properties/references/items/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "de7f90b0b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsList",
      "method": "POST",
      "path": "/transfer-to/bills/list",
      "behaviour": {
        "kind": "list",
        "resource": "BillTransaction",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "cFiTransactionIds": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "billerId": "billerId",
          "batchId": "batchId",
          "dateCreateFrom": "dtsCreated",
          "dateCreateTo": "dtsCreated"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillTransactionList",
        "example": {
          "transactions": [
            {
              "reference": "bill20230628x001",
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "merchantId": "10000001",
              "cFiTraceNumber": "000000000006993",
              "status": "Settled",
              "amount": 42.1,
              "currency": "USD",
              "dtsCreated": "2023-06-28T13:26:59.312Z",
              "billerId": "0123456789",
              "batchId": "batch20230628"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/billerId",
                "schemaPath": "#/properties/billerId/anyOf/0/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^\\d{10}$"
                },
                "message": "must match pattern \"^\\d{10}$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsSummary",
      "method": "POST",
      "path": "/transfer-to/bills/summary",
      "behaviour": {
        "kind": "static"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "BillSettlementSummary",
        "example": {
          "date": "2023-06-28",
          "disburse": {
            "count": 1,
            "amount": 42.1
          },
          "purchase": {
            "count": 0,
            "amount": 0
          },
          "adjustments": {
            "count": 0,
            "amount": 0
          },
          "fees": {
            "count": 1,
            "amount": 0.35
          },
          "transactions": [
            {
              "reference": "bill20230628x001",
              "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW",
              "merchantId": "10000001",
              "cFiTraceNumber": "000000000006993",
              "status": "Settled",
              "amount": 42.1,
              "currency": "USD",
              "dtsCreated": "2023-06-28T13:26:59.312Z",
              "billerId": "0123456789"
            }
          ],
          "exceptions": [
            {
              "cFiTransactionId": "CLIENTID_3Df5GhJ7kL9mN1pQ3rS5tU",
              "cFiTraceNumber": "000000000006994",
              "amount": 310,
              "reason": "Account number not on file at the biller"
            }
          ],
          "extraExceptions": [],
          "notes": [
            "RPPS exception for 000000000006994 with no matching settlement entry"
          ]
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "date"
                },
                "message": "must have required property 'date'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "billsExport",
      "method": "POST",
      "path": "/transfer-to/bills/export",
      "behaviour": {
        "kind": "export",
        "resource": "BillTransaction",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "cFiTransactionIds": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "billerId": "billerId",
          "batchId": "batchId",
          "dateCreateFrom": "dtsCreated",
          "dateCreateTo": "dtsCreated"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "export",
        "contentType": "text/csv"
      },
      "success": {
        "status": 200,
        "contentType": "text/csv",
        "enveloped": false,
        "example": "cFiTransactionId,reference,status,amount,currency,billerId,batchId,merchantId,cFiTraceNumber,dtsCreated,dtsSent\nCLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW,bill20230628x001,Settled,42.1,USD,0123456789,batch20230628,10000001,000000000006993,2023-06-28T13:26:59.312Z,2023-06-28T16:00:03.118Z\nCLIENTID_3Df5GhJ7kL9mN1pQ3rS5tU,bill20230628x002,Declined,310,USD,0123456789,,10000001,000000000006994,2023-06-28T13:30:12.450Z,2023-06-28T16:00:03.118Z\n"
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/status",
                "schemaPath": "#/properties/status/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Initiated",
                    "Processing",
                    "Sent",
                    "Complete",
                    "Settled",
                    "Declined",
                    "Cancelled",
                    "DecryptError",
                    "Unknown"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 100000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=100000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardRegister",
      "method": "POST",
      "path": "/transfer-to/card/register",
      "behaviour": {
        "kind": "create",
        "resource": "CardRegistration",
        "decryptError": {
          "error": "requestValidateError",
          "fidelity": "designed"
        },
        "encrypted": [
          {
            "path": "card.encryptedData",
            "plaintext": "card",
            "keep": {
              "maskedNumber": "maskedCard",
              "body.last4": "last4",
              "body.bin": "bin"
            },
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardRegistration",
        "example": {
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "reference": "ref20230628x001",
          "last4": "1111",
          "owner": {
            "name": {
              "first": "John",
              "middle": "M",
              "last": "Doe",
              "suffix": "III"
            },
            "address": {
              "addressLine1": "1346 Pleasant Ave",
              "addressLine2": "Apt A123",
              "city": "Salt Lake City",
              "state": "UT",
              "postalCode": "12345",
              "country": "US"
            },
            "phone": {
              "countryCode": "1",
              "number": "1234567890"
            }
          },
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/card/encryptedData",
                "schemaPath": "#/oneOf/0/properties/card/properties/encryptedData/minLength",
                "keyword": "minLength",
                "params": {
                  "limit": 342
                },
                "message": "must NOT have fewer than 342 characters"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "toucanClearCardNotRedacted": {
          "status": 400,
          "body": {
            "requestId": "d27394b0b7a611edaaa621b3360f38c0",
            "code": "toucanClearCardNotRedacted",
            "context": {},
            "message": "The clearCard account number is not redacted"
          }
        },
        "toucanTransactionMethodsNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "f495b6d0b7a611edaaa621b3360f38c0",
            "code": "toucanTransactionMethodsNotAllowed",
            "context": {},
            "message": "Neither push nor pull is allowed for this card"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardGet",
      "method": "GET",
      "path": "/transfer-to/card/get/{cardId}",
      "behaviour": {
        "kind": "get",
        "resource": "CardRegistration",
        "lookup": "path.cardId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card was registered",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "CardRegistration",
            "where": {
              "cFiCardId": "{path.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardRegistration",
        "example": {
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "reference": "ref20230628x001",
          "last4": "1111",
          "owner": {
            "name": {
              "first": "John",
              "middle": "M",
              "last": "Doe",
              "suffix": "III"
            },
            "address": {
              "addressLine1": "1346 Pleasant Ave",
              "addressLine2": "Apt A123",
              "city": "Salt Lake City",
              "state": "UT",
              "postalCode": "12345",
              "country": "US"
            },
            "phone": {
              "countryCode": "1",
              "number": "1234567890"
            }
          },
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cardId",
                "schemaPath": "#/properties/cardId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "8d2e4f60b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "tcrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=tcrd_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardPush",
      "method": "POST",
      "path": "/transfer-to/card/push",
      "behaviour": {
        "kind": "create",
        "resource": "CardTransaction",
        "status": "Complete",
        "set": {
          "transferType": "push",
          "reversalStatus": "Unknown"
        }
      },
      "triggers": [
        {
          "when": "amount is 14.05",
          "then": "the processor declines; the transaction is created Declined",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 14.05
            }
          },
          "outcome": {
            "status": "Declined"
          },
          "fidelity": "designed",
          "example": "sandboxDeclined"
        },
        {
          "when": "amount is 14.10",
          "then": "refused with toucanPushNotAllowed; nothing is created",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 14.1
            }
          },
          "outcome": {
            "error": "toucanPushNotAllowed"
          },
          "fidelity": "designed",
          "example": "sandboxPushNotAllowed"
        }
      ],
      "prerequisites": [
        {
          "that": "the card was registered with /transfer-to/card/register",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "CardRegistration",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransaction",
        "example": {
          "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
          "reference": "ref20230628x003",
          "cFiAggregatorId": "CLIENTID",
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "transferType": "push",
          "amount": 1.01,
          "currency": "USD",
          "narrative": "Payout of invoice 1001",
          "status": "Complete",
          "reversalStatus": "Unknown",
          "dtsCreatedAt": "2023-06-28T13:40:02.118Z",
          "dtsCompleted": "2023-06-28T13:40:03.771Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "narrative"
                },
                "message": "must have required property 'narrative'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "8d2e4f60b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "tcrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=tcrd_0000000000000000000000)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "toucanPushNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "05a6c7e0b7a711edaaa621b3360f38c0",
            "code": "toucanPushNotAllowed",
            "context": {
              "cardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Push is not allowed for this card (cardId=tcrd_5m41U6ycdgJ5CNyGDObY8Q)"
          }
        },
        "toucanTransactionMethodsNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "f495b6d0b7a611edaaa621b3360f38c0",
            "code": "toucanTransactionMethodsNotAllowed",
            "context": {},
            "message": "Neither push nor pull is allowed for this card"
          }
        },
        "toucanSettlementAccountNotFound": {
          "status": 400,
          "body": {
            "requestId": "e384a5c0b7a611edaaa621b3360f38c0",
            "code": "toucanSettlementAccountNotFound",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "Settlement account not found (cFiAggregatorId=CLIENTID)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardPull",
      "method": "POST",
      "path": "/transfer-to/card/pull",
      "behaviour": {
        "kind": "create",
        "resource": "CardTransaction",
        "status": "Complete",
        "set": {
          "transferType": "pull",
          "reversalStatus": "Unknown"
        }
      },
      "triggers": [
        {
          "when": "amount is 14.05",
          "then": "the processor declines; the transaction is created Declined",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 14.05
            }
          },
          "outcome": {
            "status": "Declined"
          },
          "fidelity": "designed",
          "example": "sandboxDeclined"
        },
        {
          "when": "amount is 14.10",
          "then": "refused with toucanPullNotAllowed; nothing is created",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 14.1
            }
          },
          "outcome": {
            "error": "toucanPullNotAllowed"
          },
          "fidelity": "designed",
          "example": "sandboxPullNotAllowed"
        }
      ],
      "prerequisites": [
        {
          "that": "the card was registered with /transfer-to/card/register",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "CardRegistration",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransaction",
        "example": {
          "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
          "reference": "ref20230628x004",
          "cFiAggregatorId": "CLIENTID",
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "transferType": "pull",
          "amount": 25,
          "currency": "USD",
          "narrative": "Top-up of wallet 1002",
          "status": "Complete",
          "reversalStatus": "Unknown",
          "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
          "dtsCompleted": "2023-06-28T14:02:13.004Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/amount",
                "schemaPath": "#/properties/amount/exclusiveMinimum",
                "keyword": "exclusiveMinimum",
                "params": {
                  "comparison": ">",
                  "limit": 0
                },
                "message": "must be > 0"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "8d2e4f60b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "tcrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=tcrd_0000000000000000000000)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "toucanPullNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "16b7d8f0b7a711edaaa621b3360f38c0",
            "code": "toucanPullNotAllowed",
            "context": {
              "cardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Pull is not allowed for this card (cardId=tcrd_5m41U6ycdgJ5CNyGDObY8Q)"
          }
        },
        "toucanTransactionMethodsNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "f495b6d0b7a611edaaa621b3360f38c0",
            "code": "toucanTransactionMethodsNotAllowed",
            "context": {},
            "message": "Neither push nor pull is allowed for this card"
          }
        },
        "toucanSettlementAccountNotFound": {
          "status": 400,
          "body": {
            "requestId": "e384a5c0b7a611edaaa621b3360f38c0",
            "code": "toucanSettlementAccountNotFound",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "Settlement account not found (cFiAggregatorId=CLIENTID)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardTransactionQuery",
      "method": "POST",
      "path": "/transfer-to/card/transactions-query",
      "behaviour": {
        "kind": "query",
        "resource": "CardTransaction"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "CardTransaction",
        "example": [
          {
            "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
            "reference": "ref20230628x004",
            "cFiAggregatorId": "CLIENTID",
            "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
            "transferType": "pull",
            "amount": 25,
            "currency": "USD",
            "narrative": "Top-up of wallet 1002",
            "status": "Complete",
            "reversalStatus": "Unknown",
            "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
            "dtsCompleted": "2023-06-28T14:02:13.004Z"
          }
        ],
        "examples": [
          [
            {
              "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
              "reference": "ref20230628x004",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "transferType": "pull",
              "amount": 25,
              "currency": "USD",
              "narrative": "Top-up of wallet 1002",
              "status": "Complete",
              "reversalStatus": "Unknown",
              "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
              "dtsCompleted": "2023-06-28T14:02:13.004Z"
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cFiTransactionIds",
                "schemaPath": "#/oneOf/0/properties/cFiTransactionIds/maxItems",
                "keyword": "maxItems",
                "params": {
                  "limit": 20
                },
                "message": "must NOT have more than 20 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "b0517290b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardListTransactions",
      "method": "POST",
      "path": "/transfer-to/card/list/transactions",
      "behaviour": {
        "kind": "list",
        "resource": "CardTransaction",
        "filters": {
          "status": "status",
          "reversalStatus": "reversalStatus",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransactionList",
        "example": {
          "transactions": [
            {
              "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
              "reference": "ref20230628x004",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "transferType": "pull",
              "amount": 25,
              "currency": "USD",
              "narrative": "Top-up of wallet 1002",
              "status": "Complete",
              "reversalStatus": "Unknown",
              "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
              "dtsCompleted": "2023-06-28T14:02:13.004Z"
            },
            {
              "cFiTransactionId": "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
              "reference": "ref20230628x003",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "transferType": "push",
              "amount": 1.01,
              "currency": "USD",
              "narrative": "Payout of invoice 1001",
              "status": "Complete",
              "reversalStatus": "Unknown",
              "dtsCreatedAt": "2023-06-28T13:40:02.118Z",
              "dtsCompleted": "2023-06-28T13:40:03.771Z"
            }
          ],
          "more": true
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/status",
                "schemaPath": "#/properties/status/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Unknown",
                    "Manual",
                    "Initiated",
                    "Complete",
                    "Declined"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "c16283a0b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "numberOfRecords is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "cardReversal",
      "method": "POST",
      "path": "/transfer-to/card/reversal",
      "behaviour": {
        "kind": "update",
        "resource": "CardTransaction",
        "lookup": "body.cFiTransactionId",
        "set": {
          "reversalStatus": "Reversed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the transaction exists",
          "error": "transactionNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "CardTransaction",
            "where": {
              "cFiTransactionId": "{body.cFiTransactionId}"
            },
            "as": "transaction"
          }
        },
        {
          "that": "it is a pull (push transactions cannot be reversed), Complete and not reversed yet",
          "error": "toucanCannotReverseError",
          "fidelity": "documented",
          "match": {
            "transaction.transferType": {
              "eq": "pull"
            },
            "transaction.status": {
              "eq": "Complete"
            },
            "transaction.reversalStatus": {
              "eq": "Unknown"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransaction",
        "example": {
          "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
          "reference": "ref20230628x004",
          "cFiAggregatorId": "CLIENTID",
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "transferType": "pull",
          "amount": 25,
          "currency": "USD",
          "narrative": "Top-up of wallet 1002",
          "status": "Complete",
          "reversalStatus": "Reversed",
          "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
          "dtsCompleted": "2023-06-28T14:02:13.004Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiTransactionId"
                },
                "message": "must have required property 'cFiTransactionId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionNotFound": {
          "status": 400,
          "body": {
            "requestId": "af406180b7a611edaaa621b3360f38c0",
            "code": "transactionNotFound",
            "context": {
              "cFiTransactionId": "CLIENTID_0000000000000000000000"
            },
            "message": "Transaction not found (cFiTransactionId=CLIENTID_0000000000000000000000)"
          }
        },
        "toucanCannotReverseError": {
          "status": 400,
          "body": {
            "requestId": "27c8ea00b7a711edaaa621b3360f38c0",
            "code": "toucanCannotReverseError",
            "context": {},
            "message": "Transaction cannot be reversed"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "wireCreate",
      "method": "POST",
      "path": "/transfer-to/wire",
      "behaviour": {
        "kind": "create",
        "resource": "WireTransfer",
        "status": "Sent"
      },
      "triggers": [
        {
          "when": "amount is 16.95",
          "then": "Nightly_Updates: saved as Initiated and retried after the nightly maintenance",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 16.95
            }
          },
          "outcome": {
            "status": "Initiated"
          },
          "fidelity": "documented",
          "example": "sandboxNightlyUpdates"
        },
        {
          "when": "amount is 16.97",
          "then": "Amount_Exceeds_Balance: saved as Initiated, retried, and an email alert is sent",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 16.97
            }
          },
          "outcome": {
            "status": "Initiated"
          },
          "fidelity": "documented",
          "example": "sandboxAmountExceedsBalance"
        },
        {
          "when": "amount is 16.98",
          "then": "fails: Invalid Source Account.",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 16.98
            }
          },
          "outcome": {
            "error": "wireRejected-invalidSourceAccount"
          },
          "fidelity": "documented",
          "example": "sandboxInvalidSourceAccount"
        },
        {
          "when": "amount is 16.99",
          "then": "fails: Core System downstream error. Wire not created.",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 16.99
            }
          },
          "outcome": {
            "error": "wireRejected-coreSystemError"
          },
          "fidelity": "documented",
          "example": "sandboxCoreSystemError"
        },
        {
          "when": "amount is above 17.00 and at most 18.00",
          "then": "fails: the account's daily total amount limit is exceeded; the wire is not created",
          "on": "request",
          "match": {
            "body.amount": {
              "between": [
                17,
                18
              ]
            }
          },
          "outcome": {
            "error": "wireRejected-accountDailyLimit"
          },
          "fidelity": "documented",
          "example": "sandboxAccountDailyLimit"
        },
        {
          "when": "amount is above 18.00 and at most 19.00",
          "then": "fails: the wire account's per-wire limit is exceeded; the wire is not created",
          "on": "request",
          "match": {
            "body.amount": {
              "between": [
                18,
                19
              ]
            }
          },
          "outcome": {
            "error": "wireRejected-wireLimit"
          },
          "fidelity": "documented",
          "example": "sandboxWireLimit"
        },
        {
          "when": "amount is above 19.00 and at most 20.00",
          "then": "fails: the company's daily total limit is exceeded; the wire is not created",
          "on": "request",
          "match": {
            "body.amount": {
              "between": [
                19,
                20
              ]
            }
          },
          "outcome": {
            "error": "wireRejected-companyDailyLimit"
          },
          "fidelity": "documented",
          "example": "sandboxCompanyDailyLimit"
        },
        {
          "when": "amount is above 20.00",
          "then": "fails: the company's wire amount limit is exceeded; the wire is not created",
          "on": "request",
          "match": {
            "body.amount": {
              "gt": 20
            }
          },
          "outcome": {
            "error": "wireRejected-companyWireLimit"
          },
          "fidelity": "documented",
          "example": "sandboxCompanyWireLimit"
        },
        {
          "when": "amount is 12.91",
          "then": "starts as Initiated; becomes Complete (and the webhook fires) when POST /transfer-to/wire/query is called",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 12.91
            }
          },
          "outcome": {
            "status": "Initiated"
          },
          "fidelity": "documented",
          "example": "sandboxCompleteOnQuery"
        },
        {
          "when": "amount is 12.92",
          "then": "starts as Initiated; becomes Declined (and the webhook fires) when POST /transfer-to/wire/query is called",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 12.92
            }
          },
          "outcome": {
            "status": "Initiated"
          },
          "fidelity": "documented",
          "example": "sandboxDeclineOnQuery"
        },
        {
          "when": "beneficiary.bankABANumber is 110000000",
          "then": "fails: ABA Number is not in Wire ABA file",
          "on": "request",
          "match": {
            "body.beneficiary.bankABANumber": {
              "eq": "110000000"
            }
          },
          "outcome": {
            "error": "wireRejected-abaNotInWireFile"
          },
          "fidelity": "documented",
          "example": "sandboxAbaNotInWireFile"
        },
        {
          "when": "beneficiary.bankABANumber is 120000000",
          "then": "fails: The receiving DFI is not a Funds Transfer Bank",
          "on": "request",
          "match": {
            "body.beneficiary.bankABANumber": {
              "eq": "120000000"
            }
          },
          "outcome": {
            "error": "wireRejected-notFundsTransferBank"
          },
          "fidelity": "documented",
          "example": "sandboxNotFundsTransferBank"
        },
        {
          "when": "beneficiary.address.addressLine1 is a P.O. box, e.g. P.O. Box 123",
          "then": "fails as a request error: the beneficiary's address line 1 looks like a P.O. box",
          "on": "request",
          "match": {
            "body.beneficiary.address.addressLine1": {
              "pattern": "^\\s*p\\.?\\s*o\\.?\\s*box\\b"
            }
          },
          "outcome": {
            "error": "requestValidateError-poBox"
          },
          "fidelity": "documented",
          "example": "sandboxPoBox"
        }
      ],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "WireTransfer",
        "example": {
          "status": "Sent",
          "amount": 1.01,
          "currency": "USD",
          "reference": "wire20230628x001",
          "cFiTransactionId": "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA",
          "transactionReceiptId": "JW2QGEHYI0",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "dtsCompleted": null
        },
        "examples": [
          {
            "status": "Sent",
            "amount": 1.01,
            "currency": "USD",
            "reference": "wire20230628x001",
            "cFiTransactionId": "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA",
            "transactionReceiptId": "JW2QGEHYI0",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
            "dtsCompleted": null
          },
          {
            "status": "Initiated",
            "amount": 16.95,
            "currency": "USD",
            "reference": "wiresbx001",
            "cFiTransactionId": "CLIENTID_9Kd3MnP5qS7tU2wX4yZ6aB",
            "transactionReceiptId": null,
            "dtsCreatedAt": "2023-06-28T23:41:05.120Z",
            "dtsCompleted": null
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/beneficiary",
                "schemaPath": "#/properties/beneficiary/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "bankABANumber"
                },
                "message": "must have required property 'bankABANumber'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "requestValidateError-poBox": {
          "status": 400,
          "body": {
            "requestId": "5c28e3f0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/beneficiary/address/addressLine1",
                "schemaPath": "#/properties/beneficiary/properties/address/properties/addressLine1/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "not a P.O. box"
                },
                "message": "beneficiary address line 1 looks like a P.O. box"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6d0e2f40b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "wire20230628x001",
              "entityId": "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA"
            },
            "message": "Reference already exists (reference=wire20230628x001)"
          }
        },
        "wrongAmount": {
          "status": 400,
          "body": {
            "requestId": "ab4c6d80b7a611edaaa621b3360f38c0",
            "code": "wrongAmount",
            "context": {
              "amount": 1.225
            },
            "message": "Wrong amount (amount=1.225)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "wireRejected-invalidSourceAccount": {
          "status": 400,
          "body": {
            "requestId": "6d39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "InvalidSourceAccount",
            "context": {
              "reference": "wiresbx003"
            },
            "message": "Invalid Source Account."
          }
        },
        "wireRejected-coreSystemError": {
          "status": 400,
          "body": {
            "requestId": "7d39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "CoreSystemError",
            "context": {
              "reference": "wiresbx004"
            },
            "message": "Core System downstream error. Wire not created."
          }
        },
        "wireRejected-accountDailyLimit": {
          "status": 400,
          "body": {
            "requestId": "8d39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "AccountDailyLimit",
            "context": {
              "reference": "wiresbx005"
            },
            "message": "Account daily total amount limit exceeded. Wire not created."
          }
        },
        "wireRejected-wireLimit": {
          "status": 400,
          "body": {
            "requestId": "9d39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "WireLimit",
            "context": {
              "reference": "wiresbx006"
            },
            "message": "Per-wire limit for the wire account exceeded. Wire not created."
          }
        },
        "wireRejected-companyDailyLimit": {
          "status": 400,
          "body": {
            "requestId": "ad39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "CompanyDailyLimit",
            "context": {
              "reference": "wiresbx007"
            },
            "message": "Company daily total limit exceeded. Wire not created."
          }
        },
        "wireRejected-companyWireLimit": {
          "status": 400,
          "body": {
            "requestId": "bd39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "CompanyWireLimit",
            "context": {
              "reference": "wiresbx008"
            },
            "message": "Company wire amount limit exceeded. Wire not created."
          }
        },
        "wireRejected-abaNotInWireFile": {
          "status": 400,
          "body": {
            "requestId": "cd39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "AbaNotInWireFile",
            "context": {
              "reference": "wiresbx011"
            },
            "message": "ABA Number is not in Wire ABA file"
          }
        },
        "wireRejected-notFundsTransferBank": {
          "status": 400,
          "body": {
            "requestId": "dd39f4a0b7a611edaaa621b3360f38c0",
            "code": "wireRejected",
            "subCode": "NotFundsTransferBank",
            "context": {
              "reference": "wiresbx012"
            },
            "message": "The receiving DFI is not a Funds Transfer Bank"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "wireQuery",
      "method": "POST",
      "path": "/transfer-to/wire/query",
      "behaviour": {
        "kind": "query",
        "resource": "WireTransfer"
      },
      "triggers": [
        {
          "when": "the queried wire was sent with amount 12.91 and is Initiated",
          "then": "it becomes Complete, the answer shows Complete and wireStatusChanged fires",
          "on": "record",
          "match": {
            "record.amount": {
              "eq": 12.91
            },
            "record.status": {
              "eq": "Initiated"
            }
          },
          "outcome": {
            "transition": "Complete"
          },
          "fidelity": "documented",
          "example": "sandboxCompleteOnQuery"
        },
        {
          "when": "the queried wire was sent with amount 12.92 and is Initiated",
          "then": "it becomes Declined, the answer shows Declined and wireStatusChanged fires",
          "on": "record",
          "match": {
            "record.amount": {
              "eq": 12.92
            },
            "record.status": {
              "eq": "Initiated"
            }
          },
          "outcome": {
            "transition": "Declined"
          },
          "fidelity": "documented",
          "example": "sandboxDeclineOnQuery"
        }
      ],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "WireTransfer",
        "example": [
          {
            "status": "Complete",
            "amount": 1.01,
            "currency": "USD",
            "reference": "wire20230628x001",
            "cFiTransactionId": "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA",
            "transactionReceiptId": "JW2QGEHYI0",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
            "dtsCompleted": "2023-06-28T13:41:12.870Z"
          }
        ],
        "examples": [
          [
            {
              "status": "Complete",
              "amount": 1.01,
              "currency": "USD",
              "reference": "wire20230628x001",
              "cFiTransactionId": "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA",
              "transactionReceiptId": "JW2QGEHYI0",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
              "dtsCompleted": "2023-06-28T13:41:12.870Z"
            }
          ],
          [
            {
              "status": "Complete",
              "amount": 12.91,
              "currency": "USD",
              "reference": "wiresbx009",
              "cFiTransactionId": "CLIENTID_2Rt5WqZ8nM1kP4sV7xB0cD",
              "transactionReceiptId": "JW3RHFIZJ1",
              "dtsCreatedAt": "2023-06-28T14:02:30.514Z",
              "dtsCompleted": "2023-06-28T14:05:02.101Z"
            }
          ],
          [
            {
              "status": "Declined",
              "amount": 12.92,
              "currency": "USD",
              "reference": "wiresbx010",
              "cFiTransactionId": "CLIENTID_6Yu9EoA3fG5hJ8kL1mN4pQ",
              "transactionReceiptId": null,
              "dtsCreatedAt": "2023-06-28T14:03:10.220Z",
              "dtsCompleted": null
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/references",
                "schemaPath": "#/oneOf/1/properties/references/minItems",
                "keyword": "minItems",
                "params": {
                  "limit": 1
                },
                "message": "must NOT have fewer than 1 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "de7f90b0b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "wireList",
      "method": "POST",
      "path": "/transfer-to/wire/list",
      "behaviour": {
        "kind": "list",
        "resource": "WireTransfer",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "cFiTransactionIds": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "WireTransferList",
        "example": {
          "transactions": [
            {
              "status": "Initiated",
              "amount": 16.95,
              "currency": "USD",
              "reference": "wiresbx001",
              "cFiTransactionId": "CLIENTID_9Kd3MnP5qS7tU2wX4yZ6aB",
              "transactionReceiptId": null,
              "dtsCreatedAt": "2023-06-28T23:41:05.120Z",
              "dtsCompleted": null
            }
          ],
          "more": true
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/status",
                "schemaPath": "#/properties/status/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Initiated",
                    "Sent",
                    "Complete",
                    "Declined",
                    "Cancelled",
                    "Unknown"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "wireExportList",
      "method": "POST",
      "path": "/transfer-to/wire/export-list",
      "behaviour": {
        "kind": "export",
        "resource": "WireTransfer",
        "filters": {
          "cFiTransactionId": "cFiTransactionId",
          "cFiTransactionIds": "cFiTransactionId",
          "reference": "reference",
          "status": "status",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "export",
        "contentType": "text/csv"
      },
      "success": {
        "status": 200,
        "contentType": "text/csv",
        "enveloped": false,
        "example": "cFiTransactionId,reference,status,amount,currency,transactionReceiptId,dtsCreatedAt,dtsCompleted\nCLIENTID_7Hq2LmN4pR8sT1vW3xY5zA,wire20230628x001,Complete,1.01,USD,JW2QGEHYI0,2023-06-28T13:26:59.312Z,2023-06-28T13:41:12.870Z\nCLIENTID_9Kd3MnP5qS7tU2wX4yZ6aB,wiresbx001,Initiated,16.95,USD,,2023-06-28T23:41:05.120Z,\n"
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/skipRecords",
                "schemaPath": "#/properties/skipRecords/minimum",
                "keyword": "minimum",
                "params": {
                  "comparison": ">=",
                  "limit": 0
                },
                "message": "must be >= 0"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "5b2c0f20b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 100000
            },
            "message": "Number of records is greater than the maximum (maxNumberOfRecords=100000)"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "6c3d1030b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateCreateFrom": "2023-06-30",
              "dateCreateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "comboCardRegister",
      "method": "POST",
      "path": "/transfer-to/combo/card/register",
      "behaviour": {
        "kind": "create",
        "resource": "CardRegistration",
        "decryptError": {
          "error": "requestValidateError",
          "fidelity": "designed"
        },
        "encrypted": [
          {
            "path": "card.encryptedData",
            "plaintext": "card",
            "keep": {
              "maskedNumber": "maskedCard",
              "body.last4": "last4",
              "body.bin": "bin"
            },
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardRegistration",
        "example": {
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "reference": "ref20230628x001",
          "last4": "1111",
          "owner": {
            "name": {
              "first": "John",
              "middle": "M",
              "last": "Doe",
              "suffix": "III"
            },
            "address": {
              "addressLine1": "1346 Pleasant Ave",
              "addressLine2": "Apt A123",
              "city": "Salt Lake City",
              "state": "UT",
              "postalCode": "12345",
              "country": "US"
            },
            "phone": {
              "countryCode": "1",
              "number": "1234567890"
            }
          },
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/clearCard/accountNumber",
                "schemaPath": "#/oneOf/1/properties/clearCard/properties/accountNumber/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^(?=[0-9-]*[A-Za-z_])[A-Za-z0-9_-]{8,64}$"
                },
                "message": "must match pattern \"^(?=[0-9-]*[A-Za-z_])[A-Za-z0-9_-]{8,64}$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "toucanClearCardNotRedacted": {
          "status": 400,
          "body": {
            "requestId": "d27394b0b7a611edaaa621b3360f38c0",
            "code": "toucanClearCardNotRedacted",
            "context": {},
            "message": "The clearCard account number is not redacted"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "comboCreate",
      "method": "POST",
      "path": "/transfer-to/combo/create",
      "behaviour": {
        "kind": "create",
        "resource": "ComboTransfer"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "ComboTransfer",
        "example": {
          "transferType": "ach",
          "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw",
          "reference": "extTrnAch155",
          "cFiAggregatorId": "CLIENTID",
          "status": "Initiated",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "effectiveEntryDate": "2023-06-30",
          "individualName": "John Smith",
          "routingNumber": "053207766",
          "amount": 7.15,
          "currency": "USD",
          "DFIAccountNumber": "1234567890123456"
        },
        "examples": [
          {
            "transferType": "ach",
            "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw",
            "reference": "extTrnAch155",
            "cFiAggregatorId": "CLIENTID",
            "status": "Initiated",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
            "effectiveEntryDate": "2023-06-30",
            "individualName": "John Smith",
            "routingNumber": "053207766",
            "amount": 7.15,
            "currency": "USD",
            "DFIAccountNumber": "1234567890123456"
          },
          {
            "transferType": "push",
            "cFiTransactionId": "CLIENTID_6UkLq66HEN6IMj4fNl6hgM",
            "reference": "extTrnPush158",
            "cFiAggregatorId": "CLIENTID",
            "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
            "amount": 1.01,
            "currency": "USD",
            "narrative": "Payout of invoice 1001",
            "status": "Complete",
            "reversalStatus": "Unknown",
            "dtsCreatedAt": "2023-06-28T13:40:02.118Z",
            "dtsCompleted": "2023-06-28T13:40:03.771Z"
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/transferType",
                "schemaPath": "#/discriminator",
                "keyword": "discriminator",
                "params": {
                  "error": "mapping",
                  "tag": "transferType",
                  "tagValue": "rtp"
                },
                "message": "value of tag \"transferType\" must be in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "wrongAmount": {
          "status": 400,
          "body": {
            "requestId": "ab4c6d80b7a611edaaa621b3360f38c0",
            "code": "wrongAmount",
            "context": {
              "amount": 1.225
            },
            "message": "Wrong amount (amount=1.225)"
          }
        },
        "achEffectiveEntryDate": {
          "status": 400,
          "body": {
            "requestId": "7e1f3a50b7a611edaaa621b3360f38c0",
            "code": "achEffectiveEntryDate",
            "context": {
              "effectiveEntryDate": "2023-06-28"
            },
            "message": "Wrong effective entry date (effectiveEntryDate=2023-06-28)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "8d2e4f60b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "tcrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=tcrd_0000000000000000000000)"
          }
        },
        "toucanPushNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "05a6c7e0b7a711edaaa621b3360f38c0",
            "code": "toucanPushNotAllowed",
            "context": {
              "cardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Push is not allowed for this card (cardId=tcrd_5m41U6ycdgJ5CNyGDObY8Q)"
          }
        },
        "toucanPullNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "16b7d8f0b7a711edaaa621b3360f38c0",
            "code": "toucanPullNotAllowed",
            "context": {
              "cardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Pull is not allowed for this card (cardId=tcrd_5m41U6ycdgJ5CNyGDObY8Q)"
          }
        },
        "toucanSettlementAccountNotFound": {
          "status": 400,
          "body": {
            "requestId": "e384a5c0b7a611edaaa621b3360f38c0",
            "code": "toucanSettlementAccountNotFound",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "Settlement account not found (cFiAggregatorId=CLIENTID)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        },
        "achAttributes": {
          "status": 404,
          "body": {
            "requestId": "cd6e8fa0b7a611edaaa621b3360f38c0",
            "code": "achAttributes",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "ACH attributes not found (cFiAggregatorId=CLIENTID)"
          }
        }
      }
    },
    {
      "operationId": "comboQuery",
      "method": "POST",
      "path": "/transfer-to/combo/query",
      "behaviour": {
        "kind": "query",
        "resource": "ComboTransfer"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "ComboTransfer",
        "example": [
          {
            "transferType": "ach",
            "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw",
            "reference": "extTrnAch155",
            "cFiAggregatorId": "CLIENTID",
            "status": "Sent",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
            "effectiveEntryDate": "2023-06-30",
            "individualName": "John Smith",
            "routingNumber": "053207766",
            "amount": 7.15,
            "currency": "USD",
            "DFIAccountNumber": "1234567890123456"
          },
          {
            "transferType": "push",
            "cFiTransactionId": "CLIENTID_6UkLq66HEN6IMj4fNl6hgM",
            "reference": "extTrnPush158",
            "cFiAggregatorId": "CLIENTID",
            "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
            "amount": 1.01,
            "currency": "USD",
            "narrative": "Payout of invoice 1001",
            "status": "Complete",
            "reversalStatus": "Unknown",
            "dtsCreatedAt": "2023-06-28T13:40:02.118Z",
            "dtsCompleted": "2023-06-28T13:40:03.771Z"
          }
        ],
        "examples": [
          [
            {
              "transferType": "ach",
              "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw",
              "reference": "extTrnAch155",
              "cFiAggregatorId": "CLIENTID",
              "status": "Sent",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
              "effectiveEntryDate": "2023-06-30",
              "individualName": "John Smith",
              "routingNumber": "053207766",
              "amount": 7.15,
              "currency": "USD",
              "DFIAccountNumber": "1234567890123456"
            },
            {
              "transferType": "push",
              "cFiTransactionId": "CLIENTID_6UkLq66HEN6IMj4fNl6hgM",
              "reference": "extTrnPush158",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "amount": 1.01,
              "currency": "USD",
              "narrative": "Payout of invoice 1001",
              "status": "Complete",
              "reversalStatus": "Unknown",
              "dtsCreatedAt": "2023-06-28T13:40:02.118Z",
              "dtsCompleted": "2023-06-28T13:40:03.771Z"
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cFiTransactionIds/0",
                "schemaPath": "#/oneOf/0/properties/cFiTransactionIds/items/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "transferType"
                },
                "message": "must have required property 'transferType'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "b0517290b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "acquiringRegister",
      "method": "POST",
      "path": "/acquiring/register",
      "behaviour": {
        "kind": "create",
        "resource": "AcquiringCard",
        "decryptError": {
          "error": "requestValidateError",
          "fidelity": "designed"
        },
        "encrypted": [
          {
            "path": "card.encryptedData",
            "plaintext": "card",
            "keep": {
              "maskedNumber": "maskedCard",
              "body.last4": "last4",
              "body.bin": "bin"
            },
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardRegistration",
        "example": {
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "reference": "ref20230628x001",
          "last4": "1111",
          "owner": {
            "name": {
              "first": "John",
              "middle": "M",
              "last": "Doe",
              "suffix": "III"
            },
            "address": {
              "addressLine1": "1346 Pleasant Ave",
              "addressLine2": "Apt A123",
              "city": "Salt Lake City",
              "state": "UT",
              "postalCode": "12345",
              "country": "US"
            },
            "phone": {
              "countryCode": "1",
              "number": "1234567890"
            }
          },
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": [
                    0,
                    1
                  ]
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "toucanClearCardNotRedacted": {
          "status": 400,
          "body": {
            "requestId": "d27394b0b7a611edaaa621b3360f38c0",
            "code": "toucanClearCardNotRedacted",
            "context": {},
            "message": "The clearCard account number is not redacted"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "acquiringPull",
      "method": "POST",
      "path": "/acquiring/pull",
      "behaviour": {
        "kind": "create",
        "resource": "AcquiringTransaction",
        "status": "Complete",
        "set": {
          "transferType": "pull",
          "reversalStatus": "Unknown"
        }
      },
      "triggers": [
        {
          "when": "amount is 14.05",
          "then": "the processor declines; the transaction is created Declined",
          "on": "request",
          "match": {
            "body.amount": {
              "eq": 14.05
            }
          },
          "outcome": {
            "status": "Declined"
          },
          "fidelity": "designed",
          "example": "sandboxDeclined"
        }
      ],
      "prerequisites": [
        {
          "that": "the card was registered with /acquiring/register",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "AcquiringCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransaction",
        "example": {
          "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
          "reference": "ref20230628x004",
          "cFiAggregatorId": "CLIENTID",
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "transferType": "pull",
          "amount": 25,
          "currency": "USD",
          "narrative": "Top-up of wallet 1002",
          "status": "Complete",
          "reversalStatus": "Unknown",
          "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
          "dtsCompleted": "2023-06-28T14:02:13.004Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/amount",
                "schemaPath": "#/properties/amount/amountPrecision",
                "keyword": "amountPrecision",
                "params": {
                  "amountPrecision": 2
                },
                "message": "must have at most 2 decimals"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "ref20230628x001",
              "entityId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q"
            },
            "message": "Reference already exists (reference=ref20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "8d2e4f60b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "tcrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=tcrd_0000000000000000000000)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "acquiringTransactionQuery",
      "method": "POST",
      "path": "/acquiring/transactions-query",
      "behaviour": {
        "kind": "query",
        "resource": "AcquiringTransaction"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiTransactionIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "CardTransaction",
        "example": [
          {
            "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
            "reference": "ref20230628x004",
            "cFiAggregatorId": "CLIENTID",
            "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
            "transferType": "pull",
            "amount": 25,
            "currency": "USD",
            "narrative": "Top-up of wallet 1002",
            "status": "Complete",
            "reversalStatus": "Unknown",
            "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
            "dtsCompleted": "2023-06-28T14:02:13.004Z"
          }
        ],
        "examples": [
          [
            {
              "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
              "reference": "ref20230628x004",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "transferType": "pull",
              "amount": 25,
              "currency": "USD",
              "narrative": "Top-up of wallet 1002",
              "status": "Complete",
              "reversalStatus": "Unknown",
              "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
              "dtsCompleted": "2023-06-28T14:02:13.004Z"
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/references",
                "schemaPath": "#/oneOf/1/properties/references/minItems",
                "keyword": "minItems",
                "params": {
                  "limit": 1
                },
                "message": "must NOT have fewer than 1 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "b0517290b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiTransactionIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "acquiringList",
      "method": "POST",
      "path": "/acquiring/list",
      "behaviour": {
        "kind": "list",
        "resource": "AcquiringTransaction",
        "filters": {
          "status": "status",
          "reversalStatus": "reversalStatus",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransactionList",
        "example": {
          "transactions": [
            {
              "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
              "reference": "ref20230628x004",
              "cFiAggregatorId": "CLIENTID",
              "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
              "transferType": "pull",
              "amount": 25,
              "currency": "USD",
              "narrative": "Top-up of wallet 1002",
              "status": "Complete",
              "reversalStatus": "Reversed",
              "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
              "dtsCompleted": "2023-06-28T14:02:13.004Z"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/dateCreateFrom",
                "schemaPath": "#/properties/dateCreateFrom/format",
                "keyword": "format",
                "params": {
                  "format": "date"
                },
                "message": "must match format \"date\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "c16283a0b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "numberOfRecords is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "acquiringReversal",
      "method": "POST",
      "path": "/acquiring/reversal",
      "behaviour": {
        "kind": "update",
        "resource": "AcquiringTransaction",
        "lookup": "body.cFiTransactionId",
        "set": {
          "reversalStatus": "Reversed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the transaction exists",
          "error": "transactionNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "AcquiringTransaction",
            "where": {
              "cFiTransactionId": "{body.cFiTransactionId}"
            },
            "as": "transaction"
          }
        },
        {
          "that": "it is Complete and not reversed yet",
          "error": "toucanCannotReverseError",
          "fidelity": "designed",
          "match": {
            "transaction.status": {
              "eq": "Complete"
            },
            "transaction.reversalStatus": {
              "eq": "Unknown"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CardTransaction",
        "example": {
          "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
          "reference": "ref20230628x004",
          "cFiAggregatorId": "CLIENTID",
          "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
          "transferType": "pull",
          "amount": 25,
          "currency": "USD",
          "narrative": "Top-up of wallet 1002",
          "status": "Complete",
          "reversalStatus": "Reversed",
          "dtsCreatedAt": "2023-06-28T14:02:11.530Z",
          "dtsCompleted": "2023-06-28T14:02:13.004Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiTransactionId"
                },
                "message": "must have required property 'cFiTransactionId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionNotFound": {
          "status": 400,
          "body": {
            "requestId": "af406180b7a611edaaa621b3360f38c0",
            "code": "transactionNotFound",
            "context": {
              "cFiTransactionId": "CLIENTID_0000000000000000000000"
            },
            "message": "Transaction not found (cFiTransactionId=CLIENTID_0000000000000000000000)"
          }
        },
        "toucanCannotReverseError": {
          "status": 400,
          "body": {
            "requestId": "27c8ea00b7a711edaaa621b3360f38c0",
            "code": "toucanCannotReverseError",
            "context": {},
            "message": "Transaction cannot be reversed"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkPrint",
      "method": "POST",
      "path": "/check/print",
      "behaviour": {
        "kind": "create",
        "resource": "Check",
        "set": {
          "initVoid": false
        },
        "merge": {
          "amount": "{body.checkAttributes.amount}",
          "currency": "{body.checkAttributes.currency}"
        }
      },
      "triggers": [
        {
          "when": "checkAttributes.amount is 15.01",
          "then": "AutoMail rejects the check; it is created Declined",
          "on": "request",
          "match": {
            "body.checkAttributes.amount": {
              "eq": 15.01
            }
          },
          "outcome": {
            "status": "Declined"
          },
          "fidelity": "designed",
          "example": "sandboxDeclined"
        }
      ],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Check",
        "example": {
          "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
          "reference": "chk20230628x001",
          "serial": 100231,
          "amount": 150,
          "currency": "USD",
          "cFiAggregatorId": "CLIENTID",
          "cFiCheckStatus": "Processing",
          "initVoid": false,
          "webhookUrl": "https://client.example.com/connectfi/webhooks",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/checkAttributes/payeeAddress/postalCode",
                "schemaPath": "#/properties/checkAttributes/properties/payeeAddress/properties/postalCode/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^\\d{5}(-\\d{4})?$"
                },
                "message": "must match pattern \"^\\d{5}(-\\d{4})?$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "chk20230628x001",
              "entityId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6"
            },
            "message": "Reference already exists (reference=chk20230628x001)"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkGet",
      "method": "GET",
      "path": "/check/get/{checkId}",
      "behaviour": {
        "kind": "get",
        "resource": "Check",
        "lookup": "path.checkId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the check exists",
          "error": "checkNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Check",
            "where": {
              "cFiCheckId": "{path.checkId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Check",
        "example": {
          "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
          "reference": "chk20230628x001",
          "serial": 100231,
          "amount": 150,
          "currency": "USD",
          "cFiAggregatorId": "CLIENTID",
          "cFiCheckStatus": "Complete",
          "initVoid": false,
          "webhookUrl": "https://client.example.com/connectfi/webhooks",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/checkId",
                "schemaPath": "#/properties/checkId/maxLength",
                "keyword": "maxLength",
                "params": {
                  "limit": 36
                },
                "message": "must NOT have more than 36 characters"
              }
            ],
            "message": "Request validation error"
          }
        },
        "checkNotFound": {
          "status": 400,
          "body": {
            "requestId": "6f3c8d20b7a711edaaa621b3360f38c0",
            "code": "checkNotFound",
            "context": {
              "cFiCheckId": "chk_0000000000000000000000"
            },
            "message": "Check not found (cFiCheckId=chk_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkQuery",
      "method": "POST",
      "path": "/check/query",
      "behaviour": {
        "kind": "query",
        "resource": "Check"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "query",
        "batchKeys": [
          "cFiCheckIds",
          "references"
        ],
        "maxBatch": 20
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "itemSchemaName": "Check",
        "example": [
          {
            "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
            "reference": "chk20230628x001",
            "serial": 100231,
            "amount": 150,
            "currency": "USD",
            "cFiAggregatorId": "CLIENTID",
            "cFiCheckStatus": "InBank",
            "initVoid": false,
            "webhookUrl": "https://client.example.com/connectfi/webhooks",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
          }
        ],
        "examples": [
          [
            {
              "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
              "reference": "chk20230628x001",
              "serial": 100231,
              "amount": 150,
              "currency": "USD",
              "cFiAggregatorId": "CLIENTID",
              "cFiCheckStatus": "InBank",
              "initVoid": false,
              "webhookUrl": "https://client.example.com/connectfi/webhooks",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
            }
          ],
          []
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cFiCheckIds",
                "schemaPath": "#/oneOf/0/properties/cFiCheckIds/maxItems",
                "keyword": "maxItems",
                "params": {
                  "limit": 20
                },
                "message": "must NOT have more than 20 items"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionQuery": {
          "status": 400,
          "body": {
            "requestId": "b0517290b7a611edaaa621b3360f38c0",
            "code": "transactionQuery",
            "context": {},
            "message": "Send either cFiCheckIds or references, not both"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkVoid",
      "method": "POST",
      "path": "/check/void",
      "behaviour": {
        "kind": "transition",
        "resource": "Check",
        "lookup": "body.cFiCheckId",
        "to": "Cancelled",
        "refused": {
          "error": "checkVoidNotAllowed",
          "fidelity": "designed"
        }
      },
      "triggers": [
        {
          "when": "the check was printed with amount 15.02",
          "then": "it counts as already mailed; the void is refused with checkVoidNotAllowed",
          "on": "request",
          "match": {
            "check.amount": {
              "eq": 15.02
            }
          },
          "outcome": {
            "error": "checkVoidNotAllowed"
          },
          "fidelity": "designed",
          "example": "sandboxAlreadyMailed"
        }
      ],
      "prerequisites": [
        {
          "that": "the check exists",
          "error": "checkNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Check",
            "where": {
              "cFiCheckId": "{body.cFiCheckId}"
            },
            "as": "check"
          }
        },
        {
          "that": "the check is not mailed yet (Processing, or at the bank before printing)",
          "error": "checkVoidNotAllowed",
          "fidelity": "designed",
          "match": {
            "check.cFiCheckStatus": {
              "in": [
                "Processing",
                "InBank"
              ]
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "Check",
        "example": {
          "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
          "reference": "chk20230628x001",
          "serial": 100231,
          "amount": 150,
          "currency": "USD",
          "cFiAggregatorId": "CLIENTID",
          "cFiCheckStatus": "Cancelled",
          "initVoid": false,
          "webhookUrl": "https://client.example.com/connectfi/webhooks",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        },
        "examples": [
          {
            "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
            "reference": "chk20230628x001",
            "serial": 100231,
            "amount": 150,
            "currency": "USD",
            "cFiAggregatorId": "CLIENTID",
            "cFiCheckStatus": "Cancelled",
            "initVoid": false,
            "webhookUrl": "https://client.example.com/connectfi/webhooks",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
          },
          {
            "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
            "reference": "chk20230628x001",
            "serial": 100231,
            "amount": 150,
            "currency": "USD",
            "cFiAggregatorId": "CLIENTID",
            "cFiCheckStatus": "InBank",
            "initVoid": true,
            "webhookUrl": "https://client.example.com/connectfi/webhooks",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/reason",
                "schemaPath": "#/properties/reason/maxLength",
                "keyword": "maxLength",
                "params": {
                  "limit": 500
                },
                "message": "must NOT have more than 500 characters"
              }
            ],
            "message": "Request validation error"
          }
        },
        "checkNotFound": {
          "status": 400,
          "body": {
            "requestId": "6f3c8d20b7a711edaaa621b3360f38c0",
            "code": "checkNotFound",
            "context": {
              "cFiCheckId": "chk_0000000000000000000000"
            },
            "message": "Check not found (cFiCheckId=chk_0000000000000000000000)"
          }
        },
        "checkVoidNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "7a4d9e30b7a711edaaa621b3360f38c0",
            "code": "checkVoidNotAllowed",
            "context": {
              "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
              "cFiCheckStatus": "Complete"
            },
            "message": "A check can be voided only before it is mailed"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkList",
      "method": "POST",
      "path": "/check/list",
      "behaviour": {
        "kind": "list",
        "resource": "Check",
        "filters": {
          "cFiCheckId": "cFiCheckId",
          "cFiCheckIds": "cFiCheckId",
          "reference": "reference",
          "cFiCheckStatus": "cFiCheckStatus",
          "initVoid": "initVoid",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "checks",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CheckList",
        "example": {
          "checks": [
            {
              "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
              "reference": "chk20230628x001",
              "serial": 100231,
              "amount": 150,
              "currency": "USD",
              "cFiAggregatorId": "CLIENTID",
              "cFiCheckStatus": "InBank",
              "initVoid": true,
              "webhookUrl": "https://client.example.com/connectfi/webhooks",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cFiCheckStatus",
                "schemaPath": "#/allOf/0/properties/cFiCheckStatus/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "Processing",
                    "Sent",
                    "InBank",
                    "Complete",
                    "Declined",
                    "Cancelled",
                    "Unknown"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "c16283a0b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "numberOfRecords is greater than the maximum (maxNumberOfRecords=1000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "checkExportList",
      "method": "POST",
      "path": "/check/export-list",
      "behaviour": {
        "kind": "export",
        "resource": "Check",
        "filters": {
          "cFiCheckId": "cFiCheckId",
          "cFiCheckIds": "cFiCheckId",
          "reference": "reference",
          "cFiCheckStatus": "cFiCheckStatus",
          "initVoid": "initVoid",
          "dateCreateFrom": "dtsCreatedAt",
          "dateCreateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "export",
        "contentType": "text/csv"
      },
      "success": {
        "status": 200,
        "contentType": "text/csv",
        "enveloped": false,
        "example": "cFiCheckId,reference,serial,amount,currency,cFiAggregatorId,cFiCheckStatus,initVoid,webhookUrl,dtsCreatedAt\nchk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6,chk20230628x001,100231,150,USD,CLIENTID,Complete,false,https://client.example.com/connectfi/webhooks,2023-06-28T13:26:59.312Z\nchk_7Wd3Kp8Zr1Ys5Hb2Nm9Qx4,chk20230629x002,100232,42.5,USD,CLIENTID,Cancelled,false,,2023-06-29T08:02:41.007Z\n"
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/numberOfRecords",
                "schemaPath": "#/allOf/1/properties/numberOfRecords/maximum",
                "keyword": "maximum",
                "params": {
                  "comparison": "<=",
                  "limit": 100000
                },
                "message": "must be <= 100000"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "c16283a0b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 100000
            },
            "message": "numberOfRecords is greater than the maximum (maxNumberOfRecords=100000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisAccountAdd",
      "method": "POST",
      "path": "/ibis/account/add",
      "behaviour": {
        "kind": "create",
        "resource": "IbisCard",
        "status": "B",
        "set": {
          "productType": "vAccount"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer was initialized with /customer/init",
          "error": "customerNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        },
        {
          "that": "the customer's KYC application is completed and Approved (its documents uploaded and linked)",
          "error": "kycNotApproved",
          "fidelity": "documented",
          "exists": {
            "resource": "KycApplication",
            "where": {
              "customerId": "{body.customerId}",
              "status": "completed",
              "outcome": "Approved"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "iacc_4Ns8Qw1Ze7Ty3Lp6Vb9Xk2",
          "cFiAccountId": "iacc_4Ns8Qw1Ze7Ty3Lp6Vb9Xk2",
          "reference": "acct20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "vAccount",
          "statusCode": "B",
          "last4": null,
          "cardExpDate": null,
          "vAccountNumber": "9100000012345678",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05681b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cardProgramId"
                },
                "message": "must have required property 'cardProgramId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "0c5d7e90b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found (customerId=cstap_0000000000000000000000)"
          }
        },
        "kycNotApproved": {
          "status": 400,
          "body": {
            "requestId": "5e2b7c10b7a711edaaa621b3360f38c0",
            "code": "kycNotApproved",
            "context": {
              "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN"
            },
            "message": "The customer's KYC application is not completed and Approved"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisDebitCardAdd",
      "method": "POST",
      "path": "/ibis/debit-card/add",
      "behaviour": {
        "kind": "create",
        "resource": "IbisCard",
        "set": {
          "productType": "debitCard"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer was initialized with /customer/init",
          "error": "customerNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        },
        {
          "that": "the customer's KYC application is completed and Approved (its documents uploaded and linked)",
          "error": "kycNotApproved",
          "fidelity": "documented",
          "exists": {
            "resource": "KycApplication",
            "where": {
              "customerId": "{body.customerId}",
              "status": "completed",
              "outcome": "Approved"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "card20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "A",
          "last4": "0417",
          "cardExpDate": "0627",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05683b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/profile/nameOnCard",
                "schemaPath": "#/properties/profile/properties/nameOnCard/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^(?!\\s*$)[A-Z .'-]+$"
                },
                "message": "must match pattern \"^(?!\\s*$)[A-Z .'-]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "0c5d7e90b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found (customerId=cstap_0000000000000000000000)"
          }
        },
        "kycNotApproved": {
          "status": 400,
          "body": {
            "requestId": "5e2b7c10b7a711edaaa621b3360f38c0",
            "code": "kycNotApproved",
            "context": {
              "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN"
            },
            "message": "The customer's KYC application is not completed and Approved"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCreditCardApplication",
      "method": "POST",
      "path": "/ibis/credit-card/application",
      "behaviour": {
        "kind": "create",
        "resource": "IbisCreditApplication"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer was initialized with /customer/init",
          "error": "customerNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCreditApplication",
        "example": {
          "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "reference": "credit20230628x001",
          "cardProgramId": "Evolve_Test",
          "status": "pending",
          "approvedCreditLimit": null,
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "dtsDecided": null
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05685b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/requestedCreditLimit",
                "schemaPath": "#/properties/requestedCreditLimit/exclusiveMinimum",
                "keyword": "exclusiveMinimum",
                "params": {
                  "comparison": ">",
                  "limit": 0
                },
                "message": "must be > 0"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "0c5d7e90b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found (customerId=cstap_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCreditCardApplicationGet",
      "method": "GET",
      "path": "/ibis/credit-card/application/{applicationId}",
      "behaviour": {
        "kind": "get",
        "resource": "IbisCreditApplication",
        "lookup": "path.applicationId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the application exists",
          "error": "creditApplicationNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "IbisCreditApplication",
            "where": {
              "applicationId": "{path.applicationId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCreditApplication",
        "example": {
          "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "reference": "credit20230628x001",
          "cardProgramId": "Evolve_Test",
          "status": "approved",
          "approvedCreditLimit": 500,
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z",
          "dtsDecided": "2023-06-28T13:27:04.101Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05687b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/applicationId",
                "schemaPath": "#/properties/applicationId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "creditApplicationNotFound": {
          "status": 400,
          "body": {
            "requestId": "3ec05688b7a611edaaa621b3360f38c0",
            "code": "creditApplicationNotFound",
            "context": {
              "applicationId": "gsa_0000000000000000000000"
            },
            "message": "Credit application not found (applicationId=gsa_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCreditCardAdd",
      "method": "POST",
      "path": "/ibis/credit-card/add",
      "behaviour": {
        "kind": "create",
        "resource": "IbisCard",
        "set": {
          "productType": "creditCard"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer's credit application exists and is approved",
          "error": "creditApplicationStatus",
          "fidelity": "designed",
          "exists": {
            "resource": "IbisCreditApplication",
            "where": {
              "applicationId": "{body.applicationId}",
              "customerId": "{body.customerId}",
              "status": "approved"
            },
            "as": "application"
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
          "cFiAccountId": "iacc_5Hs1Qe9Ru3Ty7Ow2Pa6Df8",
          "reference": "ccard20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "creditCard",
          "statusCode": "A",
          "last4": "9350",
          "cardExpDate": "0627",
          "vAccountNumber": null,
          "abaRoutingNumber": null,
          "creditLimit": 500,
          "availableBalance": 500,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0568ab7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "applicationId"
                },
                "message": "must have required property 'applicationId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "creditApplicationStatus": {
          "status": 400,
          "body": {
            "requestId": "3ec0568bb7a611edaaa621b3360f38c0",
            "code": "creditApplicationStatus",
            "context": {
              "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
              "status": "pending"
            },
            "message": "Credit application is not approved (status=pending)"
          }
        },
        "creditLimitExceeded": {
          "status": 400,
          "body": {
            "requestId": "3ec0568cb7a611edaaa621b3360f38c0",
            "code": "creditLimitExceeded",
            "context": {
              "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
              "approvedCreditLimit": 500
            },
            "message": "Credit limit exceeds the approved limit of 500"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardActivate",
      "method": "POST",
      "path": "/ibis/card/activate",
      "behaviour": {
        "kind": "transition",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "to": "B",
        "refused": {
          "error": "ibisCardStatus",
          "fidelity": "designed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is issued and not active yet (A) or off (S)",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "in": [
                "A",
                "S"
              ]
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "card20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "B",
          "last4": "0417",
          "cardExpDate": "0627",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiCardId"
                },
                "message": "must have required property 'cFiCardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "cardExpDateMismatch": {
          "status": 400,
          "body": {
            "requestId": "3ec0568eb7a611edaaa621b3360f38c0",
            "code": "cardExpDateMismatch",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Card expiration date does not match (cFiCardId=icrd_575fma7wGFKTgSx537PMcO)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardSetPin",
      "method": "POST",
      "path": "/ibis/card/set-pin",
      "behaviour": {
        "kind": "update",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "decryptError": {
          "error": "ibisPinDecrypt",
          "fidelity": "designed"
        },
        "encrypted": [
          {
            "path": "encryptedPin.encryptedData",
            "plaintext": "secret",
            "keep": {},
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is not closed",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "ne": "F"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "card20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "B",
          "last4": "0417",
          "cardExpDate": "0627",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05690b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": [
                    0,
                    1
                  ]
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "ibisPinDecrypt": {
          "status": 400,
          "body": {
            "requestId": "3ec05691b7a611edaaa621b3360f38c0",
            "code": "ibisPinDecrypt",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "keyId": "je87i6-C2QJS7PHUAbJPqw"
            },
            "message": "PIN block could not be decrypted or verified"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardCheckPin",
      "method": "POST",
      "path": "/ibis/card/check-pin",
      "behaviour": {
        "kind": "get",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "decryptError": {
          "error": "ibisPinDecrypt",
          "fidelity": "designed"
        },
        "answer": {
          "cFiCardId": "{record.cFiCardId}",
          "pinValid": true,
          "attemptsLeft": 3
        },
        "encrypted": [
          {
            "path": "encryptedPin.encryptedData",
            "plaintext": "secret",
            "keep": {},
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is not closed",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "ne": "F"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisPinCheck",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "pinValid": true,
          "attemptsLeft": 3
        },
        "examples": [
          {
            "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
            "pinValid": true,
            "attemptsLeft": 3
          },
          {
            "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
            "pinValid": false,
            "attemptsLeft": 2
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05694b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": [
                    0,
                    1
                  ]
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "ibisPinDecrypt": {
          "status": 400,
          "body": {
            "requestId": "3ec05695b7a611edaaa621b3360f38c0",
            "code": "ibisPinDecrypt",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "keyId": "je87i6-C2QJS7PHUAbJPqw"
            },
            "message": "PIN block could not be decrypted or verified"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardStatus",
      "method": "POST",
      "path": "/ibis/card/status",
      "behaviour": {
        "kind": "get",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists (by cFiCardId, or by reference)",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "card20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "B",
          "last4": "0417",
          "cardExpDate": "0627",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 125.4,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05697b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": [
                    0,
                    1
                  ]
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardSetStatus",
      "method": "POST",
      "path": "/ibis/card/set-status",
      "behaviour": {
        "kind": "transition",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "to": "{body.statusCode}",
        "refused": {
          "error": "ibisStatusChange",
          "fidelity": "designed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "card20230628x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "B",
          "last4": "0417",
          "cardExpDate": "0627",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
        },
        "examples": [
          {
            "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
            "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
            "reference": "card20230628x001",
            "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
            "cardProgramId": "Evolve_Test",
            "productType": "debitCard",
            "statusCode": "B",
            "last4": "0417",
            "cardExpDate": "0627",
            "vAccountNumber": "9100000087654321",
            "abaRoutingNumber": "084106768",
            "creditLimit": null,
            "availableBalance": 0,
            "currency": "USD",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
          },
          {
            "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
            "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
            "reference": "card20230628x001",
            "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
            "cardProgramId": "Evolve_Test",
            "productType": "debitCard",
            "statusCode": "S",
            "last4": "0417",
            "cardExpDate": "0627",
            "vAccountNumber": "9100000087654321",
            "abaRoutingNumber": "084106768",
            "creditLimit": null,
            "availableBalance": 0,
            "currency": "USD",
            "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0569ab7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/statusCode",
                "schemaPath": "#/properties/statusCode/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "I",
                    "B",
                    "S",
                    "F"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisStatusChange": {
          "status": 400,
          "body": {
            "requestId": "3ec0569bb7a611edaaa621b3360f38c0",
            "code": "ibisStatusChange",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "newStatusCode": "B",
              "allowedStatusCodes": []
            },
            "message": "Status change from F to B is not allowed"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardCardholderProfile",
      "method": "POST",
      "path": "/ibis/card/cardholder-profile",
      "behaviour": {
        "kind": "get",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "answer": {
          "cFiCardId": "{record.cFiCardId}",
          "customerId": "{record.customerId}",
          "nameOnCard": {
            "$from": "record.profile.nameOnCard",
            "$default": "CARDHOLDER"
          },
          "occupation": "{record.profile.occupation}",
          "name": {
            "first": "{holder.customer.firstName}",
            "middle": "{holder.customer.middleName}",
            "last": "{holder.customer.lastName}"
          },
          "phone": {
            "countryCode": "{holder.customer.phones.0.countryCode}",
            "number": "{holder.customer.phones.0.number}"
          },
          "email": "{holder.customer.email}"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        },
        {
          "that": "the cardholder is a customer",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{record.customerId}"
            },
            "as": "holder"
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCardholderProfile",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "nameOnCard": "JANE DOE",
          "occupation": "Engineer",
          "name": {
            "first": "Jane",
            "middle": null,
            "last": "Doe",
            "suffix": null
          },
          "address": {
            "addressLine1": "350 Fifth Avenue",
            "addressLine2": "Suite 4100",
            "city": "New York",
            "state": "NY",
            "postalCode": "10118",
            "country": "US"
          },
          "phone": {
            "countryCode": "1",
            "number": "2125550123"
          },
          "email": "jane.doe@example.com"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiCardId"
                },
                "message": "must have required property 'cFiCardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardReissue",
      "method": "POST",
      "path": "/ibis/card/reissue",
      "behaviour": {
        "kind": "create",
        "resource": "IbisCard"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists and belongs to the customer",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}",
              "customerId": "{body.customerId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is not closed",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "ne": "F"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCard",
        "example": {
          "cFiCardId": "icrd_9Vc3Xn6Bm1Lk8Jh4Gf2Ds5",
          "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
          "reference": "reissue20230901x001",
          "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
          "cardProgramId": "Evolve_Test",
          "productType": "debitCard",
          "statusCode": "A",
          "last4": "7702",
          "cardExpDate": "0928",
          "vAccountNumber": "9100000087654321",
          "abaRoutingNumber": "084106768",
          "creditLimit": null,
          "availableBalance": 0,
          "currency": "USD",
          "dtsCreatedAt": "2023-09-01T09:12:44.020Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0569eb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/reissueType",
                "schemaPath": "#/properties/reissueType/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "1",
                    "2",
                    "3"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardList",
      "method": "POST",
      "path": "/ibis/card/list",
      "behaviour": {
        "kind": "list",
        "resource": "IbisCard",
        "filters": {
          "customerId": "customerId",
          "statusCode": "statusCode"
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "list",
        "recordsKey": "cards",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCardList",
        "example": {
          "cards": [
            {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "cFiAccountId": "iacc_8Rt2Yp5Mw1Qz7Lk3Nc9Vb4",
              "reference": "card20230628x001",
              "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "cardProgramId": "Evolve_Test",
              "productType": "debitCard",
              "statusCode": "B",
              "last4": "0417",
              "cardExpDate": "0627",
              "vAccountNumber": "9100000087654321",
              "abaRoutingNumber": "084106768",
              "creditLimit": null,
              "availableBalance": 0,
              "currency": "USD",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
            },
            {
              "cFiCardId": "iacc_4Ns8Qw1Ze7Ty3Lp6Vb9Xk2",
              "cFiAccountId": "iacc_4Ns8Qw1Ze7Ty3Lp6Vb9Xk2",
              "reference": "acct20230628x001",
              "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
              "cardProgramId": "Evolve_Test",
              "productType": "vAccount",
              "statusCode": "B",
              "last4": null,
              "cardExpDate": null,
              "vAccountNumber": "9100000012345678",
              "abaRoutingNumber": "084106768",
              "creditLimit": null,
              "availableBalance": 0,
              "currency": "USD",
              "dtsCreatedAt": "2023-06-28T13:26:59.312Z"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056a0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "customerId"
                },
                "message": "must have required property 'customerId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "greaterNumberOfRecords": {
          "status": 400,
          "body": {
            "requestId": "3ec056a1b7a611edaaa621b3360f38c0",
            "code": "greaterNumberOfRecords",
            "context": {
              "maxNumberOfRecords": 1000
            },
            "message": "Number of records is greater than 1000"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisCardGetAuthData",
      "method": "POST",
      "path": "/ibis/card/get-auth-data",
      "behaviour": {
        "kind": "get",
        "resource": "IbisCard",
        "lookup": "body.cFiCardId",
        "answer": {
          "cFiCardId": "{record.cFiCardId}",
          "authData": {
            "encryptedData": "LSOgaQFfWEYwvxRsVazAj-4R_Kvl0-XpwwPPk7uDv3euedTwFd-oMeao1VrYijrjIeFJC199WeufUE3r7SH0NK6Jh3TuDzhZ4E8I5yN17T2iMmjx8kyI-nLpUrqsfbwsy33CJo0hBIpJbQVwaLhR5lswYCXhrBAO4iywBwleyHYi-jHDoD_wdyWOkiHHqbj0DtodoA9dYVdbdnqSOYWl-MrPKWgTEpSYO8ueIBJ1tSN_cULjXShVtvw9dYQ6VaxFOejTUaW9nVDMT10B7Wa7CP3gHurfyCVDxyUQxiruFqswWG-Ha6gA83pKTPnqqbTMrj53nJo3b-i_90QRndFG0A",
            "keyId": "Qm4rT8wZ1xC5vB9nL2kJ7h"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is on (B)",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "eq": "B"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisCardAuthData",
        "example": {
          "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
          "authData": {
            "encryptedData": "LSOgaQFfWEYwvxRsVazAj-4R_Kvl0-XpwwPPk7uDv3euedTwFd-oMeao1VrYijrjIeFJC199WeufUE3r7SH0NK6Jh3TuDzhZ4E8I5yN17T2iMmjx8kyI-nLpUrqsfbwsy33CJo0hBIpJbQVwaLhR5lswYCXhrBAO4iywBwleyHYi-jHDoD_wdyWOkiHHqbj0DtodoA9dYVdbdnqSOYWl-MrPKWgTEpSYO8ueIBJ1tSN_cULjXShVtvw9dYQ6VaxFOejTUaW9nVDMT10B7Wa7CP3gHurfyCVDxyUQxiruFqswWG-Ha6gA83pKTPnqqbTMrj53nJo3b-i_90QRndFG0A",
            "keyId": "Qm4rT8wZ1xC5vB9nL2kJ7h"
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiCardId"
                },
                "message": "must have required property 'cFiCardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisFinancialCardToCard",
      "method": "POST",
      "path": "/ibis/financial/card-to-card",
      "behaviour": {
        "kind": "create",
        "resource": "IbisFundsTransfer",
        "set": {
          "transferType": "cardToCard"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card debited exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cardFromId}"
            },
            "as": "cardFrom"
          }
        },
        {
          "that": "the card credited exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cardToId}"
            },
            "as": "cardTo"
          }
        },
        {
          "that": "the card debited is on (a card can be debited only when its status is B)",
          "error": "ibisCardStatus",
          "fidelity": "documented",
          "match": {
            "cardFrom.statusCode": {
              "eq": "B"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisFundsTransfer",
        "example": {
          "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
          "reference": "c2c20230628x001",
          "transferType": "cardToCard",
          "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
          "cardToId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
          "cardProgramId": "Evolve_Test",
          "amount": 25.5,
          "currency": "USD",
          "description": "Lunch split",
          "status": "Complete",
          "reversedAmount": 0,
          "originalFundsId": null,
          "dtsCreatedAt": "2023-06-28T14:02:11.518Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056a5b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/amount",
                "schemaPath": "#/properties/amount/x-amountPrecision",
                "keyword": "x-amountPrecision",
                "params": {},
                "message": "must have at most 2 decimals"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "ibisSameCard": {
          "status": 400,
          "body": {
            "requestId": "3ec056a6b7a611edaaa621b3360f38c0",
            "code": "ibisSameCard",
            "context": {
              "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
              "cardToId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "cardFromId and cardToId must differ"
          }
        },
        "insufficientFunds": {
          "status": 400,
          "body": {
            "requestId": "3ec056a3b7a611edaaa621b3360f38c0",
            "code": "insufficientFunds",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "availableBalance": 10
            },
            "message": "Insufficient funds"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisFinancialFundsCredit",
      "method": "POST",
      "path": "/ibis/financial/funds-credit",
      "behaviour": {
        "kind": "create",
        "resource": "IbisFundsTransfer",
        "set": {
          "transferType": "fundsCredit"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is not closed",
          "error": "ibisCardStatus",
          "fidelity": "designed",
          "match": {
            "card.statusCode": {
              "ne": "F"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisFundsTransfer",
        "example": {
          "cFiFundsId": "ifnd_7Gh2Jk5Lm8Np1Qr4St6Uv9",
          "reference": "load20230628x001",
          "transferType": "fundsCredit",
          "cardFromId": null,
          "cardToId": "icrd_575fma7wGFKTgSx537PMcO",
          "cardProgramId": "Evolve_Test",
          "amount": 100,
          "currency": "USD",
          "description": "Payroll advance",
          "status": "Complete",
          "reversedAmount": 0,
          "originalFundsId": null,
          "dtsCreatedAt": "2023-06-28T14:02:11.518Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056a8b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "amount"
                },
                "message": "must have required property 'amount'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "settlementAccountNotFound": {
          "status": 400,
          "body": {
            "requestId": "3ec056a9b7a611edaaa621b3360f38c0",
            "code": "settlementAccountNotFound",
            "context": {
              "cFiAggregatorId": "CLIENTID"
            },
            "message": "Settlement account not found (cFiAggregatorId=CLIENTID)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisFinancialFundsDebit",
      "method": "POST",
      "path": "/ibis/financial/funds-debit",
      "behaviour": {
        "kind": "create",
        "resource": "IbisFundsTransfer",
        "set": {
          "transferType": "fundsDebit"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            },
            "as": "card"
          }
        },
        {
          "that": "the card is on (a card can be debited only when its status is B)",
          "error": "ibisCardStatus",
          "fidelity": "documented",
          "match": {
            "card.statusCode": {
              "eq": "B"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisFundsTransfer",
        "example": {
          "cFiFundsId": "ifnd_1Aa2Bb3Cc4Dd5Ee6Ff7Gg8",
          "reference": "unload20230628x001",
          "transferType": "fundsDebit",
          "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
          "cardToId": null,
          "cardProgramId": "Evolve_Test",
          "amount": 40,
          "currency": "USD",
          "description": "Advance repaid",
          "status": "Complete",
          "reversedAmount": 0,
          "originalFundsId": null,
          "dtsCreatedAt": "2023-06-28T14:02:11.518Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056abb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cFiCardId"
                },
                "message": "must have required property 'cFiCardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "referenceExists": {
          "status": 400,
          "body": {
            "requestId": "6e2f4a60b7a611edaaa621b3360f38c0",
            "code": "referenceExists",
            "context": {
              "reference": "card20230628x001",
              "entityId": "icrd_575fma7wGFKTgSx537PMcO"
            },
            "message": "Reference already exists (reference=card20230628x001)"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "ibisCardStatus": {
          "status": 400,
          "body": {
            "requestId": "8a3b5c70b7a611edaaa621b3360f38c0",
            "code": "ibisCardStatus",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "statusCode": "F",
              "allowedStatusCodes": [
                "A",
                "B"
              ]
            },
            "message": "Operation not allowed for card status F"
          }
        },
        "insufficientFunds": {
          "status": 400,
          "body": {
            "requestId": "3ec056a3b7a611edaaa621b3360f38c0",
            "code": "insufficientFunds",
            "context": {
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "availableBalance": 10
            },
            "message": "Insufficient funds"
          }
        },
        "currencyNotSupported": {
          "status": 400,
          "body": {
            "requestId": "bc5d7e90b7a611edaaa621b3360f38c0",
            "code": "currencyNotSupported",
            "context": {
              "supportedCurrency": "USD"
            },
            "message": "Currency not supported (supportedCurrency=USD)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisFinancialReversal",
      "method": "POST",
      "path": "/ibis/financial/reversal",
      "behaviour": {
        "kind": "transition",
        "resource": "IbisFundsTransfer",
        "lookup": "body.cFiFundsId",
        "to": "Reversed",
        "refused": {
          "error": "ibisReversalNotAllowed",
          "fidelity": "designed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the funds transfer exists",
          "error": "transactionNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisFundsTransfer",
            "where": {
              "cFiFundsId": "{body.cFiFundsId}"
            },
            "as": "transfer"
          }
        },
        {
          "that": "it is a card-to-card transfer that is not fully reversed",
          "error": "ibisReversalNotAllowed",
          "fidelity": "documented",
          "match": {
            "transfer.transferType": {
              "eq": "cardToCard"
            },
            "transfer.status": {
              "ne": "Reversed"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisFundsTransfer",
        "example": {
          "cFiFundsId": "ifnd_8Zx7Cv6Bn5Mm4Ll3Kk2Jj1",
          "reference": "c2c20230628x001",
          "transferType": "reversal",
          "cardFromId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
          "cardToId": "icrd_575fma7wGFKTgSx537PMcO",
          "cardProgramId": "Evolve_Test",
          "amount": 25.5,
          "currency": "USD",
          "description": null,
          "status": "Complete",
          "reversedAmount": 0,
          "originalFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
          "dtsCreatedAt": "2023-06-28T15:40:02.907Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056adb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/amount",
                "schemaPath": "#/properties/amount/exclusiveMinimum",
                "keyword": "exclusiveMinimum",
                "params": {
                  "comparison": ">",
                  "limit": 0
                },
                "message": "must be > 0"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionNotFound": {
          "status": 400,
          "body": {
            "requestId": "3ec056aeb7a611edaaa621b3360f38c0",
            "code": "transactionNotFound",
            "context": {
              "cFiTransactionId": "ifnd_0000000000000000000000"
            },
            "message": "Transaction not found (cFiTransactionId=ifnd_0000000000000000000000)"
          }
        },
        "ibisReversalNotAllowed": {
          "status": 400,
          "body": {
            "requestId": "3ec056afb7a611edaaa621b3360f38c0",
            "code": "ibisReversalNotAllowed",
            "context": {
              "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
              "transferType": "cardToCard"
            },
            "message": "Only card-to-card transfers within one card program can be reversed"
          }
        },
        "ibisReversalAmountExceeded": {
          "status": 400,
          "body": {
            "requestId": "3ec056b0b7a611edaaa621b3360f38c0",
            "code": "ibisReversalAmountExceeded",
            "context": {
              "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
              "amountLeft": 15.5
            },
            "message": "Reversal amount exceeds the amount left (15.5)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisFinancialRetrieve",
      "method": "POST",
      "path": "/ibis/financial/retrieve",
      "behaviour": {
        "kind": "get",
        "resource": "IbisFundsTransfer",
        "lookup": "body.cFiFundsId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the funds transfer exists (by cFiFundsId, or by reference)",
          "error": "transactionNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "IbisFundsTransfer",
            "where": {
              "cFiFundsId": "{body.cFiFundsId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisFundsTransfer",
        "example": {
          "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
          "reference": "c2c20230628x001",
          "transferType": "cardToCard",
          "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
          "cardToId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
          "cardProgramId": "Evolve_Test",
          "amount": 25.5,
          "currency": "USD",
          "description": "Lunch split",
          "status": "PartiallyReversed",
          "reversedAmount": 10,
          "originalFundsId": null,
          "dtsCreatedAt": "2023-06-28T14:02:11.518Z"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056b2b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/oneOf",
                "keyword": "oneOf",
                "params": {
                  "passingSchemas": null
                },
                "message": "must match exactly one schema in oneOf"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionNotFound": {
          "status": 400,
          "body": {
            "requestId": "3ec056b3b7a611edaaa621b3360f38c0",
            "code": "transactionNotFound",
            "context": {
              "cFiTransactionId": "ifnd_0000000000000000000000"
            },
            "message": "Transaction not found (cFiTransactionId=ifnd_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "ibisInquiryTransactionHistory",
      "method": "POST",
      "path": "/ibis/inquiry/transaction-history",
      "behaviour": {
        "kind": "list",
        "resource": "IbisTransaction",
        "lookup": "body.cFiCardId",
        "lookupField": "cFiCardId",
        "filters": {
          "dateFrom": "dtsCreatedAt",
          "dateTo": "dtsCreatedAt"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "IbisCard",
            "where": {
              "cFiCardId": "{body.cFiCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "list",
        "recordsKey": "transactions",
        "maxPageSize": 1000
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "IbisTransactionHistory",
        "example": {
          "transactions": [
            {
              "transactionId": "CLIENTID_7Yt5Re3Wq1Az9Sx7Dc5Fv3",
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "cFiFundsId": null,
              "transactionType": "purchase",
              "direction": "debit",
              "amount": 12.8,
              "currency": "USD",
              "description": null,
              "merchantName": "CORNER CAFE NEW YORK NY",
              "dtsCreatedAt": "2023-06-29T08:15:30.004Z"
            },
            {
              "transactionId": "CLIENTID_3Gb4Nh5Mj6Ki7Lo8Pu9Yt1",
              "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
              "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E",
              "transactionType": "cardToCard",
              "direction": "debit",
              "amount": 25.5,
              "currency": "USD",
              "description": "Lunch split",
              "merchantName": null,
              "dtsCreatedAt": "2023-06-28T14:02:11.518Z"
            }
          ],
          "more": false
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056b5b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "dateTo"
                },
                "message": "must have required property 'dateTo'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "icrd_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=icrd_0000000000000000000000)"
          }
        },
        "badTimeFrameRequest": {
          "status": 400,
          "body": {
            "requestId": "3ec056b6b7a611edaaa621b3360f38c0",
            "code": "badTimeFrameRequest",
            "context": {},
            "message": "Time frame is too broad"
          }
        },
        "invalidDateRange": {
          "status": 400,
          "body": {
            "requestId": "3ec056b7b7a611edaaa621b3360f38c0",
            "code": "invalidDateRange",
            "context": {
              "dateFrom": "2023-06-30",
              "dateTo": "2023-06-01"
            },
            "message": "Invalid date range"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerKycInit",
      "method": "POST",
      "path": "/customer/kyc/init",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.customerId",
        "answer": {
          "customerId": "{record.customerId}",
          "kycStatus": {
            "$from": "record.kycStatus",
            "$default": "NOT_STARTED"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedKycStatus",
        "example": {
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "kycStatus": "APPROVED"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "customerId"
                },
                "message": "must have required property 'customerId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerKycAddAttributes",
      "method": "POST",
      "path": "/customer/kyc/add-attributes",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.customerId",
        "answer": {
          "customerId": "{record.customerId}",
          "kycStatus": {
            "$from": "record.kycStatus",
            "$default": "NOT_STARTED"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedKycStatus",
        "example": {
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "kycStatus": "APPROVED"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/additionalAttributes/cardAttributes/addressType",
                "schemaPath": "#/properties/additionalAttributes/properties/cardAttributes/properties/addressType/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "PRIMARY",
                    "SECONDARY"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerKycUpload",
      "method": "POST",
      "path": "/customer/kyc/upload/{customerId}/{documentId}",
      "behaviour": {
        "kind": "update",
        "resource": "DeprecatedDocument",
        "lookup": "path.documentId",
        "set": {
          "uploadStatus": true
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{path.customerId}"
            }
          }
        },
        {
          "that": "the document was generated with /document/generate",
          "error": "documentNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "DeprecatedDocument",
            "where": {
              "id": "{path.documentId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedDocument",
        "example": {
          "id": "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y",
          "uploadStatus": true,
          "extension": "pdf"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "file"
                },
                "message": "must have required property 'file'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "documentNotFound": {
          "status": 400,
          "body": {
            "requestId": "2e6f8a71b7a611edaaa621b3360f38c0",
            "code": "documentNotFound",
            "context": {
              "documentId": "sdoc_0000000000000000000000"
            },
            "message": "Document not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerKycStatus",
      "method": "GET",
      "path": "/customer/kyc/status/{customerId}",
      "behaviour": {
        "kind": "get",
        "resource": "Customer",
        "lookup": "path.customerId",
        "answer": {
          "customerId": "{record.customerId}",
          "kycStatus": {
            "$from": "record.kycStatus",
            "$default": "NOT_STARTED"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{path.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedKycStatus",
        "example": {
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "kycStatus": "APPROVED"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerKycDocumentLink",
      "method": "POST",
      "path": "/customer/kyc/document-link",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.customerId",
        "answer": {
          "customerId": "{record.customerId}",
          "kycStatus": {
            "$from": "record.kycStatus",
            "$default": "NOT_STARTED"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        },
        {
          "that": "the document was generated and its file uploaded",
          "error": "documentNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "DeprecatedDocument",
            "where": {
              "id": "{body.documentId}",
              "uploadStatus": true
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedKycStatus",
        "example": {
          "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
          "kycStatus": "APPROVED"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "documentId"
                },
                "message": "must have required property 'documentId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "7c1d3e50b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "cstap_0000000000000000000000"
            },
            "message": "Customer not found"
          }
        },
        "documentNotFound": {
          "status": 400,
          "body": {
            "requestId": "2e6f8a71b7a611edaaa621b3360f38c0",
            "code": "documentNotFound",
            "context": {
              "documentId": "sdoc_0000000000000000000000"
            },
            "message": "Document not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "documentGenerate",
      "method": "POST",
      "path": "/document/generate",
      "behaviour": {
        "kind": "create",
        "resource": "DeprecatedDocument",
        "set": {
          "uploadStatus": false
        }
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedDocument",
        "example": {
          "id": "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y",
          "uploadStatus": false
        }
      },
      "errors": {
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "documentUpload",
      "method": "POST",
      "path": "/document/upload/{documentId}",
      "behaviour": {
        "kind": "update",
        "resource": "DeprecatedDocument",
        "lookup": "path.documentId",
        "set": {
          "uploadStatus": true
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the document was generated with /document/generate",
          "error": "documentNotFound",
          "fidelity": "documented",
          "exists": {
            "resource": "DeprecatedDocument",
            "where": {
              "id": "{path.documentId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "DeprecatedDocument",
        "example": {
          "id": "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y",
          "uploadStatus": true,
          "extension": "pdf"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "4a1b9e10b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "file"
                },
                "message": "must have required property 'file'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "documentNotFound": {
          "status": 400,
          "body": {
            "requestId": "2e6f8a71b7a611edaaa621b3360f38c0",
            "code": "documentNotFound",
            "context": {
              "documentId": "sdoc_0000000000000000000000"
            },
            "message": "Document not found"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCustomerCreate",
      "method": "POST",
      "path": "/condor/customer/create",
      "behaviour": {
        "kind": "create",
        "resource": "CondorCard"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer was initialized with /customer/init",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCard",
        "example": {
          "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
          "accountId": "acca_dR4cAgLuv0naFhswOcZcI",
          "last_four": "0417",
          "status": "NEW",
          "program_id": "Virtual_Debit_Card",
          "name_on_card": "JESSIE U TESTMAN",
          "available_balance": 0
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05681b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "customerId"
                },
                "message": "must have required property 'customerId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "3f80abc0b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "csta_0000000000000000000000"
            },
            "message": "Customer not found (customerId=csta_0000000000000000000000)"
          }
        },
        "condorCustomerExists": {
          "status": 400,
          "body": {
            "requestId": "3ec05682b7a611edaaa621b3360f38c0",
            "code": "condorCustomerExists",
            "context": {
              "customerId": "csta_6clNH3W2pBehujY8mpTCU8"
            },
            "message": "Debit card customer already exists (customerId=csta_6clNH3W2pBehujY8mpTCU8)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCustomerUpdate",
      "method": "POST",
      "path": "/condor/customer/update",
      "behaviour": {
        "kind": "update",
        "resource": "Customer",
        "lookup": "body.customerId",
        "answer": {
          "condorCustomer": {
            "customerId": "{record.customerId}",
            "first_name": "{record.customer.firstName}",
            "last_name": "{record.customer.lastName}",
            "gender": "{record.customer.gender}",
            "email": "{record.customer.email}",
            "date_of_birth": "{record.customer.dateOfBirth}",
            "phone_details": {
              "$each": "record.customer.phones",
              "$item": {
                "phone_type": "{item.type}",
                "country_dialing_code": {
                  "$from": "item.countryCode",
                  "$as": "number"
                },
                "phone_number": "{item.number}"
              }
            },
            "addresses": {
              "$each": "record.customer.addresses",
              "$item": {
                "address_type": "{item.type}",
                "address1": "{item.addressLine1}",
                "address2": "{item.addressLine2}",
                "city": "{item.city}",
                "region": "{item.state}",
                "postal_code": "{item.postalCode}",
                "country": "{item.countryCodeA3}"
              }
            }
          }
        },
        "merge": {
          "customer": {
            "firstName": "{body.firstName}",
            "lastName": "{body.lastName}",
            "gender": "{body.gender}",
            "dateOfBirth": "{body.dateOfBirth}",
            "email": "{body.email}",
            "phones": "{body.phones}",
            "addresses": {
              "$each": "body.addresses",
              "$item": {
                "type": "{item.type}",
                "addressLine1": "{item.addressLine1}",
                "addressLine2": "{item.addressLine2}",
                "city": "{item.city}",
                "state": "{item.state}",
                "postalCode": "{item.postalCode}",
                "countryCodeA3": {
                  "$from": "item.country",
                  "$default": "USA"
                }
              }
            }
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            },
            "as": "customer"
          }
        },
        {
          "that": "the customer is an individual (the processor holds card holders, not businesses)",
          "error": "customerNotFound",
          "fidelity": "designed",
          "match": {
            "customer.customerType": {
              "eq": "individual"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCustomerResult",
        "example": {
          "condorCustomer": {
            "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
            "first_name": "JESSIE",
            "last_name": "TESTMAN",
            "gender": "M",
            "email": "jessie.testman@example.com",
            "phone_details": [
              {
                "phone_type": "MOBILE",
                "country_dialing_code": 1,
                "phone_number": "2155550143"
              }
            ]
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05684b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/additionalProperties",
                "keyword": "additionalProperties",
                "params": {
                  "additionalProperty": "ssn"
                },
                "message": "must NOT have additional properties"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "3f80abc0b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "csta_0000000000000000000000"
            },
            "message": "Customer not found (customerId=csta_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCustomerGet",
      "method": "GET",
      "path": "/condor/customer/get/{customerId}",
      "behaviour": {
        "kind": "get",
        "resource": "Customer",
        "lookup": "path.customerId",
        "answer": {
          "condorCustomer": {
            "customerId": "{record.customerId}",
            "first_name": "{record.customer.firstName}",
            "last_name": "{record.customer.lastName}",
            "gender": "{record.customer.gender}",
            "email": "{record.customer.email}",
            "date_of_birth": "{record.customer.dateOfBirth}",
            "phone_details": {
              "$each": "record.customer.phones",
              "$item": {
                "phone_type": "{item.type}",
                "country_dialing_code": {
                  "$from": "item.countryCode",
                  "$as": "number"
                },
                "phone_number": "{item.number}"
              }
            },
            "addresses": {
              "$each": "record.customer.addresses",
              "$item": {
                "address_type": "{item.type}",
                "address1": "{item.addressLine1}",
                "address2": "{item.addressLine2}",
                "city": "{item.city}",
                "region": "{item.state}",
                "postal_code": "{item.postalCode}",
                "country": "{item.countryCodeA3}"
              }
            }
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{path.customerId}"
            },
            "as": "customer"
          }
        },
        {
          "that": "the customer is an individual (the processor holds card holders, not businesses)",
          "error": "customerNotFound",
          "fidelity": "designed",
          "match": {
            "customer.customerType": {
              "eq": "individual"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCustomerResult",
        "example": {
          "condorCustomer": {
            "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
            "first_name": "JESSIE",
            "last_name": "TESTMAN",
            "gender": "M",
            "email": "aa@example.com",
            "phone_details": [
              {
                "phone_type": "MOBILE",
                "country_dialing_code": 1,
                "phone_number": "2155550143"
              }
            ],
            "date_of_birth": "1978-10-15",
            "addresses": [
              {
                "address_type": "PRIMARY",
                "address1": "123 Some Str.",
                "city": "Mycityname",
                "region": "PA",
                "postal_code": "19103",
                "country": "USA"
              }
            ],
            "identification_docs": [
              {
                "identification_type": "DRIVING LICENSE",
                "identification_value": "*****4321",
                "identification_issuance_country": "USA",
                "identification_issuance_region": "Pennsylvania",
                "identification_expiry_date": "2027-04-08"
              },
              {
                "identification_type": "SSN",
                "identification_value": "*****6789",
                "identification_issuance_country": "USA"
              }
            ]
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05686b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "3f80abc0b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "csta_0000000000000000000000"
            },
            "message": "Customer not found (customerId=csta_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardAdd",
      "method": "POST",
      "path": "/condor/card/add",
      "behaviour": {
        "kind": "create",
        "resource": "CondorCard"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the customer exists",
          "error": "customerNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "Customer",
            "where": {
              "customerId": "{body.customerId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCard",
        "example": {
          "cardId": "crda_5k11BrCFFq5BQX5VV2AnSU",
          "accountId": "acca_6HZVIVmmKm4KQjd7XZdAF2",
          "last_four": "8830",
          "status": "NEW",
          "program_id": "Virtual_Debit_Card",
          "name_on_card": "JESSIE U TESTMAN 2",
          "available_balance": 0
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05688b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cardAttributes/issueType",
                "schemaPath": "#/properties/cardAttributes/properties/issueType/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "NEW",
                    "REGISTRATION",
                    "RE-ISSUE",
                    "EXPIRED",
                    "DAMAGED"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "customerNotFound": {
          "status": 400,
          "body": {
            "requestId": "3f80abc0b7a611edaaa621b3360f38c0",
            "code": "customerNotFound",
            "context": {
              "customerId": "csta_0000000000000000000000"
            },
            "message": "Customer not found (customerId=csta_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardActivate",
      "method": "POST",
      "path": "/condor/card/activate",
      "behaviour": {
        "kind": "transition",
        "resource": "CondorCard",
        "lookup": "body.cardId",
        "to": "ACTIVE",
        "refused": {
          "error": "extCondor",
          "fidelity": "designed"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCard",
        "example": {
          "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
          "accountId": "acca_dR4cAgLuv0naFhswOcZcI",
          "last_four": "0417",
          "status": "ACTIVE",
          "program_id": "Virtual_Debit_Card",
          "name_on_card": "JESSIE U TESTMAN",
          "available_balance": 0
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "2e7f9ab0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cardId"
                },
                "message": "must have required property 'cardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec0568ab7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C1004",
            "context": {
              "title": "cardsActivate"
            },
            "message": "Card Activation Decline (Inactive Card)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardSetPin",
      "method": "POST",
      "path": "/condor/card/set-pin",
      "behaviour": {
        "kind": "update",
        "resource": "CondorCard",
        "lookup": "body.cardId",
        "decryptError": {
          "error": "requestValidateError",
          "fidelity": "designed"
        },
        "answer": {
          "cardSetPin": {
            "verified": true,
            "cardId": "{record.cardId}"
          }
        },
        "encrypted": [
          {
            "path": "encryptedPin.encryptedData",
            "plaintext": "secret",
            "keep": {},
            "keyField": "keyId"
          }
        ]
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCardSetPinResult",
        "example": {
          "cardSetPin": {
            "verified": true,
            "cardId": "crda_fO2N93TnJZvSmUgFFClUA"
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "2e7f9ab0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cardId"
                },
                "message": "must have required property 'cardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec0568cb7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C1004",
            "context": {
              "title": "cardsSetPinByToken"
            },
            "message": "Set Card PIN Decline (Inactive Card)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardChangeStatus",
      "method": "POST",
      "path": "/condor/card/change-status",
      "behaviour": {
        "kind": "transition",
        "resource": "CondorCard",
        "lookup": "body.cardId",
        "to": "{body.statusAction}",
        "refused": {
          "error": "extCondor",
          "fidelity": "designed"
        },
        "answer": {
          "cardChangeStatus": {
            "cardId": "{record.cardId}",
            "accountId": "{record.accountId}",
            "last_four": "{record.last_four}",
            "status": "{record.status}",
            "program_id": "{record.program_id}",
            "name_on_card": "{record.name_on_card}",
            "available_balance": "{record.available_balance}"
          }
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCardChangeStatusResult",
        "example": {
          "cardChangeStatus": {
            "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
            "accountId": "acca_dR4cAgLuv0naFhswOcZcI",
            "last_four": "0417",
            "status": "FRAUD_BLOCK",
            "program_id": "Virtual_Debit_Card",
            "name_on_card": "JESSIE U TESTMAN",
            "available_balance": 0
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0568eb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/statusAction",
                "schemaPath": "#/properties/statusAction/enum",
                "keyword": "enum",
                "params": {
                  "allowedValues": [
                    "ACTIVE",
                    "BLOCK",
                    "FRAUD_BLOCK",
                    "CLOSED"
                  ]
                },
                "message": "must be equal to one of the allowed values"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec0568fb7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C1005",
            "context": {
              "title": "cardsChangeStatus"
            },
            "message": "Change Card Status Decline (Closed Card)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardReIssue",
      "method": "POST",
      "path": "/condor/card/re-issue",
      "behaviour": {
        "kind": "create",
        "resource": "CondorCard"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCard",
        "example": {
          "cardId": "crda_gYVPQlVLIW0QETZzLQg1i1",
          "accountId": "acca_dR4cAgLuv0naFhswOcZcI",
          "last_four": "5521",
          "status": "NEW",
          "program_id": "Virtual_Debit_Card",
          "name_on_card": "JESSIE U TESTMAN",
          "available_balance": 0
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05691b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cardAttributes",
                "schemaPath": "#/properties/cardAttributes/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "issueType"
                },
                "message": "must have required property 'issueType'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec05692b7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C1006",
            "context": {
              "title": "cardsReissue"
            },
            "message": "Card Reissue Decline (Fraud Block)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardBalance",
      "method": "GET",
      "path": "/condor/card/balance/{cardId}",
      "behaviour": {
        "kind": "get",
        "resource": "CondorCard",
        "lookup": "path.cardId",
        "answer": {
          "cardId": "{record.cardId}",
          "available_balance": "{record.available_balance}",
          "currency_code": "USD"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{path.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCardBalance",
        "example": {
          "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
          "available_balance": 682.57,
          "currency_code": "USD"
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05693b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cardId",
                "schemaPath": "#/properties/cardId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorCardGet",
      "method": "GET",
      "path": "/condor/card/get/{cardId}",
      "behaviour": {
        "kind": "get",
        "resource": "CondorCard",
        "lookup": "path.cardId"
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{path.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorCard",
        "example": {
          "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
          "accountId": "acca_dR4cAgLuv0naFhswOcZcI",
          "last_four": "0417",
          "status": "ACTIVE",
          "program_id": "Virtual_Debit_Card",
          "name_on_card": "JESSIE U TESTMAN",
          "available_balance": 682.57
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05693b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/cardId",
                "schemaPath": "#/properties/cardId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorFinancialCredit",
      "method": "POST",
      "path": "/condor/financial/credit",
      "behaviour": {
        "kind": "create",
        "resource": "CondorTransaction",
        "answer": {
          "transaction": "{record}"
        },
        "merge": {
          "cardId": "{body.cardId}",
          "transaction_type": {
            "$from": "body.transactionType",
            "$default": "CREDIT"
          },
          "currency_code": "{body.currency}",
          "state": "COMPLETE"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorTransactionResult",
        "example": {
          "transaction": {
            "transaction_id": "cc_3mMsxtaBouaAe6mJGY0kty",
            "transaction_type": "CREDIT",
            "amount": 560.99,
            "currency_code": "USD",
            "state": "COMPLETE",
            "running_balance": 560.99,
            "iso_message_type": null
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec05698b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/amount",
                "schemaPath": "#/properties/amount/exclusiveMinimum",
                "keyword": "exclusiveMinimum",
                "params": {
                  "comparison": ">",
                  "limit": 0
                },
                "message": "must be > 0"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorFinancialDebit",
      "method": "POST",
      "path": "/condor/financial/debit",
      "behaviour": {
        "kind": "create",
        "resource": "CondorTransaction",
        "answer": {
          "transaction": "{record}"
        },
        "merge": {
          "cardId": "{body.cardId}",
          "transaction_type": {
            "$from": "body.transactionType",
            "$default": "DEBIT"
          },
          "currency_code": "{body.currency}",
          "state": "COMPLETE"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorTransactionResult",
        "example": {
          "transaction": {
            "transaction_id": "cc_7Pq2Rs4Tu6Vw8Xy0Za1Bc3",
            "transaction_type": "DEBIT",
            "amount": -15.62,
            "currency_code": "USD",
            "state": "COMPLETE",
            "running_balance": 545.37,
            "iso_message_type": null
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "2e7f9ab0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cardId"
                },
                "message": "must have required property 'cardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec05696b7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C2001",
            "context": {
              "title": "transactionsDebit"
            },
            "message": "Insufficient Funds"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorFinancialP2p",
      "method": "POST",
      "path": "/condor/financial/p2p",
      "behaviour": {
        "kind": "create",
        "resource": "CondorTransaction",
        "answer": {
          "transaction": "{record}"
        },
        "merge": {
          "cardId": "{body.sourceCardId}",
          "transaction_type": "P2P",
          "currency_code": "{body.currency}",
          "state": "COMPLETE"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the source card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.sourceCardId}"
            }
          }
        },
        {
          "that": "the beneficiary card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.beneficiaryCardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorTransactionResult",
        "example": {
          "transaction": {
            "transaction_id": "cc_9Ab8Cd7Ef6Gh5Ij4Kl3Mn2",
            "transaction_type": "DEBIT",
            "amount": -20,
            "currency_code": "USD",
            "state": "COMPLETE",
            "running_balance": 525.37,
            "iso_message_type": null
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0569bb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "beneficiaryCardId"
                },
                "message": "must have required property 'beneficiaryCardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec05696b7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C2001",
            "context": {
              "title": "transactionsDebit"
            },
            "message": "Insufficient Funds"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorTransactionHistory",
      "method": "POST",
      "path": "/condor/transaction/history",
      "behaviour": {
        "kind": "list",
        "resource": "CondorTransaction",
        "lookup": "body.cardId",
        "lookupField": "cardId",
        "filters": {
          "status": "state"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the card exists",
          "error": "cardNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorCard",
            "where": {
              "cardId": "{body.cardId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorTransactionHistory",
        "example": {
          "transactions": [
            {
              "transaction_id": "cc_7Pq2Rs4Tu6Vw8Xy0Za1Bc3",
              "transaction_type": "DEBIT",
              "amount": -15.62,
              "currency_code": "USD",
              "state": "COMPLETE",
              "running_balance": 545.37,
              "iso_message_type": null
            },
            {
              "transaction_id": "cc_3mMsxtaBouaAe6mJGY0kty",
              "transaction_type": "CREDIT",
              "amount": 560.99,
              "currency_code": "USD",
              "state": "COMPLETE",
              "running_balance": 560.99,
              "iso_message_type": null
            }
          ]
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "2e7f9ab0b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "cardId"
                },
                "message": "must have required property 'cardId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "cardNotFound": {
          "status": 400,
          "body": {
            "requestId": "1d6e8fa0b7a611edaaa621b3360f38c0",
            "code": "cardNotFound",
            "context": {
              "cFiCardId": "crda_0000000000000000000000"
            },
            "message": "Card not found (cFiCardId=crda_0000000000000000000000)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "condorTransactionReversal",
      "method": "POST",
      "path": "/condor/transaction/reversal",
      "behaviour": {
        "kind": "update",
        "resource": "CondorTransaction",
        "lookup": "body.transactionId",
        "answer": {
          "transaction": "{record}"
        }
      },
      "triggers": [],
      "prerequisites": [
        {
          "that": "the transaction exists",
          "error": "transactionNotFound",
          "fidelity": "designed",
          "exists": {
            "resource": "CondorTransaction",
            "where": {
              "transaction_id": "{body.transactionId}"
            }
          }
        }
      ],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorTransactionResult",
        "example": {
          "transaction": {
            "transaction_id": "cc_3mMsxtaBouaAe6mJGY0kty",
            "transaction_type": "DEBIT",
            "amount": -1.05,
            "currency_code": "USD",
            "state": "COMPLETE",
            "running_balance": 682.57,
            "iso_message_type": null
          }
        }
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec0569eb7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "",
                "schemaPath": "#/required",
                "keyword": "required",
                "params": {
                  "missingProperty": "transactionId"
                },
                "message": "must have required property 'transactionId'"
              }
            ],
            "message": "Request validation error"
          }
        },
        "transactionNotFound": {
          "status": 400,
          "body": {
            "requestId": "3ec0569fb7a611edaaa621b3360f38c0",
            "code": "transactionNotFound",
            "context": {
              "cFiTransactionId": "cc_0000000000000000000000"
            },
            "message": "Transaction not found (cFiTransactionId=cc_0000000000000000000000)"
          }
        },
        "extCondor": {
          "status": 400,
          "body": {
            "requestId": "3ec056a0b7a611edaaa621b3360f38c0",
            "code": "extCondor",
            "subCode": "C1004",
            "context": {
              "title": "transactionsReversal"
            },
            "message": "Reversal Decline (Inactive Card)"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerLookupCardList",
      "method": "GET",
      "path": "/card/list/{customerId}",
      "behaviour": {
        "kind": "list",
        "resource": "IbisCard",
        "lookup": "path.customerId",
        "lookupField": "customerId"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorLookupCardList",
        "example": {
          "cards": [
            {
              "id": "crda_cGlZwbpxTx6P3v39kZPqU",
              "cFiBoisId": "condor",
              "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
              "cFiAccountIds": [
                "acca_6HZVIVmmKm4KQjd7XZdAF2"
              ]
            },
            {
              "id": "crda_7hVIUPmJSXYBCQC5Q0NSMo",
              "cFiBoisId": "condor",
              "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
              "cFiAccountIds": [
                "acca_7j92ec6vyEMDTBRTRKSNlu"
              ]
            }
          ]
        },
        "examples": [
          {
            "cards": [
              {
                "id": "crda_cGlZwbpxTx6P3v39kZPqU",
                "cFiBoisId": "condor",
                "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
                "cFiAccountIds": [
                  "acca_6HZVIVmmKm4KQjd7XZdAF2"
                ]
              },
              {
                "id": "crda_7hVIUPmJSXYBCQC5Q0NSMo",
                "cFiBoisId": "condor",
                "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
                "cFiAccountIds": [
                  "acca_7j92ec6vyEMDTBRTRKSNlu"
                ]
              }
            ]
          },
          {
            "cards": []
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056a1b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    },
    {
      "operationId": "customerLookupAccountList",
      "method": "GET",
      "path": "/account/list/{customerId}",
      "behaviour": {
        "kind": "list",
        "resource": "IbisCard",
        "lookup": "path.customerId",
        "lookupField": "customerId"
      },
      "triggers": [],
      "prerequisites": [],
      "pattern": {
        "kind": "plain"
      },
      "success": {
        "status": 200,
        "enveloped": true,
        "dataSchemaName": "CondorLookupAccountList",
        "example": {
          "accounts": [
            {
              "id": "acca_6HZVIVmmKm4KQjd7XZdAF2",
              "cFiBoisId": "condor",
              "accountNumber": "12345678901234",
              "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
              "cFiCardIds": [
                "crda_cGlZwbpxTx6P3v39kZPqU"
              ],
              "routingParams": {
                "routingNumber": "084106768"
              }
            }
          ]
        },
        "examples": [
          {
            "accounts": [
              {
                "id": "acca_6HZVIVmmKm4KQjd7XZdAF2",
                "cFiBoisId": "condor",
                "accountNumber": "12345678901234",
                "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
                "cFiCardIds": [
                  "crda_cGlZwbpxTx6P3v39kZPqU"
                ],
                "routingParams": {
                  "routingNumber": "084106768"
                }
              }
            ]
          },
          {
            "accounts": []
          }
        ]
      },
      "errors": {
        "requestValidateError": {
          "status": 400,
          "body": {
            "requestId": "3ec056a1b7a611edaaa621b3360f38c0",
            "code": "requestValidateError",
            "context": [
              {
                "instancePath": "/customerId",
                "schemaPath": "#/properties/customerId/pattern",
                "keyword": "pattern",
                "params": {
                  "pattern": "^[0-9a-zA-Z_]+$"
                },
                "message": "must match pattern \"^[0-9a-zA-Z_]+$\""
              }
            ],
            "message": "Request validation error"
          }
        },
        "unauthorized": {
          "status": 401,
          "body": {
            "requestId": "5b2c0e4ab7a611edaaa621b3360f38c0",
            "code": "unauthorized",
            "context": {},
            "message": "Authentication error"
          }
        }
      }
    }
  ]
}
`);
