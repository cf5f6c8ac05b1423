import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.combo`: One endpoint for ACH, wire, push and pull payments, told apart by `transferType`. */
export declare class ComboApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Register an external card for unified payments
	*
	* Registers an external card for the `pull` and `push` unified payments, with the same body as
	* `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (the card data encrypted by you
	* with RSA-OAEP SHA-256: 342 base64url characters and the key's `keyId`) or `clearCard` (redacted by connectFi's
	* tokenization gateway before connectFi sees it). The answer carries the card id `cFiCardId` (`tcrd_...`) and only
	* the last 4 digits of the PAN. A repeated `reference` fails with `referenceExists`.
	*
	* **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the key and `keyId`
	* reach you out of band.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/combo/card/register` (comboCardRegister)
	*
	* @example
	* ```ts
	* const data = await cfi.combo.cardRegister({
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
	cardRegister(body: T.ComboCardRegisterBody, options?: RequestOptions): APIPromise<T.ComboCardRegisterData>;
	/**
	* Send a payment on any rail
	*
	* Creates an ACH transfer, a wire, a pull from a card or a push to a card. `transferType` (`ach`, `wire`, `pull`,
	* `push`) picks the rail, and the rest of the body is that rail's own create body, with its rules: ACH cut-offs
	* and `effectiveEntryDate`, wire `webhookURL` and limits, registered cards (`/transfer-to/combo/card/register`) for
	* `pull` and `push`. Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
	*
	* **Designed here:** the vendor documents the body (each rail's body plus `transferType`) but neither the answer
	* nor the errors; the answer is the rail's own record tagged with `transferType`, and each rail's errors are taken
	* to carry over.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/combo/create` (comboCreate)
	*
	* @example
	* ```ts
	* const data = await cfi.combo.create({
	*   "transferType": "ach",
	*   "reference": "extTrnAch155",
	*   "effectiveEntryDate": "2023-06-30",
	*   "standardEntryClassCode": "WEB",
	*   "individualName": "John Smith",
	*   "routingNumber": "053207766",
	*   "DFIAccountNumber": "1234567890123456",
	*   "accountType": "Checking",
	*   "transactionType": "Credit",
	*   "amount": 7.15,
	*   "currency": "USD",
	*   "companyEntryDescription": "PAYMENT",
	*   "webhookUrl": "https://client.example.com/connectfi/webhooks/ach"
	* });
	* ```
	*/
	create(body: T.ComboCreateBody, options?: RequestOptions): APIPromise<T.ComboCreateData>;
	/**
	* Query payments on any rail. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the payments named by exactly one of `cFiTransactionIds` (items `{ transferType, cFiTransactionId }`) or
	* `references` (items `{ transferType, reference }`), 1–20 items. Repeated items return one record, unknown ids are
	* ignored, and when none is found the answer is `code "0"` with an empty list. Sending both lists fails with
	* `transactionQuery`.
	*
	* **Designed here:** the records (each rail's own record tagged with `transferType`); the vendor shows no response
	* body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/combo/query` (comboQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.combo.query({
	*   "cFiTransactionIds": [
	*     {
	*       "transferType": "ach",
	*       "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw"
	*     },
	*     {
	*       "transferType": "push",
	*       "cFiTransactionId": "CLIENTID_6UkLq66HEN6IMj4fNl6hgM"
	*     }
	*   ]
	* });
	* ```
	*/
	query(body: T.ComboQueryBody, options?: RequestOptions): APIPromise<T.ComboQueryData>;
}
