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
const customerInit = {
  "operationId": "customerInit",
  "method": "post",
  "path": "/customer/init",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerUpdate = {
  "operationId": "customerUpdate",
  "method": "post",
  "path": "/customer/update",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerStatus = {
  "operationId": "customerStatus",
  "method": "get",
  "path": "/customer/status/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerAddEmployee = {
  "operationId": "customerAddEmployee",
  "method": "post",
  "path": "/customer/add-employee",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerDisableEmployee = {
  "operationId": "customerDisableEmployee",
  "method": "post",
  "path": "/customer/disable-employee",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaIdentification = {
  "operationId": "akepaIdentification",
  "method": "post",
  "path": "/akepa/identification",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaStatus = {
  "operationId": "akepaStatus",
  "method": "post",
  "path": "/akepa/status",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaStatusByCustomer = {
  "operationId": "akepaStatusByCustomer",
  "method": "get",
  "path": "/akepa/status/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaGenerateDocument = {
  "operationId": "akepaGenerateDocument",
  "method": "post",
  "path": "/akepa/document/generate",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaUploadDocument = {
  "operationId": "akepaUploadDocument",
  "method": "post",
  "path": "/akepa/document/upload/{documentId}",
  "authenticated": true,
  "requestContentType": "multipart/form-data",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const akepaUpdate = {
  "operationId": "akepaUpdate",
  "method": "post",
  "path": "/akepa/update",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const achValidate = {
  "operationId": "achValidate",
  "method": "post",
  "path": "/transfer-to/ach/validate",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const achQuery = {
  "operationId": "achQuery",
  "method": "post",
  "path": "/transfer-to/ach/query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const achList = {
  "operationId": "achList",
  "method": "post",
  "path": "/transfer-to/ach/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const achExportList = {
  "operationId": "achExportList",
  "method": "post",
  "path": "/transfer-to/ach/export-list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "text/csv",
  "enveloped": false,
  "pattern": {
    "kind": "export",
    "contentType": "text/csv"
  }
};
const achReturnRates = {
  "operationId": "achReturnRates",
  "method": "post",
  "path": "/transfer-to/ach/return-rates",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsBillersDownload = {
  "operationId": "billsBillersDownload",
  "method": "get",
  "path": "/transfer-to/bills/billers/download",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsBillersList = {
  "operationId": "billsBillersList",
  "method": "post",
  "path": "/transfer-to/bills/billers/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "billers",
    "maxPageSize": 100
  }
};
const billsBiller = {
  "operationId": "billsBiller",
  "method": "get",
  "path": "/transfer-to/bills/biller/{billerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsPublicEncryptionKeys = {
  "operationId": "billsPublicEncryptionKeys",
  "method": "get",
  "path": "/transfer-to/bills/public-encryption-keys",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsExecute = {
  "operationId": "billsExecute",
  "method": "post",
  "path": "/transfer-to/bills/execute",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsQuery = {
  "operationId": "billsQuery",
  "method": "post",
  "path": "/transfer-to/bills/query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const billsList = {
  "operationId": "billsList",
  "method": "post",
  "path": "/transfer-to/bills/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const billsSummary = {
  "operationId": "billsSummary",
  "method": "post",
  "path": "/transfer-to/bills/summary",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const billsExport = {
  "operationId": "billsExport",
  "method": "post",
  "path": "/transfer-to/bills/export",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "text/csv",
  "enveloped": false,
  "pattern": {
    "kind": "export",
    "contentType": "text/csv"
  }
};
const cardRegister = {
  "operationId": "cardRegister",
  "method": "post",
  "path": "/transfer-to/card/register",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const cardGet = {
  "operationId": "cardGet",
  "method": "get",
  "path": "/transfer-to/card/get/{cardId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const cardTransactionQuery = {
  "operationId": "cardTransactionQuery",
  "method": "post",
  "path": "/transfer-to/card/transactions-query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const cardListTransactions = {
  "operationId": "cardListTransactions",
  "method": "post",
  "path": "/transfer-to/card/list/transactions",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const cardReversal = {
  "operationId": "cardReversal",
  "method": "post",
  "path": "/transfer-to/card/reversal",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const wireQuery = {
  "operationId": "wireQuery",
  "method": "post",
  "path": "/transfer-to/wire/query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const wireList = {
  "operationId": "wireList",
  "method": "post",
  "path": "/transfer-to/wire/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const wireExportList = {
  "operationId": "wireExportList",
  "method": "post",
  "path": "/transfer-to/wire/export-list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "text/csv",
  "enveloped": false,
  "pattern": {
    "kind": "export",
    "contentType": "text/csv"
  }
};
const comboCardRegister = {
  "operationId": "comboCardRegister",
  "method": "post",
  "path": "/transfer-to/combo/card/register",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const comboQuery = {
  "operationId": "comboQuery",
  "method": "post",
  "path": "/transfer-to/combo/query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const acquiringRegister = {
  "operationId": "acquiringRegister",
  "method": "post",
  "path": "/acquiring/register",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const acquiringTransactionQuery = {
  "operationId": "acquiringTransactionQuery",
  "method": "post",
  "path": "/acquiring/transactions-query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiTransactionIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const acquiringList = {
  "operationId": "acquiringList",
  "method": "post",
  "path": "/acquiring/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const acquiringReversal = {
  "operationId": "acquiringReversal",
  "method": "post",
  "path": "/acquiring/reversal",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const checkGet = {
  "operationId": "checkGet",
  "method": "get",
  "path": "/check/get/{checkId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const checkQuery = {
  "operationId": "checkQuery",
  "method": "post",
  "path": "/check/query",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "query",
    "batchKeys": [
      "cFiCheckIds",
      "references"
    ],
    "maxBatch": 20
  }
};
const checkVoid = {
  "operationId": "checkVoid",
  "method": "post",
  "path": "/check/void",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const checkList = {
  "operationId": "checkList",
  "method": "post",
  "path": "/check/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "checks",
    "maxPageSize": 1e3
  }
};
const checkExportList = {
  "operationId": "checkExportList",
  "method": "post",
  "path": "/check/export-list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "text/csv",
  "enveloped": false,
  "pattern": {
    "kind": "export",
    "contentType": "text/csv"
  }
};
const ibisAccountAdd = {
  "operationId": "ibisAccountAdd",
  "method": "post",
  "path": "/ibis/account/add",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisDebitCardAdd = {
  "operationId": "ibisDebitCardAdd",
  "method": "post",
  "path": "/ibis/debit-card/add",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCreditCardApplication = {
  "operationId": "ibisCreditCardApplication",
  "method": "post",
  "path": "/ibis/credit-card/application",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCreditCardApplicationGet = {
  "operationId": "ibisCreditCardApplicationGet",
  "method": "get",
  "path": "/ibis/credit-card/application/{applicationId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCreditCardAdd = {
  "operationId": "ibisCreditCardAdd",
  "method": "post",
  "path": "/ibis/credit-card/add",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardActivate = {
  "operationId": "ibisCardActivate",
  "method": "post",
  "path": "/ibis/card/activate",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardSetPin = {
  "operationId": "ibisCardSetPin",
  "method": "post",
  "path": "/ibis/card/set-pin",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardCheckPin = {
  "operationId": "ibisCardCheckPin",
  "method": "post",
  "path": "/ibis/card/check-pin",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardStatus = {
  "operationId": "ibisCardStatus",
  "method": "post",
  "path": "/ibis/card/status",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardSetStatus = {
  "operationId": "ibisCardSetStatus",
  "method": "post",
  "path": "/ibis/card/set-status",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardCardholderProfile = {
  "operationId": "ibisCardCardholderProfile",
  "method": "post",
  "path": "/ibis/card/cardholder-profile",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardReissue = {
  "operationId": "ibisCardReissue",
  "method": "post",
  "path": "/ibis/card/reissue",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisCardList = {
  "operationId": "ibisCardList",
  "method": "post",
  "path": "/ibis/card/list",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "cards",
    "maxPageSize": 1e3
  }
};
const ibisCardGetAuthData = {
  "operationId": "ibisCardGetAuthData",
  "method": "post",
  "path": "/ibis/card/get-auth-data",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisFinancialCardToCard = {
  "operationId": "ibisFinancialCardToCard",
  "method": "post",
  "path": "/ibis/financial/card-to-card",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisFinancialFundsCredit = {
  "operationId": "ibisFinancialFundsCredit",
  "method": "post",
  "path": "/ibis/financial/funds-credit",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisFinancialFundsDebit = {
  "operationId": "ibisFinancialFundsDebit",
  "method": "post",
  "path": "/ibis/financial/funds-debit",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisFinancialReversal = {
  "operationId": "ibisFinancialReversal",
  "method": "post",
  "path": "/ibis/financial/reversal",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisFinancialRetrieve = {
  "operationId": "ibisFinancialRetrieve",
  "method": "post",
  "path": "/ibis/financial/retrieve",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const ibisInquiryTransactionHistory = {
  "operationId": "ibisInquiryTransactionHistory",
  "method": "post",
  "path": "/ibis/inquiry/transaction-history",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "list",
    "recordsKey": "transactions",
    "maxPageSize": 1e3
  }
};
const customerKycInit = {
  "operationId": "customerKycInit",
  "method": "post",
  "path": "/customer/kyc/init",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerKycAddAttributes = {
  "operationId": "customerKycAddAttributes",
  "method": "post",
  "path": "/customer/kyc/add-attributes",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerKycUpload = {
  "operationId": "customerKycUpload",
  "method": "post",
  "path": "/customer/kyc/upload/{customerId}/{documentId}",
  "authenticated": true,
  "requestContentType": "multipart/form-data",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerKycStatus = {
  "operationId": "customerKycStatus",
  "method": "get",
  "path": "/customer/kyc/status/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerKycDocumentLink = {
  "operationId": "customerKycDocumentLink",
  "method": "post",
  "path": "/customer/kyc/document-link",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const documentGenerate = {
  "operationId": "documentGenerate",
  "method": "post",
  "path": "/document/generate",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const documentUpload = {
  "operationId": "documentUpload",
  "method": "post",
  "path": "/document/upload/{documentId}",
  "authenticated": true,
  "requestContentType": "multipart/form-data",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCustomerCreate = {
  "operationId": "condorCustomerCreate",
  "method": "post",
  "path": "/condor/customer/create",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCustomerUpdate = {
  "operationId": "condorCustomerUpdate",
  "method": "post",
  "path": "/condor/customer/update",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCustomerGet = {
  "operationId": "condorCustomerGet",
  "method": "get",
  "path": "/condor/customer/get/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardAdd = {
  "operationId": "condorCardAdd",
  "method": "post",
  "path": "/condor/card/add",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardActivate = {
  "operationId": "condorCardActivate",
  "method": "post",
  "path": "/condor/card/activate",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardSetPin = {
  "operationId": "condorCardSetPin",
  "method": "post",
  "path": "/condor/card/set-pin",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardChangeStatus = {
  "operationId": "condorCardChangeStatus",
  "method": "post",
  "path": "/condor/card/change-status",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardReIssue = {
  "operationId": "condorCardReIssue",
  "method": "post",
  "path": "/condor/card/re-issue",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardBalance = {
  "operationId": "condorCardBalance",
  "method": "get",
  "path": "/condor/card/balance/{cardId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorCardGet = {
  "operationId": "condorCardGet",
  "method": "get",
  "path": "/condor/card/get/{cardId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorFinancialCredit = {
  "operationId": "condorFinancialCredit",
  "method": "post",
  "path": "/condor/financial/credit",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorFinancialDebit = {
  "operationId": "condorFinancialDebit",
  "method": "post",
  "path": "/condor/financial/debit",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorFinancialP2p = {
  "operationId": "condorFinancialP2p",
  "method": "post",
  "path": "/condor/financial/p2p",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorTransactionHistory = {
  "operationId": "condorTransactionHistory",
  "method": "post",
  "path": "/condor/transaction/history",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const condorTransactionReversal = {
  "operationId": "condorTransactionReversal",
  "method": "post",
  "path": "/condor/transaction/reversal",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerLookupCardList = {
  "operationId": "customerLookupCardList",
  "method": "get",
  "path": "/card/list/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const customerLookupAccountList = {
  "operationId": "customerLookupAccountList",
  "method": "get",
  "path": "/account/list/{customerId}",
  "authenticated": true,
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  }
};
const achCreate = {
  "operationId": "achCreate",
  "method": "post",
  "path": "/transfer-to/ach/create",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": achQuery
};
const billsInitiate = {
  "operationId": "billsInitiate",
  "method": "post",
  "path": "/transfer-to/bills/initiate",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": billsQuery
};
const cardPush = {
  "operationId": "cardPush",
  "method": "post",
  "path": "/transfer-to/card/push",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": cardTransactionQuery
};
const cardPull = {
  "operationId": "cardPull",
  "method": "post",
  "path": "/transfer-to/card/pull",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": cardTransactionQuery
};
const wireCreate = {
  "operationId": "wireCreate",
  "method": "post",
  "path": "/transfer-to/wire",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": wireQuery
};
const comboCreate = {
  "operationId": "comboCreate",
  "method": "post",
  "path": "/transfer-to/combo/create",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": comboQuery
};
const acquiringPull = {
  "operationId": "acquiringPull",
  "method": "post",
  "path": "/acquiring/pull",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": acquiringTransactionQuery
};
const checkPrint = {
  "operationId": "checkPrint",
  "method": "post",
  "path": "/check/print",
  "authenticated": true,
  "requestContentType": "application/json",
  "responseContentType": "application/json",
  "enveloped": true,
  "pattern": {
    "kind": "plain"
  },
  "recoverByQuery": checkQuery
};
const operationMeta = { authGetToken, userChangePassword, healthCheck, customerInit, customerUpdate, customerStatus, customerAddEmployee, customerDisableEmployee, akepaIdentification, akepaStatus, akepaStatusByCustomer, akepaGenerateDocument, akepaUploadDocument, akepaUpdate, achCreate, achValidate, achQuery, achList, achExportList, achReturnRates, billsBillersDownload, billsBillersList, billsBiller, billsPublicEncryptionKeys, billsInitiate, billsExecute, billsQuery, billsList, billsSummary, billsExport, cardRegister, cardGet, cardPush, cardPull, cardTransactionQuery, cardListTransactions, cardReversal, wireCreate, wireQuery, wireList, wireExportList, comboCardRegister, comboCreate, comboQuery, acquiringRegister, acquiringPull, acquiringTransactionQuery, acquiringList, acquiringReversal, checkPrint, checkGet, checkQuery, checkVoid, checkList, checkExportList, ibisAccountAdd, ibisDebitCardAdd, ibisCreditCardApplication, ibisCreditCardApplicationGet, ibisCreditCardAdd, ibisCardActivate, ibisCardSetPin, ibisCardCheckPin, ibisCardStatus, ibisCardSetStatus, ibisCardCardholderProfile, ibisCardReissue, ibisCardList, ibisCardGetAuthData, ibisFinancialCardToCard, ibisFinancialFundsCredit, ibisFinancialFundsDebit, ibisFinancialReversal, ibisFinancialRetrieve, ibisInquiryTransactionHistory, customerKycInit, customerKycAddAttributes, customerKycUpload, customerKycStatus, customerKycDocumentLink, documentGenerate, documentUpload, condorCustomerCreate, condorCustomerUpdate, condorCustomerGet, condorCardAdd, condorCardActivate, condorCardSetPin, condorCardChangeStatus, condorCardReIssue, condorCardBalance, condorCardGet, condorFinancialCredit, condorFinancialDebit, condorFinancialP2p, condorTransactionHistory, condorTransactionReversal, customerLookupCardList, customerLookupAccountList };
const openRoutes = /* @__PURE__ */ new Set([
  "POST /auth/get-token",
  "GET /health"
]);
export {
  openRoutes,
  operationMeta
};
