import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.wire`: US domestic wires (Fedwire). */
export declare class WireApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Send a wire
	*
	* Sends one US domestic wire over Fedwire from the client's end-user account. Fedwire transfers are final and
	* irrevocable once processed; the Fedwire business day runs from 9:00 pm ET the day before to 7:00 pm ET, and
	* customer transfers close at 6:00 pm ET, Monday to Friday. A wire that cannot go out at once (nightly maintenance,
	* insufficient funds) is saved as `Initiated` and retried; every later status change is POSTed to `webhookURL`
	* (`wireStatusChanged`; note the capital `URL` on wires). Idempotent on `reference`.
	*
	* The beneficiary's address line 1 must not be a P.O. box.
	*
	* **Sandbox:** the amount and the beneficiary's `bankABANumber` choose the outcome: 16.95 and 16.97 are saved as
	* `Initiated` (nightly updates, amount exceeds balance); 16.98 and 16.99 fail (invalid source account, core system
	* error); amounts above 17.00 exceed, by band, the account's daily total (to 18.00), the per-wire limit (to 19.00),
	* the company's daily total (to 20.00) and the company's wire limit (above 20.00); 12.91 and 12.92 start `Initiated`
	* and become `Complete` or `Declined` when queried; `bankABANumber` 110000000 and 120000000 fail; a P.O. box as the
	* beneficiary's address line 1 is a request error. Each trigger has a request example.
	*
	* **Designed here:** the required flags and lengths (from the Fedwire message format), the answer (it mirrors the
	* webhook body) and the error code `wireRejected` with its `subCode`s for the back office's refusals (the vendor
	* gives only their messages).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/wire` (wireCreate)
	*
	* @example
	* ```ts
	* const data = await cfi.wire.create({
	*   "reference": "wire20230628x001",
	*   "amount": 1.01,
	*   "currency": "USD",
	*   "endUserAccount": "12345678901234567",
	*   "originator": {
	*     "commonName": "Acme Payroll",
	*     "legalName": "Acme Payroll Inc",
	*     "address": {
	*       "addressLine1": "350 Fifth Avenue",
	*       "addressLine2": "Suite 4100",
	*       "city": "New York",
	*       "state": "NY",
	*       "postalCode": "10118",
	*       "country": "US"
	*     }
	*   },
	*   "beneficiary": {
	*     "bankName": "JPMorgan Chase Bank",
	*     "bankABANumber": "021000021",
	*     "accountNumber": "987654321",
	*     "name": "Acme Supplies LLC",
	*     "address": {
	*       "addressLine1": "100 Main Street",
	*       "city": "Austin",
	*       "state": "TX",
	*       "postalCode": "73301",
	*       "country": "US"
	*     }
	*   },
	*   "narrative": "Invoice 2023-117",
	*   "memos": [
	*     "Invoice 2023-117",
	*     "Thank you"
	*   ],
	*   "webhookURL": "https://client.example.com/connectfi/webhooks/wire"
	* });
	* ```
	*/
	create(body: T.WireCreateBody, options?: RequestOptions): APIPromise<T.WireCreateData>;
	/**
	* Query wires by ids or references. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the wires with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20 items).
	* Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
	*
	* **Sandbox:** querying a wire sent with amount 12.91 moves it from `Initiated` to `Complete`, and one sent with
	* 12.92 to `Declined`; either change also fires `wireStatusChanged`. Each trigger has a request example.
	*
	* **Designed here:** the records, which mirror the webhook body (the vendor's page for this call is not available).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/wire/query` (wireQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.wire.query({
	*   "cFiTransactionIds": [
	*     "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA"
	*   ]
	* });
	* ```
	*/
	query(body: T.WireQueryBody, options?: RequestOptions): APIPromise<T.WireQueryData>;
	/**
	* List wires
	*
	* Lists wires that match every filter given (one id or several, reference, creation date range, status); an empty
	* body lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a
	* larger `skipRecords`.
	*
	* **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/wire/list` (wireList)
	*
	* @example
	* ```ts
	* const data = await cfi.wire.list({
	*   "status": "Initiated",
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30",
	*   "numberOfRecords": 100
	* });
	* ```
	*/
	list(body: T.WireListBody, options?: RequestOptions): APIPromise<T.WireListData>;
	/**
	* Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists wires that match every filter given (one id or several, reference, creation date range, status); an empty
	* body lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a
	* larger `skipRecords`.
	*
	* **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/wire/list` (wireList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.wire.listAll({
	*   "status": "Initiated",
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30",
	*   "numberOfRecords": 100
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listAll(filter?: T.WireListBody, options?: RequestOptions): AsyncGenerator<T.WireListRecord>;
	/**
	* Export wires as CSV
	*
	* The list's filters, answered as a CSV file of at most 100000 wires (the default).
	*
	* **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/wire/export-list` (wireExportList)
	*
	* @example
	* ```ts
	* const data = await cfi.wire.exportList({
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30"
	* });
	* ```
	*/
	exportList(body: T.WireExportListBody, options?: RequestOptions): APIPromise<string>;
}
