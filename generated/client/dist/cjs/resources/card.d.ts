import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.card`: Push money to, and pull it from, cards that connectFi did not issue (processor Toucan). */
export declare class CardApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Register an external card
	*
	* Registers a card that connectFi did not issue, so that you can push money to it or pull money from it. Send
	* `reference`, the `owner`, and exactly one of:
	*
	* - `card`: the card data encrypted by you. Encrypt `PAN|YYYYMM|CVV` with RSA-OAEP SHA-256 under the public key
	*   PayGears gives you and send it as 342 base64url characters, with the key's `keyId` (see `CardEncryptedData`);
	* - `clearCard`: the card in clear, sent through connectFi's tokenization gateway, which replaces the PAN and the
	*   security code with aliases before connectFi sees them. A `clearCard` whose account number arrives unredacted
	*   fails with `toucanClearCardNotRedacted`.
	*
	* The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same card may
	* be registered again under another `reference`; a repeated `reference` fails with `referenceExists`.
	*
	* **Designed here:** the answer's fields; the `clearCard` fields and the alias pattern that makes a redacted value;
	* the key and `keyId` reach you out of band (the vendor documents no key endpoint for cards).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/register` (cardRegister)
	*
	* @example
	* ```ts
	* const data = await cfi.card.register({
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
	register(body: T.CardRegisterBody, options?: RequestOptions): APIPromise<T.CardRegisterData>;
	/**
	* Get a registered card
	*
	* Returns a registered external card by its `cFiCardId` (`tcrd_...`): the reference, the owner and the last 4
	* digits of the PAN, never the PAN itself.
	*
	* **Designed here:** the vendor lists the path but shows neither method nor answer; `GET` follows from the path
	* parameter, and the answer is the registration's record.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `GET /transfer-to/card/get/{cardId}` (cardGet)
	*
	* @example
	* ```ts
	* const data = await cfi.card.get("tcrd_5m41U6ycdgJ5CNyGDObY8Q");
	* ```
	*/
	get(cardId: T.CardGetPath["cardId"], options?: RequestOptions): APIPromise<T.CardGetData>;
	/**
	* Push money to a registered card
	*
	* Sends money from your settlement account (at Evolve Bank) to a registered external card. Such transfers usually
	* complete within seconds. `reference`, `cFiCardId`, `amount`, `currency` and `narrative` are required;
	* `softDescriptor` sets what the cardholder's statement shows. Idempotent on `reference`: a repeated `reference`
	* fails with `referenceExists`. Later status changes arrive by the `cardStatusChanged` webhook.
	*
	* **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPushNotAllowed` (designed).
	*
	* **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/push` (cardPush)
	*
	* @example
	* ```ts
	* const data = await cfi.card.push({
	*   "reference": "ref20230628x003",
	*   "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
	*   "amount": 1.01,
	*   "currency": "USD",
	*   "narrative": "Payout of invoice 1001",
	*   "softDescriptor": {
	*     "name": "Sample Merchant",
	*     "phone": {
	*       "countryCode": "1",
	*       "number": "5556667777"
	*     },
	*     "email": "merchant@sample.com"
	*   }
	* });
	* ```
	*/
	push(body: T.CardPushBody, options?: RequestOptions): APIPromise<T.CardPushData>;
	/**
	* Pull money from a registered card
	*
	* Moves money from a registered external card to your settlement account (at Evolve Bank); the body is the same as
	* the push's. Usually completes within seconds. Idempotent on `reference`: a repeated `reference` fails with
	* `referenceExists`. A completed pull can be reversed with `/transfer-to/card/reversal`. Later status changes
	* arrive by the `cardStatusChanged` webhook.
	*
	* **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPullNotAllowed` (designed).
	*
	* **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/pull` (cardPull)
	*
	* @example
	* ```ts
	* const data = await cfi.card.pull({
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
	pull(body: T.CardPullBody, options?: RequestOptions): APIPromise<T.CardPullData>;
	/**
	* Query push and pull transactions. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the push and pull transactions named by exactly one of `cFiTransactionIds` or `references` (1–20
	* items). Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"`
	* with an empty list. Sending both lists fails with `transactionQuery`.
	*
	* The vendor spells this path `transactions-query` (as on acquiring); the issue's `/transaction-query` is not used.
	*
	* **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/transactions-query` (cardTransactionQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.card.transactionQuery({
	*   "cFiTransactionIds": [
	*     "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
	*     "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
	*   ]
	* });
	* ```
	*/
	transactionQuery(body: T.CardTransactionQueryBody, options?: RequestOptions): APIPromise<T.CardTransactionQueryData>;
	/**
	* List push and pull transactions
	*
	* Lists push and pull transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
	* `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
	* (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
	* and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/list/transactions` (cardListTransactions)
	*
	* @example
	* ```ts
	* const data = await cfi.card.listTransactions({
	*   "dateCreateFrom": "2023-06-26",
	*   "dateCreateTo": "2023-07-02",
	*   "status": "Complete",
	*   "numberOfRecords": 2,
	*   "skipRecords": 0
	* });
	* ```
	*/
	listTransactions(body: T.CardListTransactionsBody, options?: RequestOptions): APIPromise<T.CardListTransactionsData>;
	/**
	* Every record of `listTransactions`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists push and pull transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
	* `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
	* (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
	* and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/card/list/transactions` (cardListTransactions)
	*
	* @example
	* ```ts
	* for await (const record of cfi.card.listTransactionsAll({
	*   "dateCreateFrom": "2023-06-26",
	*   "dateCreateTo": "2023-07-02",
	*   "status": "Complete",
	*   "numberOfRecords": 2,
	*   "skipRecords": 0
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listTransactionsAll(filter?: T.CardListTransactionsBody, options?: RequestOptions): AsyncGenerator<T.CardListTransactionsRecord>;
	/**
	* Reverse a pull from a card
	*
	* Returns the money of a completed **pull** to the card. Push transactions cannot be reversed, and neither can a
	* pull already reversed: both fail with `toucanCannotReverseError`. The answer is the pull with its new
	* `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
	*
	* **Designed here:** the vendor documents the endpoint and its error but not its body or answer; the body
	* (`cFiTransactionId`, optional partial `amount`) and the answer are designed.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /transfer-to/card/reversal` (cardReversal)
	*
	* @example
	* ```ts
	* const data = await cfi.card.reversal({
	*   "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3"
	* });
	* ```
	*/
	reversal(body: T.CardReversalBody, options?: RequestOptions): APIPromise<T.CardReversalData>;
}
