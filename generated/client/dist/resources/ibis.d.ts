import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.ibis`: Issue debit and credit cards and virtual accounts, manage them and move money between them (`/ibis`). */
export declare class IbisApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Open a vAccount without a card
	*
	* Opens an /ibis vAccount for an existing customer, with no card attached. The answer carries the account number
	* `vAccountNumber` and the routing number `abaRoutingNumber`, so the account can receive ACH and wires. Check the
	* customer's KYC/KYB outcome first (`/customer/status/{customerId}` or `/akepa/status`). The vAccount's `cFiAccountId`
	* can stand in for `cFiCardId` on every `/ibis/card/*` endpoint. Idempotent on `reference`.
	* **Designed here:** the request body, the response record (`IbisCard` with `productType: vAccount`) and the
	* `customerNotFound` and `kycNotApproved` errors.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/account/add` (ibisAccountAdd)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.accountAdd({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "reference": "acct20230628x001",
	*   "cardProgramId": "Evolve_Test"
	* });
	* ```
	*/
	accountAdd(body: T.IbisAccountAddBody, options?: RequestOptions): APIPromise<T.IbisAccountAddData>;
	/**
	* Issue a debit card
	*
	* Issues a debit card, with its own vAccount, to an existing customer who passed KYC/KYB. The card starts in status
	* `A` (issued, not active): activate it with `/ibis/card/activate` once the cardholder has it, and set its PIN with
	* `/ibis/card/set-pin`. Idempotent on `reference`.
	* **Designed here:** required flags and lengths (the vendor shows the shape through the credit-card example), the
	* response record, `customerNotFound` and `kycNotApproved` (the vendor states the rule, a card only for an
	* initialized customer whose documents are uploaded and whose KYC is APPROVED, but not its code).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/debit-card/add` (ibisDebitCardAdd)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.debitCardAdd({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "reference": "card20230628x001",
	*   "cardProgramId": "Evolve_Test",
	*   "profile": {
	*     "nameOnCard": "JANE DOE",
	*     "occupation": "Engineer"
	*   }
	* });
	* ```
	*/
	debitCardAdd(body: T.IbisDebitCardAddBody, options?: RequestOptions): APIPromise<T.IbisDebitCardAddData>;
	/**
	* Apply for credit
	*
	* Starts a credit application for an existing customer who passed KYC/KYB. The decision may come at once or later:
	* poll `GET /ibis/credit-card/application/{applicationId}`. Once `approved`, issue the card with
	* `/ibis/credit-card/add`, up to `approvedCreditLimit`. Idempotent on `reference`.
	* **Designed here:** the request body, the response record and its status values (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/credit-card/application` (ibisCreditCardApplication)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.creditCardApplication({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "reference": "credit20230628x001",
	*   "cardProgramId": "Evolve_Test",
	*   "requestedCreditLimit": 500,
	*   "annualIncome": 54000,
	*   "webhookUrl": "https://client.example.com/connectfi/webhooks"
	* });
	* ```
	*/
	creditCardApplication(body: T.IbisCreditCardApplicationBody, options?: RequestOptions): APIPromise<T.IbisCreditCardApplicationData>;
	/**
	* Get a credit application
	*
	* Returns a credit application and, once decided, its outcome and `approvedCreditLimit`.
	* **Designed here:** the response record and the `creditApplicationNotFound` error (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `GET /ibis/credit-card/application/{applicationId}` (ibisCreditCardApplicationGet)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.creditCardApplicationGet("gsa_6pQw2ZrT8yNc4LkV1bXm9D");
	* ```
	*/
	creditCardApplicationGet(applicationId: T.IbisCreditCardApplicationGetPath["applicationId"], options?: RequestOptions): APIPromise<T.IbisCreditCardApplicationGetData>;
	/**
	* Issue a credit card
	*
	* Issues a credit card to a customer whose credit application is `approved`, with a `creditLimit` up to the approved
	* limit. The card starts in status `A`, like a debit card. Idempotent on `reference`.
	* **Designed here:** required flags and lengths (the vendor shows only the example), the response record and the `creditApplicationStatus` and `creditLimitExceeded` errors.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/credit-card/add` (ibisCreditCardAdd)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.creditCardAdd({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "reference": "ccard20230628x001",
	*   "cardProgramId": "Evolve_Test",
	*   "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
	*   "profile": {
	*     "occupation": "Engineer",
	*     "nameOnCard": "JANE DOE"
	*   },
	*   "creditLimit": 500
	* });
	* ```
	*/
	creditCardAdd(body: T.IbisCreditCardAddBody, options?: RequestOptions): APIPromise<T.IbisCreditCardAddData>;
	/**
	* Activate a card
	*
	* Activates a card or vAccount: its status becomes `B` (on). Allowed from `A` (issued), and from `S` (off) to turn a
	* card back on. A vAccount's `cFiAccountId` can stand in for `cFiCardId`. `attributes.cardExpDate` (MMYY), when given, must match the card, which proves the cardholder
	* holds it.
	* **Designed here:** the response record and the `ibisCardStatus` and `cardExpDateMismatch` errors. The vendor's page also allows `I`, which its status table does not; the lifecycle follows the table.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/card/activate` (ibisCardActivate)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardActivate({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "attributes": {
	*     "cardExpDate": "0627"
	*   }
	* });
	* ```
	*/
	cardActivate(body: T.IbisCardActivateBody, options?: RequestOptions): APIPromise<T.IbisCardActivateData>;
	/**
	* Set or change a card PIN
	*
	* Sets a card's 4-digit PIN, first or again. Allowed while the card is `A` or `B`; `/ibis/card/check-pin` succeeds only
	* after a PIN was set. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	*
	* PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
	* `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
	* `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
	* minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
	*
	* **Designed here:** the PIN protection (`encryptedPin`, its plaintext and key), the response record and the `ibisCardStatus` and `ibisPinDecrypt` errors.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/card/set-pin` (ibisCardSetPin)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardSetPin({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "encryptedPin": {
	*     "encryptedData": "EyL6Y0gqYg4NbZBglk2Evmm6YIpbTb6i-H8FhYobPhMmLvdON695lQuwTsIMxJxUfAa17L6v-tbJHfhyVNJWMfb5lBAUV9zL-Ckh_mwSQ6OdeLgA7giu7OqeSIQZsQ_4F2afZnkRP8Y9gxQYErOPE2Gpmw9pHMtU8HG2Mfa28H38CeKqTJ-QMvOqF30jYZ-pg5FaKcmO_Blg8BrLhhBrBwzZcAoSECA5HvTN9EB5u2MxtAYipmVU-uP0xH-TC6mTs99vPUgU8Fc80D-HQ8uSBdN_s1g9hmbdCnxteY7ZrGTRm2x1pTbLZ8zJ_E37DZUFKSffLeg26rR8UVQlvyRMkg",
	*     "keyId": "je87i6-C2QJS7PHUAbJPqw"
	*   }
	* });
	* ```
	*/
	cardSetPin(body: T.IbisCardSetPinBody, options?: RequestOptions): APIPromise<T.IbisCardSetPinData>;
	/**
	* Check a card PIN
	*
	* Tells whether a PIN is the card's. Allowed only while the card is `B`, after `/ibis/card/set-pin`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	*
	* PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
	* `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
	* `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
	* minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
	*
	* **Designed here:** the PIN protection, the response record `IbisPinCheck` and the errors.
	* **Sandbox:** keeps no PIN, so every PIN block it can decrypt is valid with 3 attempts left (designed).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/card/check-pin` (ibisCardCheckPin)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardCheckPin({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "encryptedPin": {
	*     "encryptedData": "9sw1howIE7PwB3uX9lgTRnlGgJk-acgOyEK_oOW3Zz5Y7EiWDun19hXMbzt_0qKJC-BwBKy2MEPCAxd0bk8jgWOpauKj96-Q2UeC0oth0c1P0R7Z5aSWDzt9QOg-or3lelENam-akoJ_iPl0qV8wnMex744k-cJfgi7rXm8vgHa7W44rdh_c1ppzKBIhHymR13Pi1FekBedi2mzjtfF-yJJJyrpHkRNyclrsohdGE-Z_a4p7V3d31L4Sc2rG6lY-DGzG7ECuE13vFMwQbNohTMEIC_-0rcx9Ek7JS5WaWRNhiri_1Hw1Is_CxeJBvmPuLtJlOnAW9N3y8ETIhNwx7A",
	*     "keyId": "je87i6-C2QJS7PHUAbJPqw"
	*   }
	* });
	* ```
	*/
	cardCheckPin(body: T.IbisCardCheckPinBody, options?: RequestOptions): APIPromise<T.IbisCardCheckPinData>;
	/**
	* Get a card
	*
	* Returns a card or vAccount with its status code, found by exactly one of `cFiCardId` or the `reference` it was
	* added with (sending both fails). A vAccount's `cFiAccountId` can stand in for `cFiCardId`. Allowed in every status.
	* **Designed here:** the response record beyond `statusCode` (the vendor says it returns "the available details").
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/card/status` (ibisCardStatus)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardStatus({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
	* });
	* ```
	*/
	cardStatus(body: T.IbisCardStatusBody, options?: RequestOptions): APIPromise<T.IbisCardStatusData>;
	/**
	* Change a card status
	*
	* Moves a card or vAccount to `B` (on), `I` (inactive), `S` (off: fraud or lost) or `F` (closed), with an optional
	* `description` of up to 60 characters. Only the changes of the `IbisCardStatus` lifecycle are allowed: `A` can never be
	* set, and a closed card (`F`) never changes. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the response record and the `ibisStatusChange` error (the request is the vendor's).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/card/set-status` (ibisCardSetStatus)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardSetStatus({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "statusCode": "B"
	* });
	* ```
	*/
	cardSetStatus(body: T.IbisCardSetStatusBody, options?: RequestOptions): APIPromise<T.IbisCardSetStatusData>;
	/**
	* Get the cardholder of a card
	*
	* Returns the person behind a card: the name on the card and the customer's name, address and contacts. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the request and response (the vendor lists the endpoint only).
	* **Sandbox:** the name on the card is the one the card was added with, else `CARDHOLDER`; the rest is the stored customer's (designed).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/card/cardholder-profile` (ibisCardCardholderProfile)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardCardholderProfile({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
	* });
	* ```
	*/
	cardCardholderProfile(body: T.IbisCardCardholderProfileBody, options?: RequestOptions): APIPromise<T.IbisCardCardholderProfileData>;
	/**
	* Reissue a card
	*
	* Reissues a card with the same card number (`reissueType` `1`, or `2` with a new expiry) or a new one (`3`, e.g. after
	* loss or theft), for a `reasonCode`; which types and reasons are allowed depends on the card program. The answer is the
	* reissued card. A closed card (`F`) cannot be reissued. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the response record and the errors; the vendor's optional `profile` object is not captured.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/card/reissue` (ibisCardReissue)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardReissue({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "reference": "reissue20230901x001",
	*   "reissueType": "3",
	*   "reasonCode": "3",
	*   "cardShippingMethodId": "2"
	* });
	* ```
	*/
	cardReissue(body: T.IbisCardReissueBody, options?: RequestOptions): APIPromise<T.IbisCardReissueData>;
	/**
	* List the cards of a customer
	*
	* Lists a customer's cards and vAccounts, optionally of one status, with the shared list pattern: at most 1000 per
	* page (`numberOfRecords`), paged with `skipRecords`, and `more: true` when more match.
	* **Designed here:** the filters beyond `customerId`, and the array's key `cards`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/card/list` (ibisCardList)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardList({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
	* });
	* ```
	*/
	cardList(body: T.IbisCardListBody, options?: RequestOptions): APIPromise<T.IbisCardListData>;
	/**
	* Every record of `cardList`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists a customer's cards and vAccounts, optionally of one status, with the shared list pattern: at most 1000 per
	* page (`numberOfRecords`), paged with `skipRecords`, and `more: true` when more match.
	* **Designed here:** the filters beyond `customerId`, and the array's key `cards`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/card/list` (ibisCardList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.ibis.cardListAll({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	cardListAll(filter: T.IbisCardListBody, options?: RequestOptions): AsyncGenerator<T.IbisCardListRecord>;
	/**
	* Get the card data for its cardholder
	*
	* Returns the card's full PAN, expiry and CVV for showing to its own cardholder (for example a virtual card in the
	* client's app), never in clear: `authData` is `PAN|expiryYYYYMM|CVV` encrypted with RSA-OAEP (SHA-256) under the
	* client's public key that PayGears registered, named by `keyId`. Decrypt only on the cardholder's device. Needs the
	* token like every call. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the whole exchange (the vendor lists the endpoint only).
	* **Sandbox:** answers the documented `authData` for every card (it holds no card data and no client key; designed).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/card/get-auth-data` (ibisCardGetAuthData)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.cardGetAuthData({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
	* });
	* ```
	*/
	cardGetAuthData(body: T.IbisCardGetAuthDataBody, options?: RequestOptions): APIPromise<T.IbisCardGetAuthDataData>;
	/**
	* Move money between two cards
	*
	* Moves money from one issued card or vAccount to another, at once. The debited card (`cardFromId`) must be in status
	* `B` (on); anything else fails with `ibisCardStatus`. The two ids must differ, which JSON Schema cannot express (it
	* compares no two values), so connectFi checks it (`ibisSameCard`). Only USD. A transfer between two cards of one card
	* program can later be reversed with `/ibis/financial/reversal`. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** required flags, the response record, and the `ibisSameCard` and `insufficientFunds` errors.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/financial/card-to-card` (ibisFinancialCardToCard)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.financialCardToCard({
	*   "reference": "c2c20230628x001",
	*   "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "cardToId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
	*   "description": "Lunch split",
	*   "amount": 25.5,
	*   "currency": "USD"
	* });
	* ```
	*/
	financialCardToCard(body: T.IbisFinancialCardToCardBody, options?: RequestOptions): APIPromise<T.IbisFinancialCardToCardData>;
	/**
	* Load money onto a card
	*
	* Pushes money from the client's settlement account onto a card or vAccount, at once. The card must not be closed
	* (`F`). Only USD. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/financial/funds-credit` (ibisFinancialFundsCredit)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.financialFundsCredit({
	*   "reference": "load20230628x001",
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "description": "Payroll advance",
	*   "amount": 100,
	*   "currency": "USD"
	* });
	* ```
	*/
	financialFundsCredit(body: T.IbisFinancialFundsCreditBody, options?: RequestOptions): APIPromise<T.IbisFinancialFundsCreditData>;
	/**
	* Take money back from a card
	*
	* Pulls money from a card or vAccount back to the client's settlement account, at once. Like every debit of a card, it
	* needs the card in status `B` (`ibisCardStatus` otherwise) and enough available balance. Only USD. Idempotent on
	* `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/financial/funds-debit` (ibisFinancialFundsDebit)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.financialFundsDebit({
	*   "reference": "unload20230628x001",
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "description": "Advance repaid",
	*   "amount": 40,
	*   "currency": "USD"
	* });
	* ```
	*/
	financialFundsDebit(body: T.IbisFinancialFundsDebitBody, options?: RequestOptions): APIPromise<T.IbisFinancialFundsDebitData>;
	/**
	* Reverse a card-to-card transfer
	*
	* Reverses a card-to-card transfer, in whole (no `amount`) or in part (`amount` > 0, at most what is left). Only
	* card-to-card transfers between two cards of the same `cardProgramId` can be reversed; that rule compares two stored
	* cards, so no schema can state it, and connectFi refuses others with `ibisReversalNotAllowed`. The answer is the
	* reversal itself (`transferType: reversal`, `originalFundsId` the reversed transfer), whose amount moves back from
	* `cardToId` to `cardFromId`.
	* **Designed here:** the response record and the `ibisReversalNotAllowed` and `ibisReversalAmountExceeded` errors (the body is the vendor's). Reversals of funds-credit and funds-debit are not supported.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /ibis/financial/reversal` (ibisFinancialReversal)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.financialReversal({
	*   "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E"
	* });
	* ```
	*/
	financialReversal(body: T.IbisFinancialReversalBody, options?: RequestOptions): APIPromise<T.IbisFinancialReversalData>;
	/**
	* Get a funds transfer
	*
	* Returns one /ibis funds transfer (card-to-card, credit, debit or reversal), found by exactly one of `cFiFundsId` or
	* its `reference`, with how much of it was reversed.
	* **Designed here:** the body and the response (the vendor lists the endpoint only).
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/financial/retrieve` (ibisFinancialRetrieve)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.financialRetrieve({
	*   "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E"
	* });
	* ```
	*/
	financialRetrieve(body: T.IbisFinancialRetrieveBody, options?: RequestOptions): APIPromise<T.IbisFinancialRetrieveData>;
	/**
	* Get the transaction history of a card
	*
	* Lists a card's transactions between `dateFrom` and `dateTo` (both required, inclusive, `YYYY-MM-DD`), newest first:
	* card purchases, ATM withdrawals and refunds, and /ibis funds transfers. A range that is too broad fails with
	* `badTimeFrameRequest`, one that ends before it starts with `invalidDateRange`. At most 1000 per page, with
	* `skipRecords` and `more`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** everything but `dateFrom` and `dateTo`: the paging, the record and the array's key `transactions`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/inquiry/transaction-history` (ibisInquiryTransactionHistory)
	*
	* @example
	* ```ts
	* const data = await cfi.ibis.inquiryTransactionHistory({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "dateFrom": "2023-06-01",
	*   "dateTo": "2023-06-30"
	* });
	* ```
	*/
	inquiryTransactionHistory(body: T.IbisInquiryTransactionHistoryBody, options?: RequestOptions): APIPromise<T.IbisInquiryTransactionHistoryData>;
	/**
	* Every record of `inquiryTransactionHistory`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists a card's transactions between `dateFrom` and `dateTo` (both required, inclusive, `YYYY-MM-DD`), newest first:
	* card purchases, ATM withdrawals and refunds, and /ibis funds transfers. A range that is too broad fails with
	* `badTimeFrameRequest`, one that ends before it starts with `invalidDateRange`. At most 1000 per page, with
	* `skipRecords` and `more`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
	* **Designed here:** everything but `dateFrom` and `dateTo`: the paging, the record and the array's key `transactions`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /ibis/inquiry/transaction-history` (ibisInquiryTransactionHistory)
	*
	* @example
	* ```ts
	* for await (const record of cfi.ibis.inquiryTransactionHistoryAll({
	*   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
	*   "dateFrom": "2023-06-01",
	*   "dateTo": "2023-06-30"
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	inquiryTransactionHistoryAll(filter: T.IbisInquiryTransactionHistoryBody, options?: RequestOptions): AsyncGenerator<T.IbisInquiryTransactionHistoryRecord>;
}
