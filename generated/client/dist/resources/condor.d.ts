import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.condor`: The older `/condor` card-issuing endpoints. Use Card Issuing (`/ibis`) instead. */
export declare class CondorApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Open a debit card and checking account (deprecated)
	*
	* Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
	* Despite its name, this call does not create the customer:
	* it opens a checking account (`acca_...`) and a debit card (`crda_...`) for an existing customer whose KYC/KYB is
	* `APPROVED`, once per customer, and is the prerequisite of every other /condor call.
	* **Designed here:** the response (the vendor's was not captured) and the `condorCustomerExists` error.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/customer/create` (condorCustomerCreate)
	*
	* @deprecated Use `cfi.ibis.debitCardAdd()` (ibisDebitCardAdd) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.customerCreate({
	*   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
	*   "cardAttributes": {
	*     "productID": "Virtual_Debit_Card",
	*     "nameOnCard": "JESSIE U TESTMAN",
	*     "designId": "1",
	*     "addressType": "PRIMARY",
	*     "issueType": "NEW"
	*   }
	* });
	* ```
	*/
	customerCreate(body: T.CondorCustomerCreateBody, options?: RequestOptions): APIPromise<T.CondorCustomerCreateData>;
	/**
	* Update a customer (deprecated)
	*
	* Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
	* The connectFi customer record itself is changed with `POST /customer/update` (`customerUpdate`).
	* Changes or adds a customer's name, gender,
	* birth date, email, addresses and phones; any other property fails, and identification documents cannot change here.
	* **Designed here:** the response and lengths; the phone object was not captured.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/customer/update` (condorCustomerUpdate)
	*
	* @deprecated Use `cfi.ibis.cardCardholderProfile()` (ibisCardCardholderProfile) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.customerUpdate({
	*   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
	*   "email": "jessie.testman@example.com",
	*   "phones": [
	*     {
	*       "type": "MOBILE",
	*       "countryCode": "1",
	*       "number": "2155550143"
	*     }
	*   ]
	* });
	* ```
	*/
	customerUpdate(body: T.CondorCustomerUpdateBody, options?: RequestOptions): APIPromise<T.CondorCustomerUpdateData>;
	/**
	* Get a customer (deprecated)
	*
	* Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
	* The connectFi customer record itself is read with `GET /customer/status/{customerId}` (`customerStatus`).
	* Returns the customer as the /condor
	* processor holds it, under `condorCustomer`, in snake_case.
	* **Designed here:** required flags and lengths (the vendor shows the example only).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /condor/customer/get/{customerId}` (condorCustomerGet)
	*
	* @deprecated Use `cfi.ibis.cardCardholderProfile()` (ibisCardCardholderProfile) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.customerGet("csta_6clNH3W2pBehujY8mpTCU8");
	* ```
	*/
	customerGet(customerId: T.CondorCustomerGetPath["customerId"], options?: RequestOptions): APIPromise<T.CondorCustomerGetData>;
	/**
	* Add another debit card (deprecated)
	*
	* Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
	* Adds a further debit card, with its own checking account,
	* to a customer who has its /condor card; a customer can hold several. The card starts `NEW`.
	* **Designed here:** lengths, `cardId` and `accountId` in the response.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/card/add` (condorCardAdd)
	*
	* @deprecated Use `cfi.ibis.debitCardAdd()` (ibisDebitCardAdd) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardAdd({
	*   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
	*   "cardAttributes": {
	*     "productID": "Virtual_Debit_Card",
	*     "nameOnCard": "JESSIE U TESTMAN 2",
	*     "designId": "1",
	*     "addressType": "PRIMARY",
	*     "issueType": "NEW",
	*     "additionalData": {
	*       "designId": "1"
	*     }
	*   }
	* });
	* ```
	*/
	cardAdd(body: T.CondorCardAddBody, options?: RequestOptions): APIPromise<T.CondorCardAddData>;
	/**
	* Activate a debit card (deprecated)
	*
	* Replaced by `POST /ibis/card/activate` (`ibisCardActivate`); use that for new work.
	* Activates a `NEW` card; `BLOCK`, `FRAUD_BLOCK`, `CLOSED` and
	* `ACTIVE` cards cannot be (use change-status). Any `activateAttributes` given are checked against the card and customer.
	* **Designed here:** the response, the other-identification value field, and the `extCondor` example (only C1004 on set-pin is the vendor's).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/card/activate` (condorCardActivate)
	*
	* @deprecated Use `cfi.ibis.cardActivate()` (ibisCardActivate) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardActivate({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "activateAttributes": {
	*     "cardLastFour": "0417",
	*     "cardExpDate": "1027-27"
	*   }
	* });
	* ```
	*/
	cardActivate(body: T.CondorCardActivateBody, options?: RequestOptions): APIPromise<T.CondorCardActivateData>;
	/**
	* Set a debit card PIN (deprecated)
	*
	* Replaced by `POST /ibis/card/set-pin` (`ibisCardSetPin`); use that for new work.
	* Sets the 4-digit PIN of a `NEW` or `ACTIVE` card; `BLOCK`,
	* `FRAUD_BLOCK` and `CLOSED` cards are declined by the processor (`extCondor`). The PIN is protected as on
	* `/ibis/card/set-pin`: `encryptedPin` carries RSA-OAEP (SHA-256) of `<PIN>|<cardId>|<dtsNow>`, and the vendor's clear
	* `newPin` goes only through the tokenization gateway, so no PIN appears in clear here.
	* **Designed here:** `encryptedPin`.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/card/set-pin` (condorCardSetPin)
	*
	* @deprecated Use `cfi.ibis.cardSetPin()` (ibisCardSetPin) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardSetPin({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "encryptedPin": {
	*     "encryptedData": "cOjrl9lkq460ue_qsm-6mGBj6InvrKDtsOjio1_f_DDdmb0TE6SX3lWlHOzvK2uneZe86YRDdGmU2G0TwImUle9W17J4rZeGIVsIhbXX2T7L3TMcLW_w2RpUf8r-Z4zD9JzG1ZVnaCA0yPqftuGxEilVexsRMKbc2cFnDOQpe-IhA4VIHXZG91KWslnNc2Fzkh8saf9aggMzfW0UgBItjFOdwDiWslJ-W1q8QY9vvxL0pxgswfxwlxz_ah-S8ROwEH22N_k90oEq1LMrs0dpp7tBZw9b494ZYMc27tF-2ANx7niSdN1GLBCo6mRxoU2yuunPdOW5ArUr1WR1yDpN6A",
	*     "keyId": "je87i6-C2QJS7PHUAbJPqw"
	*   }
	* });
	* ```
	*/
	cardSetPin(body: T.CondorCardSetPinBody, options?: RequestOptions): APIPromise<T.CondorCardSetPinData>;
	/**
	* Change a debit card status (deprecated)
	*
	* Replaced by `POST /ibis/card/set-status` (`ibisCardSetStatus`); use that for new work.
	* Moves a card to `ACTIVE`, `BLOCK`, `FRAUD_BLOCK` or
	* `CLOSED`, with an optional reason. A `CLOSED` card never changes again.
	* **Designed here:** the changes out of `NEW` other than activation, `cardId`/`accountId` in the response, and the `extCondor` example's sub-code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/card/change-status` (condorCardChangeStatus)
	*
	* @deprecated Use `cfi.ibis.cardSetStatus()` (ibisCardSetStatus) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardChangeStatus({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "statusAction": "FRAUD_BLOCK",
	*   "reason": "Test space"
	* });
	* ```
	*/
	cardChangeStatus(body: T.CondorCardChangeStatusBody, options?: RequestOptions): APIPromise<T.CondorCardChangeStatusData>;
	/**
	* Reissue a debit card (deprecated)
	*
	* Replaced by `POST /ibis/card/reissue` (`ibisCardReissue`); use that for new work.
	* Reissues a card for an `issueType` (`NEW`, `REGISTRATION`,
	* `RE-ISSUE`, `EXPIRED`, `DAMAGED`). `CLOSED` and `FRAUD_BLOCK` cards cannot be reissued; a `BLOCK` card stays blocked.
	* **Designed here:** the response (the vendor's was not captured), lengths, and the `extCondor` example's sub-code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/card/re-issue` (condorCardReIssue)
	*
	* @deprecated Use `cfi.ibis.cardReissue()` (ibisCardReissue) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardReIssue({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "cardAttributes": {
	*     "issueType": "DAMAGED",
	*     "reference": "externalCrdId1234",
	*     "cardShippingMethod": "Standard"
	*   }
	* });
	* ```
	*/
	cardReIssue(body: T.CondorCardReIssueBody, options?: RequestOptions): APIPromise<T.CondorCardReIssueData>;
	/**
	* Get a debit card balance (deprecated)
	*
	* Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
	* Returns a card's available balance, which `/ibis/card/status` answers as `availableBalance`.
	* **Designed here:** the response (the vendor lists the endpoint only).
	* **Sandbox:** the card's `available_balance`, always in `USD` (designed).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `GET /condor/card/balance/{cardId}` (condorCardBalance)
	*
	* @deprecated Use `cfi.ibis.cardStatus()` (ibisCardStatus) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardBalance("crda_fO2N93TnJZvSmUgFFClUA");
	* ```
	*/
	cardBalance(cardId: T.CondorCardBalancePath["cardId"], options?: RequestOptions): APIPromise<T.CondorCardBalanceData>;
	/**
	* Get a debit card (deprecated)
	*
	* Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
	* Returns one card with its status and balance.
	* **Designed here:** the response, shaped like the change-status answer (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `GET /condor/card/get/{cardId}` (condorCardGet)
	*
	* @deprecated Use `cfi.ibis.cardStatus()` (ibisCardStatus) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.cardGet("crda_fO2N93TnJZvSmUgFFClUA");
	* ```
	*/
	cardGet(cardId: T.CondorCardGetPath["cardId"], options?: RequestOptions): APIPromise<T.CondorCardGetData>;
	/**
	* Load money onto a debit card (deprecated)
	*
	* Replaced by `POST /ibis/financial/funds-credit` (`ibisFinancialFundsCredit`); use that for new work.
	* Credits (loads) an amount greater than 0
	* onto a card, optionally with a reference, merchant and transaction type.
	* **Designed here:** the response (`transaction`, shaped like the reversal's answer) and lengths.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/financial/credit` (condorFinancialCredit)
	*
	* @deprecated Use `cfi.ibis.financialFundsCredit()` (ibisFinancialFundsCredit) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.financialCredit({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "amount": 560.99,
	*   "currency": "USD",
	*   "reference": "externlCrdtId123",
	*   "transactionType": "CREDIT"
	* });
	* ```
	*/
	financialCredit(body: T.CondorFinancialCreditBody, options?: RequestOptions): APIPromise<T.CondorFinancialCreditData>;
	/**
	* Take money from a debit card (deprecated)
	*
	* Replaced by `POST /ibis/financial/funds-debit` (`ibisFinancialFundsDebit`); use that for new work.
	* Debits an amount greater than 0 from an
	* `ACTIVE` card with enough balance; the card's withdrawal limits per time window apply even when the balance suffices.
	* **Designed here:** the response, lengths, and the `extCondor` example's sub-code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/financial/debit` (condorFinancialDebit)
	*
	* @deprecated Use `cfi.ibis.financialFundsDebit()` (ibisFinancialFundsDebit) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.financialDebit({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "amount": 15.62,
	*   "currency": "USD",
	*   "reference": "externlCrdtId123",
	*   "merchant": {
	*     "mcc": "5813",
	*     "mccName": "Restaurant",
	*     "mccGroup": "F002-Restaurant-Eating and Drinking Places",
	*     "name": "Fantastic Fancy Dining",
	*     "city": "Chicago",
	*     "region": "Mid-West",
	*     "countryCodeA3": "USA"
	*   },
	*   "transactionType": "DEBIT"
	* });
	* ```
	*/
	financialDebit(body: T.CondorFinancialDebitBody, options?: RequestOptions): APIPromise<T.CondorFinancialDebitData>;
	/**
	* Move money between two debit cards (deprecated)
	*
	* Replaced by `POST /ibis/financial/card-to-card` (`ibisFinancialCardToCard`); use that for new work.
	* Moves money from one card's account (the
	* source) to another's (the beneficiary).
	* **Designed here:** the whole body and response (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /condor/financial/p2p` (condorFinancialP2p)
	*
	* @deprecated Use `cfi.ibis.financialCardToCard()` (ibisFinancialCardToCard) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.financialP2p({
	*   "sourceCardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "beneficiaryCardId": "crda_5k11BrCFFq5BQX5VV2AnSU",
	*   "amount": 20,
	*   "currency": "USD",
	*   "reference": "p2p20230628x001"
	* });
	* ```
	*/
	financialP2p(body: T.CondorFinancialP2pBody, options?: RequestOptions): APIPromise<T.CondorFinancialP2pData>;
	/**
	* Get a debit card history (deprecated)
	*
	* Replaced by `POST /ibis/inquiry/transaction-history` (`ibisInquiryTransactionHistory`); use that for new work.
	* Lists a card's transactions,
	* newest first, optionally between two dates and of one status; with only `cardId`, the 20 most recent.
	* **Designed here:** the response key `transactions` and the bounds.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/transaction/history` (condorTransactionHistory)
	*
	* @deprecated Use `cfi.ibis.inquiryTransactionHistory()` (ibisInquiryTransactionHistory) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.transactionHistory({
	*   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
	*   "dateFrom": "2021-01-01",
	*   "dateTo": "2022-10-14",
	*   "offset": 2,
	*   "numberOfTransactions": 20
	* });
	* ```
	*/
	transactionHistory(body: T.CondorTransactionHistoryBody, options?: RequestOptions): APIPromise<T.CondorTransactionHistoryData>;
	/**
	* Reverse a debit card transaction (deprecated)
	*
	* Replaced by `POST /ibis/financial/reversal` (`ibisFinancialReversal`); use that for new work.
	* Reverses a completed transaction, unless the card
	* is `BLOCK`, `FRAUD_BLOCK` or `CLOSED` or its account cannot cover the reversal. The answer is the reversed
	* transaction with the new running balance.
	* **Designed here:** `transaction_id` in the response, lengths, and the `extCondor` example's title. The vendor's example id `cс_...` has a Cyrillic
	* second letter, outside its own id pattern; the examples here use `cc_`.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /condor/transaction/reversal` (condorTransactionReversal)
	*
	* @deprecated Use `cfi.ibis.financialReversal()` (ibisFinancialReversal) instead.
	* @example
	* ```ts
	* const data = await cfi.condor.transactionReversal({
	*   "transactionId": "cc_3mMsxtaBouaAe6mJGY0kty",
	*   "forcePost": false,
	*   "reason": "Transaction refund"
	* });
	* ```
	*/
	transactionReversal(body: T.CondorTransactionReversalBody, options?: RequestOptions): APIPromise<T.CondorTransactionReversalData>;
}
