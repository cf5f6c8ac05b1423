import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.acquiring`: Accept debit and credit card payments as a merchant. */
export declare class AcquiringApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Register a customer's card for acquiring
	*
	* Registers the debit or credit card of a customer who pays you, with the same body as
	* `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (encrypted by you with
	* RSA-OAEP SHA-256, 342 base64url characters and a `keyId`) or `clearCard` (redacted by connectFi's tokenization
	* gateway). The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same
	* card can be registered several times under different references; a repeated `reference` fails with
	* `referenceExists`.
	*
	* **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the acquiring error page
	* was not available, so the push/pull register's `toucanClearCardNotRedacted` is taken to apply.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /acquiring/register` (acquiringRegister)
	*
	* @example
	* ```ts
	* const data = await cfi.acquiring.register({
	*   "reference": "ref20230628x001",
	*   "card": {
	*     "encryptedData": "sEf2Hdz4qyz5vIiE8n3uFQAOBEo_Xd-KlMqm5W5o8m_BZ8DW3yqrbey_3LbzeAfp9e0vzzN63Wp4RmxAwPLf5nIH-woJqAWcE5k5loE_pI6Ha30QCr0RgmA3KZr1A5q1DzV9mvbn7esN_p9_2jg-yvFlY4pKAd63c3WIsNN0ahy4BJRVaRt2pIsYokaznVIkeKpKf-Jp4mpXKVaYVwmWFPUgsMnIVEHz3bAPYyADJf_wIfx0lSpKmd0GvdjM63cg1wrViibKzdv33KgtEidXjcTgmUAuFVE1Wve2cBdwV1RjzyveD-dLjk680LDFzbwfslwX6NgEpba9FPSQaJa3Yw",
	*     "keyId": "je87i6-C2QJS7PHUAbJPqw"
	*   },
	*   "owner": {
	*     "name": {
	*       "first": "John",
	*       "middle": "M",
	*       "last": "Doe",
	*       "suffix": "III"
	*     },
	*     "address": {
	*       "addressLine1": "1346 Pleasant Ave",
	*       "addressLine2": "Apt A123",
	*       "city": "Salt Lake City",
	*       "state": "UT",
	*       "postalCode": "12345",
	*       "country": "US"
	*     },
	*     "phone": {
	*       "countryCode": "1",
	*       "number": "1234567890"
	*     }
	*   }
	* });
	* ```
	*/
	register(body: T.AcquiringRegisterBody, options?: RequestOptions): APIPromise<T.AcquiringRegisterData>;
	/**
	* Charge a registered card
	*
	* Pulls money from a card registered with `/acquiring/register` into your settlement account, with the same body as
	* `/transfer-to/card/pull`: `reference`, `cFiCardId`, `amount`, `currency`, `narrative` (required) and an optional
	* `softDescriptor` for the cardholder's statement. Idempotent on `reference`: a repeated `reference` fails with
	* `referenceExists`.
	*
	* **Sandbox:** amount 14.05 is declined (designed).
	*
	* **Designed here:** the answer (the transaction record, `CardTransaction`, with `transferType` always `pull`).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /acquiring/pull` (acquiringPull)
	*
	* @example
	* ```ts
	* const data = await cfi.acquiring.pull({
	*   "reference": "ref20230628x004",
	*   "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
	*   "amount": 25,
	*   "currency": "USD",
	*   "narrative": "Top-up of wallet 1002",
	*   "softDescriptor": {
	*     "name": "Sample Merchant",
	*     "address": {
	*       "addressLine1": "1346 Pleasant Ave",
	*       "addressLine2": "Apt A123",
	*       "city": "Salt Lake City",
	*       "state": "UT",
	*       "postalCode": "12345",
	*       "country": "US"
	*     },
	*     "phone": {
	*       "countryCode": "1",
	*       "number": "5556667777"
	*     },
	*     "email": "merchant@sample.com"
	*   }
	* });
	* ```
	*/
	pull(body: T.AcquiringPullBody, options?: RequestOptions): APIPromise<T.AcquiringPullData>;
	/**
	* Query acquiring transactions. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the acquiring transactions named by exactly one of `cFiTransactionIds` or `references` (1–20 items).
	* Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"` with an
	* empty list. Sending both lists fails with `transactionQuery`.
	*
	* **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /acquiring/transactions-query` (acquiringTransactionQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.acquiring.transactionQuery({
	*   "cFiTransactionIds": [
	*     "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
	*     "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
	*   ]
	* });
	* ```
	*/
	transactionQuery(body: T.AcquiringTransactionQueryBody, options?: RequestOptions): APIPromise<T.AcquiringTransactionQueryData>;
	/**
	* List acquiring transactions
	*
	* Lists acquiring transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
	* `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
	* (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
	* and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /acquiring/list` (acquiringList)
	*
	* @example
	* ```ts
	* const data = await cfi.acquiring.list({
	*   "dateCreateFrom": "2023-06-26",
	*   "dateCreateTo": "2023-07-02",
	*   "reversalStatus": "Reversed"
	* });
	* ```
	*/
	list(body: T.AcquiringListBody, options?: RequestOptions): APIPromise<T.AcquiringListData>;
	/**
	* Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists acquiring transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
	* `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
	* (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
	* and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /acquiring/list` (acquiringList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.acquiring.listAll({
	*   "dateCreateFrom": "2023-06-26",
	*   "dateCreateTo": "2023-07-02",
	*   "reversalStatus": "Reversed"
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listAll(filter?: T.AcquiringListBody, options?: RequestOptions): AsyncGenerator<T.AcquiringListRecord>;
	/**
	* Reverse a charge
	*
	* Returns the money of a completed acquiring charge to the card. The answer is the charge with its new
	* `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
	*
	* **Designed here:** the vendor lists the endpoint but its body was not found; it takes the push/pull reversal's
	* designed body (`cFiTransactionId`, optional partial `amount`), answers the transaction record, and refuses a transaction that is not Complete or already reversed with the push/pull code `toucanCannotReverseError`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /acquiring/reversal` (acquiringReversal)
	*
	* @example
	* ```ts
	* const data = await cfi.acquiring.reversal({
	*   "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3"
	* });
	* ```
	*/
	reversal(body: T.AcquiringReversalBody, options?: RequestOptions): APIPromise<T.AcquiringReversalData>;
}
