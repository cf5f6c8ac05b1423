import type { operations } from "./schema.js";
import type { Awaitable, HandlerAnswer, HandlerInput, RequestBodyOf, WithFiles } from "./runtime/handler-types.js";
/**
* One handler per operation of the connectFi API. Each receives the validated input and returns one of the
* responses the spec documents for it: `{ status: 200, body }`, `{ status: 400, body: errorEnvelope }`.
* `Principal` is what your `authenticate` hook returns for a token.
*/
export interface ConnectFiHandlers<Principal = unknown> {
	/**
	* Get an access token.
	* 
	* `POST /auth/get-token` (open: no token), fidelity documented.
	*/
	authGetToken(input: HandlerInput<operations["authGetToken"], undefined, RequestBodyOf<operations["authGetToken"]>>): Awaitable<HandlerAnswer<operations["authGetToken"]>>;
	/**
	* Change the API user's password.
	* 
	* `POST /user/change-password`, fidelity documented.
	*/
	userChangePassword(input: HandlerInput<operations["userChangePassword"], Principal, RequestBodyOf<operations["userChangePassword"]>>): Awaitable<HandlerAnswer<operations["userChangePassword"]>>;
	/**
	* Check that the instance is up.
	* 
	* `GET /health` (open: no token), fidelity designed.
	*/
	healthCheck(input: HandlerInput<operations["healthCheck"], undefined, RequestBodyOf<operations["healthCheck"]>>): Awaitable<HandlerAnswer<operations["healthCheck"]>>;
	/**
	* Register a customer.
	* 
	* `POST /customer/init`, fidelity partial.
	*/
	customerInit(input: HandlerInput<operations["customerInit"], Principal, RequestBodyOf<operations["customerInit"]>>): Awaitable<HandlerAnswer<operations["customerInit"]>>;
	/**
	* Update a customer's contact details.
	* 
	* `POST /customer/update`, fidelity partial.
	*/
	customerUpdate(input: HandlerInput<operations["customerUpdate"], Principal, RequestBodyOf<operations["customerUpdate"]>>): Awaitable<HandlerAnswer<operations["customerUpdate"]>>;
	/**
	* Get a customer.
	* 
	* `GET /customer/status/{customerId}`, fidelity partial.
	*/
	customerStatus(input: HandlerInput<operations["customerStatus"], Principal, RequestBodyOf<operations["customerStatus"]>>): Awaitable<HandlerAnswer<operations["customerStatus"]>>;
	/**
	* Add an employee to a business.
	* 
	* `POST /customer/add-employee`, fidelity partial.
	*/
	customerAddEmployee(input: HandlerInput<operations["customerAddEmployee"], Principal, RequestBodyOf<operations["customerAddEmployee"]>>): Awaitable<HandlerAnswer<operations["customerAddEmployee"]>>;
	/**
	* Disable an employee of a business.
	* 
	* `POST /customer/disable-employee`, fidelity partial.
	*/
	customerDisableEmployee(input: HandlerInput<operations["customerDisableEmployee"], Principal, RequestBodyOf<operations["customerDisableEmployee"]>>): Awaitable<HandlerAnswer<operations["customerDisableEmployee"]>>;
	/**
	* Start a KYC/KYB application.
	* 
	* `POST /akepa/identification`, fidelity partial.
	*/
	akepaIdentification(input: HandlerInput<operations["akepaIdentification"], Principal, RequestBodyOf<operations["akepaIdentification"]>>): Awaitable<HandlerAnswer<operations["akepaIdentification"]>>;
	/**
	* Get a KYC/KYB application.
	* 
	* `POST /akepa/status`, fidelity partial.
	*/
	akepaStatus(input: HandlerInput<operations["akepaStatus"], Principal, RequestBodyOf<operations["akepaStatus"]>>): Awaitable<HandlerAnswer<operations["akepaStatus"]>>;
	/**
	* Get a customer's latest KYC/KYB application (older form).
	* 
	* `GET /akepa/status/{customerId}`, fidelity partial.
	* @deprecated Replaced by akepaStatus.
	*/
	akepaStatusByCustomer(input: HandlerInput<operations["akepaStatusByCustomer"], Principal, RequestBodyOf<operations["akepaStatusByCustomer"]>>): Awaitable<HandlerAnswer<operations["akepaStatusByCustomer"]>>;
	/**
	* Declare a KYC/KYB document.
	* 
	* `POST /akepa/document/generate`, fidelity partial.
	*/
	akepaGenerateDocument(input: HandlerInput<operations["akepaGenerateDocument"], Principal, RequestBodyOf<operations["akepaGenerateDocument"]>>): Awaitable<HandlerAnswer<operations["akepaGenerateDocument"]>>;
	/**
	* Upload a KYC/KYB document's file.
	* 
	* `POST /akepa/document/upload/{documentId}`, fidelity partial.
	*/
	akepaUploadDocument(input: HandlerInput<operations["akepaUploadDocument"], Principal, WithFiles<RequestBodyOf<operations["akepaUploadDocument"]>, "file", never>>): Awaitable<HandlerAnswer<operations["akepaUploadDocument"]>>;
	/**
	* Link uploaded documents to a KYC/KYB application.
	* 
	* `POST /akepa/update`, fidelity partial.
	*/
	akepaUpdate(input: HandlerInput<operations["akepaUpdate"], Principal, RequestBodyOf<operations["akepaUpdate"]>>): Awaitable<HandlerAnswer<operations["akepaUpdate"]>>;
	/**
	* Create an ACH transfer.
	* 
	* `POST /transfer-to/ach/create`, fidelity partial.
	*/
	achCreate(input: HandlerInput<operations["achCreate"], Principal, RequestBodyOf<operations["achCreate"]>>): Awaitable<HandlerAnswer<operations["achCreate"]>>;
	/**
	* Validate an ACH transfer without creating it.
	* 
	* `POST /transfer-to/ach/validate`, fidelity partial.
	*/
	achValidate(input: HandlerInput<operations["achValidate"], Principal, RequestBodyOf<operations["achValidate"]>>): Awaitable<HandlerAnswer<operations["achValidate"]>>;
	/**
	* Query ACH transfers by ids or references.
	* 
	* `POST /transfer-to/ach/query`, fidelity partial.
	*/
	achQuery(input: HandlerInput<operations["achQuery"], Principal, RequestBodyOf<operations["achQuery"]>>): Awaitable<HandlerAnswer<operations["achQuery"]>>;
	/**
	* List ACH transfers.
	* 
	* `POST /transfer-to/ach/list`, fidelity partial.
	*/
	achList(input: HandlerInput<operations["achList"], Principal, RequestBodyOf<operations["achList"]>>): Awaitable<HandlerAnswer<operations["achList"]>>;
	/**
	* Export ACH transfers as CSV.
	* 
	* `POST /transfer-to/ach/export-list`, fidelity partial.
	*/
	achExportList(input: HandlerInput<operations["achExportList"], Principal, RequestBodyOf<operations["achExportList"]>>): Awaitable<HandlerAnswer<operations["achExportList"]>>;
	/**
	* Get the client's ACH return rates.
	* 
	* `POST /transfer-to/ach/return-rates`, fidelity partial.
	*/
	achReturnRates(input: HandlerInput<operations["achReturnRates"], Principal, RequestBodyOf<operations["achReturnRates"]>>): Awaitable<HandlerAnswer<operations["achReturnRates"]>>;
	/**
	* Download the whole RPPS biller directory.
	* 
	* `GET /transfer-to/bills/billers/download`, fidelity partial.
	*/
	billsBillersDownload(input: HandlerInput<operations["billsBillersDownload"], Principal, RequestBodyOf<operations["billsBillersDownload"]>>): Awaitable<HandlerAnswer<operations["billsBillersDownload"]>>;
	/**
	* Search the RPPS biller directory.
	* 
	* `POST /transfer-to/bills/billers/list`, fidelity partial.
	*/
	billsBillersList(input: HandlerInput<operations["billsBillersList"], Principal, RequestBodyOf<operations["billsBillersList"]>>): Awaitable<HandlerAnswer<operations["billsBillersList"]>>;
	/**
	* Get one RPPS biller with its addresses and masks.
	* 
	* `GET /transfer-to/bills/biller/{billerId}`, fidelity partial.
	*/
	billsBiller(input: HandlerInput<operations["billsBiller"], Principal, RequestBodyOf<operations["billsBiller"]>>): Awaitable<HandlerAnswer<operations["billsBiller"]>>;
	/**
	* Get the public keys for encrypting account numbers.
	* 
	* `GET /transfer-to/bills/public-encryption-keys`, fidelity partial.
	*/
	billsPublicEncryptionKeys(input: HandlerInput<operations["billsPublicEncryptionKeys"], Principal, RequestBodyOf<operations["billsPublicEncryptionKeys"]>>): Awaitable<HandlerAnswer<operations["billsPublicEncryptionKeys"]>>;
	/**
	* Initiate a bill payment to an RPPS biller.
	* 
	* `POST /transfer-to/bills/initiate`, fidelity partial.
	*/
	billsInitiate(input: HandlerInput<operations["billsInitiate"], Principal, RequestBodyOf<operations["billsInitiate"]>>): Awaitable<HandlerAnswer<operations["billsInitiate"]>>;
	/**
	* Execute an initiated bill payment.
	* 
	* `POST /transfer-to/bills/execute`, fidelity partial.
	*/
	billsExecute(input: HandlerInput<operations["billsExecute"], Principal, RequestBodyOf<operations["billsExecute"]>>): Awaitable<HandlerAnswer<operations["billsExecute"]>>;
	/**
	* Query bill payments by ids or references.
	* 
	* `POST /transfer-to/bills/query`, fidelity designed.
	*/
	billsQuery(input: HandlerInput<operations["billsQuery"], Principal, RequestBodyOf<operations["billsQuery"]>>): Awaitable<HandlerAnswer<operations["billsQuery"]>>;
	/**
	* List bill payments.
	* 
	* `POST /transfer-to/bills/list`, fidelity designed.
	*/
	billsList(input: HandlerInput<operations["billsList"], Principal, RequestBodyOf<operations["billsList"]>>): Awaitable<HandlerAnswer<operations["billsList"]>>;
	/**
	* Get one day's RPPS settlement summary.
	* 
	* `POST /transfer-to/bills/summary`, fidelity partial.
	*/
	billsSummary(input: HandlerInput<operations["billsSummary"], Principal, RequestBodyOf<operations["billsSummary"]>>): Awaitable<HandlerAnswer<operations["billsSummary"]>>;
	/**
	* Export bill payments as CSV.
	* 
	* `POST /transfer-to/bills/export`, fidelity partial.
	*/
	billsExport(input: HandlerInput<operations["billsExport"], Principal, RequestBodyOf<operations["billsExport"]>>): Awaitable<HandlerAnswer<operations["billsExport"]>>;
	/**
	* Register an external card.
	* 
	* `POST /transfer-to/card/register`, fidelity partial.
	*/
	cardRegister(input: HandlerInput<operations["cardRegister"], Principal, RequestBodyOf<operations["cardRegister"]>>): Awaitable<HandlerAnswer<operations["cardRegister"]>>;
	/**
	* Get a registered card.
	* 
	* `GET /transfer-to/card/get/{cardId}`, fidelity designed.
	*/
	cardGet(input: HandlerInput<operations["cardGet"], Principal, RequestBodyOf<operations["cardGet"]>>): Awaitable<HandlerAnswer<operations["cardGet"]>>;
	/**
	* Push money to a registered card.
	* 
	* `POST /transfer-to/card/push`, fidelity partial.
	*/
	cardPush(input: HandlerInput<operations["cardPush"], Principal, RequestBodyOf<operations["cardPush"]>>): Awaitable<HandlerAnswer<operations["cardPush"]>>;
	/**
	* Pull money from a registered card.
	* 
	* `POST /transfer-to/card/pull`, fidelity partial.
	*/
	cardPull(input: HandlerInput<operations["cardPull"], Principal, RequestBodyOf<operations["cardPull"]>>): Awaitable<HandlerAnswer<operations["cardPull"]>>;
	/**
	* Query push and pull transactions.
	* 
	* `POST /transfer-to/card/transactions-query`, fidelity partial.
	*/
	cardTransactionQuery(input: HandlerInput<operations["cardTransactionQuery"], Principal, RequestBodyOf<operations["cardTransactionQuery"]>>): Awaitable<HandlerAnswer<operations["cardTransactionQuery"]>>;
	/**
	* List push and pull transactions.
	* 
	* `POST /transfer-to/card/list/transactions`, fidelity partial.
	*/
	cardListTransactions(input: HandlerInput<operations["cardListTransactions"], Principal, RequestBodyOf<operations["cardListTransactions"]>>): Awaitable<HandlerAnswer<operations["cardListTransactions"]>>;
	/**
	* Reverse a pull from a card.
	* 
	* `POST /transfer-to/card/reversal`, fidelity designed.
	*/
	cardReversal(input: HandlerInput<operations["cardReversal"], Principal, RequestBodyOf<operations["cardReversal"]>>): Awaitable<HandlerAnswer<operations["cardReversal"]>>;
	/**
	* Send a wire.
	* 
	* `POST /transfer-to/wire`, fidelity partial.
	*/
	wireCreate(input: HandlerInput<operations["wireCreate"], Principal, RequestBodyOf<operations["wireCreate"]>>): Awaitable<HandlerAnswer<operations["wireCreate"]>>;
	/**
	* Query wires by ids or references.
	* 
	* `POST /transfer-to/wire/query`, fidelity partial.
	*/
	wireQuery(input: HandlerInput<operations["wireQuery"], Principal, RequestBodyOf<operations["wireQuery"]>>): Awaitable<HandlerAnswer<operations["wireQuery"]>>;
	/**
	* List wires.
	* 
	* `POST /transfer-to/wire/list`, fidelity partial.
	*/
	wireList(input: HandlerInput<operations["wireList"], Principal, RequestBodyOf<operations["wireList"]>>): Awaitable<HandlerAnswer<operations["wireList"]>>;
	/**
	* Export wires as CSV.
	* 
	* `POST /transfer-to/wire/export-list`, fidelity partial.
	*/
	wireExportList(input: HandlerInput<operations["wireExportList"], Principal, RequestBodyOf<operations["wireExportList"]>>): Awaitable<HandlerAnswer<operations["wireExportList"]>>;
	/**
	* Register an external card for unified payments.
	* 
	* `POST /transfer-to/combo/card/register`, fidelity partial.
	*/
	comboCardRegister(input: HandlerInput<operations["comboCardRegister"], Principal, RequestBodyOf<operations["comboCardRegister"]>>): Awaitable<HandlerAnswer<operations["comboCardRegister"]>>;
	/**
	* Send a payment on any rail.
	* 
	* `POST /transfer-to/combo/create`, fidelity partial.
	*/
	comboCreate(input: HandlerInput<operations["comboCreate"], Principal, RequestBodyOf<operations["comboCreate"]>>): Awaitable<HandlerAnswer<operations["comboCreate"]>>;
	/**
	* Query payments on any rail.
	* 
	* `POST /transfer-to/combo/query`, fidelity partial.
	*/
	comboQuery(input: HandlerInput<operations["comboQuery"], Principal, RequestBodyOf<operations["comboQuery"]>>): Awaitable<HandlerAnswer<operations["comboQuery"]>>;
	/**
	* Register a customer's card for acquiring.
	* 
	* `POST /acquiring/register`, fidelity partial.
	*/
	acquiringRegister(input: HandlerInput<operations["acquiringRegister"], Principal, RequestBodyOf<operations["acquiringRegister"]>>): Awaitable<HandlerAnswer<operations["acquiringRegister"]>>;
	/**
	* Charge a registered card.
	* 
	* `POST /acquiring/pull`, fidelity partial.
	*/
	acquiringPull(input: HandlerInput<operations["acquiringPull"], Principal, RequestBodyOf<operations["acquiringPull"]>>): Awaitable<HandlerAnswer<operations["acquiringPull"]>>;
	/**
	* Query acquiring transactions.
	* 
	* `POST /acquiring/transactions-query`, fidelity partial.
	*/
	acquiringTransactionQuery(input: HandlerInput<operations["acquiringTransactionQuery"], Principal, RequestBodyOf<operations["acquiringTransactionQuery"]>>): Awaitable<HandlerAnswer<operations["acquiringTransactionQuery"]>>;
	/**
	* List acquiring transactions.
	* 
	* `POST /acquiring/list`, fidelity partial.
	*/
	acquiringList(input: HandlerInput<operations["acquiringList"], Principal, RequestBodyOf<operations["acquiringList"]>>): Awaitable<HandlerAnswer<operations["acquiringList"]>>;
	/**
	* Reverse a charge.
	* 
	* `POST /acquiring/reversal`, fidelity designed.
	*/
	acquiringReversal(input: HandlerInput<operations["acquiringReversal"], Principal, RequestBodyOf<operations["acquiringReversal"]>>): Awaitable<HandlerAnswer<operations["acquiringReversal"]>>;
	/**
	* Print and mail a check.
	* 
	* `POST /check/print`, fidelity partial.
	*/
	checkPrint(input: HandlerInput<operations["checkPrint"], Principal, RequestBodyOf<operations["checkPrint"]>>): Awaitable<HandlerAnswer<operations["checkPrint"]>>;
	/**
	* Get a check.
	* 
	* `GET /check/get/{checkId}`, fidelity partial.
	*/
	checkGet(input: HandlerInput<operations["checkGet"], Principal, RequestBodyOf<operations["checkGet"]>>): Awaitable<HandlerAnswer<operations["checkGet"]>>;
	/**
	* Query checks.
	* 
	* `POST /check/query`, fidelity partial.
	*/
	checkQuery(input: HandlerInput<operations["checkQuery"], Principal, RequestBodyOf<operations["checkQuery"]>>): Awaitable<HandlerAnswer<operations["checkQuery"]>>;
	/**
	* Void a check.
	* 
	* `POST /check/void`, fidelity partial.
	*/
	checkVoid(input: HandlerInput<operations["checkVoid"], Principal, RequestBodyOf<operations["checkVoid"]>>): Awaitable<HandlerAnswer<operations["checkVoid"]>>;
	/**
	* List checks.
	* 
	* `POST /check/list`, fidelity partial.
	*/
	checkList(input: HandlerInput<operations["checkList"], Principal, RequestBodyOf<operations["checkList"]>>): Awaitable<HandlerAnswer<operations["checkList"]>>;
	/**
	* Export checks as CSV.
	* 
	* `POST /check/export-list`, fidelity partial.
	*/
	checkExportList(input: HandlerInput<operations["checkExportList"], Principal, RequestBodyOf<operations["checkExportList"]>>): Awaitable<HandlerAnswer<operations["checkExportList"]>>;
	/**
	* Open a vAccount without a card.
	* 
	* `POST /ibis/account/add`, fidelity designed.
	*/
	ibisAccountAdd(input: HandlerInput<operations["ibisAccountAdd"], Principal, RequestBodyOf<operations["ibisAccountAdd"]>>): Awaitable<HandlerAnswer<operations["ibisAccountAdd"]>>;
	/**
	* Issue a debit card.
	* 
	* `POST /ibis/debit-card/add`, fidelity partial.
	*/
	ibisDebitCardAdd(input: HandlerInput<operations["ibisDebitCardAdd"], Principal, RequestBodyOf<operations["ibisDebitCardAdd"]>>): Awaitable<HandlerAnswer<operations["ibisDebitCardAdd"]>>;
	/**
	* Apply for credit.
	* 
	* `POST /ibis/credit-card/application`, fidelity designed.
	*/
	ibisCreditCardApplication(input: HandlerInput<operations["ibisCreditCardApplication"], Principal, RequestBodyOf<operations["ibisCreditCardApplication"]>>): Awaitable<HandlerAnswer<operations["ibisCreditCardApplication"]>>;
	/**
	* Get a credit application.
	* 
	* `GET /ibis/credit-card/application/{applicationId}`, fidelity designed.
	*/
	ibisCreditCardApplicationGet(input: HandlerInput<operations["ibisCreditCardApplicationGet"], Principal, RequestBodyOf<operations["ibisCreditCardApplicationGet"]>>): Awaitable<HandlerAnswer<operations["ibisCreditCardApplicationGet"]>>;
	/**
	* Issue a credit card.
	* 
	* `POST /ibis/credit-card/add`, fidelity partial.
	*/
	ibisCreditCardAdd(input: HandlerInput<operations["ibisCreditCardAdd"], Principal, RequestBodyOf<operations["ibisCreditCardAdd"]>>): Awaitable<HandlerAnswer<operations["ibisCreditCardAdd"]>>;
	/**
	* Activate a card.
	* 
	* `POST /ibis/card/activate`, fidelity partial.
	*/
	ibisCardActivate(input: HandlerInput<operations["ibisCardActivate"], Principal, RequestBodyOf<operations["ibisCardActivate"]>>): Awaitable<HandlerAnswer<operations["ibisCardActivate"]>>;
	/**
	* Set or change a card PIN.
	* 
	* `POST /ibis/card/set-pin`, fidelity partial.
	*/
	ibisCardSetPin(input: HandlerInput<operations["ibisCardSetPin"], Principal, RequestBodyOf<operations["ibisCardSetPin"]>>): Awaitable<HandlerAnswer<operations["ibisCardSetPin"]>>;
	/**
	* Check a card PIN.
	* 
	* `POST /ibis/card/check-pin`, fidelity designed.
	*/
	ibisCardCheckPin(input: HandlerInput<operations["ibisCardCheckPin"], Principal, RequestBodyOf<operations["ibisCardCheckPin"]>>): Awaitable<HandlerAnswer<operations["ibisCardCheckPin"]>>;
	/**
	* Get a card.
	* 
	* `POST /ibis/card/status`, fidelity partial.
	*/
	ibisCardStatus(input: HandlerInput<operations["ibisCardStatus"], Principal, RequestBodyOf<operations["ibisCardStatus"]>>): Awaitable<HandlerAnswer<operations["ibisCardStatus"]>>;
	/**
	* Change a card status.
	* 
	* `POST /ibis/card/set-status`, fidelity partial.
	*/
	ibisCardSetStatus(input: HandlerInput<operations["ibisCardSetStatus"], Principal, RequestBodyOf<operations["ibisCardSetStatus"]>>): Awaitable<HandlerAnswer<operations["ibisCardSetStatus"]>>;
	/**
	* Get the cardholder of a card.
	* 
	* `POST /ibis/card/cardholder-profile`, fidelity designed.
	*/
	ibisCardCardholderProfile(input: HandlerInput<operations["ibisCardCardholderProfile"], Principal, RequestBodyOf<operations["ibisCardCardholderProfile"]>>): Awaitable<HandlerAnswer<operations["ibisCardCardholderProfile"]>>;
	/**
	* Reissue a card.
	* 
	* `POST /ibis/card/reissue`, fidelity partial.
	*/
	ibisCardReissue(input: HandlerInput<operations["ibisCardReissue"], Principal, RequestBodyOf<operations["ibisCardReissue"]>>): Awaitable<HandlerAnswer<operations["ibisCardReissue"]>>;
	/**
	* List the cards of a customer.
	* 
	* `POST /ibis/card/list`, fidelity designed.
	*/
	ibisCardList(input: HandlerInput<operations["ibisCardList"], Principal, RequestBodyOf<operations["ibisCardList"]>>): Awaitable<HandlerAnswer<operations["ibisCardList"]>>;
	/**
	* Get the card data for its cardholder.
	* 
	* `POST /ibis/card/get-auth-data`, fidelity designed.
	*/
	ibisCardGetAuthData(input: HandlerInput<operations["ibisCardGetAuthData"], Principal, RequestBodyOf<operations["ibisCardGetAuthData"]>>): Awaitable<HandlerAnswer<operations["ibisCardGetAuthData"]>>;
	/**
	* Move money between two cards.
	* 
	* `POST /ibis/financial/card-to-card`, fidelity partial.
	*/
	ibisFinancialCardToCard(input: HandlerInput<operations["ibisFinancialCardToCard"], Principal, RequestBodyOf<operations["ibisFinancialCardToCard"]>>): Awaitable<HandlerAnswer<operations["ibisFinancialCardToCard"]>>;
	/**
	* Load money onto a card.
	* 
	* `POST /ibis/financial/funds-credit`, fidelity designed.
	*/
	ibisFinancialFundsCredit(input: HandlerInput<operations["ibisFinancialFundsCredit"], Principal, RequestBodyOf<operations["ibisFinancialFundsCredit"]>>): Awaitable<HandlerAnswer<operations["ibisFinancialFundsCredit"]>>;
	/**
	* Take money back from a card.
	* 
	* `POST /ibis/financial/funds-debit`, fidelity designed.
	*/
	ibisFinancialFundsDebit(input: HandlerInput<operations["ibisFinancialFundsDebit"], Principal, RequestBodyOf<operations["ibisFinancialFundsDebit"]>>): Awaitable<HandlerAnswer<operations["ibisFinancialFundsDebit"]>>;
	/**
	* Reverse a card-to-card transfer.
	* 
	* `POST /ibis/financial/reversal`, fidelity partial.
	*/
	ibisFinancialReversal(input: HandlerInput<operations["ibisFinancialReversal"], Principal, RequestBodyOf<operations["ibisFinancialReversal"]>>): Awaitable<HandlerAnswer<operations["ibisFinancialReversal"]>>;
	/**
	* Get a funds transfer.
	* 
	* `POST /ibis/financial/retrieve`, fidelity designed.
	*/
	ibisFinancialRetrieve(input: HandlerInput<operations["ibisFinancialRetrieve"], Principal, RequestBodyOf<operations["ibisFinancialRetrieve"]>>): Awaitable<HandlerAnswer<operations["ibisFinancialRetrieve"]>>;
	/**
	* Get the transaction history of a card.
	* 
	* `POST /ibis/inquiry/transaction-history`, fidelity designed.
	*/
	ibisInquiryTransactionHistory(input: HandlerInput<operations["ibisInquiryTransactionHistory"], Principal, RequestBodyOf<operations["ibisInquiryTransactionHistory"]>>): Awaitable<HandlerAnswer<operations["ibisInquiryTransactionHistory"]>>;
	/**
	* Start the older KYC process.
	* 
	* `POST /customer/kyc/init`, fidelity partial.
	* @deprecated Replaced by akepaIdentification.
	*/
	customerKycInit(input: HandlerInput<operations["customerKycInit"], Principal, RequestBodyOf<operations["customerKycInit"]>>): Awaitable<HandlerAnswer<operations["customerKycInit"]>>;
	/**
	* Add card attributes to the older KYC process.
	* 
	* `POST /customer/kyc/add-attributes`, fidelity partial.
	* @deprecated Replaced by customerUpdate.
	*/
	customerKycAddAttributes(input: HandlerInput<operations["customerKycAddAttributes"], Principal, RequestBodyOf<operations["customerKycAddAttributes"]>>): Awaitable<HandlerAnswer<operations["customerKycAddAttributes"]>>;
	/**
	* Upload a document for the older KYC process.
	* 
	* `POST /customer/kyc/upload/{customerId}/{documentId}`, fidelity partial.
	* @deprecated Replaced by akepaUploadDocument.
	*/
	customerKycUpload(input: HandlerInput<operations["customerKycUpload"], Principal, WithFiles<RequestBodyOf<operations["customerKycUpload"]>, "file", never>>): Awaitable<HandlerAnswer<operations["customerKycUpload"]>>;
	/**
	* Get a customer's state in the older KYC process.
	* 
	* `GET /customer/kyc/status/{customerId}`, fidelity partial.
	* @deprecated Replaced by akepaStatus.
	*/
	customerKycStatus(input: HandlerInput<operations["customerKycStatus"], Principal, RequestBodyOf<operations["customerKycStatus"]>>): Awaitable<HandlerAnswer<operations["customerKycStatus"]>>;
	/**
	* Link a document to a customer in the older KYC process.
	* 
	* `POST /customer/kyc/document-link`, fidelity designed.
	* @deprecated Replaced by akepaUpdate.
	*/
	customerKycDocumentLink(input: HandlerInput<operations["customerKycDocumentLink"], Principal, RequestBodyOf<operations["customerKycDocumentLink"]>>): Awaitable<HandlerAnswer<operations["customerKycDocumentLink"]>>;
	/**
	* Create a document id (older flow).
	* 
	* `POST /document/generate`, fidelity documented.
	* @deprecated Replaced by akepaGenerateDocument.
	*/
	documentGenerate(input: HandlerInput<operations["documentGenerate"], Principal, RequestBodyOf<operations["documentGenerate"]>>): Awaitable<HandlerAnswer<operations["documentGenerate"]>>;
	/**
	* Upload a document's file (older flow).
	* 
	* `POST /document/upload/{documentId}`, fidelity partial.
	* @deprecated Replaced by akepaUploadDocument.
	*/
	documentUpload(input: HandlerInput<operations["documentUpload"], Principal, WithFiles<RequestBodyOf<operations["documentUpload"]>, "file", never>>): Awaitable<HandlerAnswer<operations["documentUpload"]>>;
	/**
	* Open a debit card and checking account (deprecated).
	* 
	* `POST /condor/customer/create`, fidelity partial.
	* @deprecated Replaced by ibisDebitCardAdd.
	*/
	condorCustomerCreate(input: HandlerInput<operations["condorCustomerCreate"], Principal, RequestBodyOf<operations["condorCustomerCreate"]>>): Awaitable<HandlerAnswer<operations["condorCustomerCreate"]>>;
	/**
	* Update a customer (deprecated).
	* 
	* `POST /condor/customer/update`, fidelity partial.
	* @deprecated Replaced by ibisCardCardholderProfile.
	*/
	condorCustomerUpdate(input: HandlerInput<operations["condorCustomerUpdate"], Principal, RequestBodyOf<operations["condorCustomerUpdate"]>>): Awaitable<HandlerAnswer<operations["condorCustomerUpdate"]>>;
	/**
	* Get a customer (deprecated).
	* 
	* `GET /condor/customer/get/{customerId}`, fidelity partial.
	* @deprecated Replaced by ibisCardCardholderProfile.
	*/
	condorCustomerGet(input: HandlerInput<operations["condorCustomerGet"], Principal, RequestBodyOf<operations["condorCustomerGet"]>>): Awaitable<HandlerAnswer<operations["condorCustomerGet"]>>;
	/**
	* Add another debit card (deprecated).
	* 
	* `POST /condor/card/add`, fidelity partial.
	* @deprecated Replaced by ibisDebitCardAdd.
	*/
	condorCardAdd(input: HandlerInput<operations["condorCardAdd"], Principal, RequestBodyOf<operations["condorCardAdd"]>>): Awaitable<HandlerAnswer<operations["condorCardAdd"]>>;
	/**
	* Activate a debit card (deprecated).
	* 
	* `POST /condor/card/activate`, fidelity partial.
	* @deprecated Replaced by ibisCardActivate.
	*/
	condorCardActivate(input: HandlerInput<operations["condorCardActivate"], Principal, RequestBodyOf<operations["condorCardActivate"]>>): Awaitable<HandlerAnswer<operations["condorCardActivate"]>>;
	/**
	* Set a debit card PIN (deprecated).
	* 
	* `POST /condor/card/set-pin`, fidelity partial.
	* @deprecated Replaced by ibisCardSetPin.
	*/
	condorCardSetPin(input: HandlerInput<operations["condorCardSetPin"], Principal, RequestBodyOf<operations["condorCardSetPin"]>>): Awaitable<HandlerAnswer<operations["condorCardSetPin"]>>;
	/**
	* Change a debit card status (deprecated).
	* 
	* `POST /condor/card/change-status`, fidelity partial.
	* @deprecated Replaced by ibisCardSetStatus.
	*/
	condorCardChangeStatus(input: HandlerInput<operations["condorCardChangeStatus"], Principal, RequestBodyOf<operations["condorCardChangeStatus"]>>): Awaitable<HandlerAnswer<operations["condorCardChangeStatus"]>>;
	/**
	* Reissue a debit card (deprecated).
	* 
	* `POST /condor/card/re-issue`, fidelity partial.
	* @deprecated Replaced by ibisCardReissue.
	*/
	condorCardReIssue(input: HandlerInput<operations["condorCardReIssue"], Principal, RequestBodyOf<operations["condorCardReIssue"]>>): Awaitable<HandlerAnswer<operations["condorCardReIssue"]>>;
	/**
	* Get a debit card balance (deprecated).
	* 
	* `GET /condor/card/balance/{cardId}`, fidelity designed.
	* @deprecated Replaced by ibisCardStatus.
	*/
	condorCardBalance(input: HandlerInput<operations["condorCardBalance"], Principal, RequestBodyOf<operations["condorCardBalance"]>>): Awaitable<HandlerAnswer<operations["condorCardBalance"]>>;
	/**
	* Get a debit card (deprecated).
	* 
	* `GET /condor/card/get/{cardId}`, fidelity designed.
	* @deprecated Replaced by ibisCardStatus.
	*/
	condorCardGet(input: HandlerInput<operations["condorCardGet"], Principal, RequestBodyOf<operations["condorCardGet"]>>): Awaitable<HandlerAnswer<operations["condorCardGet"]>>;
	/**
	* Load money onto a debit card (deprecated).
	* 
	* `POST /condor/financial/credit`, fidelity partial.
	* @deprecated Replaced by ibisFinancialFundsCredit.
	*/
	condorFinancialCredit(input: HandlerInput<operations["condorFinancialCredit"], Principal, RequestBodyOf<operations["condorFinancialCredit"]>>): Awaitable<HandlerAnswer<operations["condorFinancialCredit"]>>;
	/**
	* Take money from a debit card (deprecated).
	* 
	* `POST /condor/financial/debit`, fidelity partial.
	* @deprecated Replaced by ibisFinancialFundsDebit.
	*/
	condorFinancialDebit(input: HandlerInput<operations["condorFinancialDebit"], Principal, RequestBodyOf<operations["condorFinancialDebit"]>>): Awaitable<HandlerAnswer<operations["condorFinancialDebit"]>>;
	/**
	* Move money between two debit cards (deprecated).
	* 
	* `POST /condor/financial/p2p`, fidelity designed.
	* @deprecated Replaced by ibisFinancialCardToCard.
	*/
	condorFinancialP2p(input: HandlerInput<operations["condorFinancialP2p"], Principal, RequestBodyOf<operations["condorFinancialP2p"]>>): Awaitable<HandlerAnswer<operations["condorFinancialP2p"]>>;
	/**
	* Get a debit card history (deprecated).
	* 
	* `POST /condor/transaction/history`, fidelity partial.
	* @deprecated Replaced by ibisInquiryTransactionHistory.
	*/
	condorTransactionHistory(input: HandlerInput<operations["condorTransactionHistory"], Principal, RequestBodyOf<operations["condorTransactionHistory"]>>): Awaitable<HandlerAnswer<operations["condorTransactionHistory"]>>;
	/**
	* Reverse a debit card transaction (deprecated).
	* 
	* `POST /condor/transaction/reversal`, fidelity partial.
	* @deprecated Replaced by ibisFinancialReversal.
	*/
	condorTransactionReversal(input: HandlerInput<operations["condorTransactionReversal"], Principal, RequestBodyOf<operations["condorTransactionReversal"]>>): Awaitable<HandlerAnswer<operations["condorTransactionReversal"]>>;
	/**
	* List the cards of a customer (deprecated).
	* 
	* `GET /card/list/{customerId}`, fidelity partial.
	* @deprecated Replaced by ibisCardList.
	*/
	customerLookupCardList(input: HandlerInput<operations["customerLookupCardList"], Principal, RequestBodyOf<operations["customerLookupCardList"]>>): Awaitable<HandlerAnswer<operations["customerLookupCardList"]>>;
	/**
	* List the accounts of a customer (deprecated).
	* 
	* `GET /account/list/{customerId}`, fidelity partial.
	* @deprecated Replaced by ibisCardList.
	*/
	customerLookupAccountList(input: HandlerInput<operations["customerLookupAccountList"], Principal, RequestBodyOf<operations["customerLookupAccountList"]>>): Awaitable<HandlerAnswer<operations["customerLookupAccountList"]>>;
}
export type OperationId = keyof ConnectFiHandlers;
/** What the handler of `K` receives. */
export type HandlerInputOf<
	K extends OperationId,
	Principal = unknown
> = Parameters<ConnectFiHandlers<Principal>[K]>[0];
/** What the handler of `K` may answer. */
export type HandlerAnswerOf<K extends OperationId> = Awaited<ReturnType<ConnectFiHandlers[K]>>;
