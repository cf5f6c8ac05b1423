import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.check`: Print and mail checks, and void them. */
export declare class CheckApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Print and mail a check
	*
	* Creates a check that the bank prints on trifold stock and mails by USPS First Class in a #10 double-window
	* envelope. Checks in `Processing` go to the bank by SFTP several times a day; mailing takes up to 2 business days
	* and delivery 7–10 days. Each check gets a serial number. Status changes are POSTed to `webhookUrl`
	* (`checkStatusChanged`). Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
	*
	* **Sandbox:** a check for 15.01 is rejected by AutoMail (`Declined`); one for 15.02 counts as mailed, so voiding it
	* is refused (designed).
	*
	* **Designed here:** the vendor shows only an example body, so the required flags and lengths of
	* `checkAttributes` are designed; the answer is the check as `/check/get` returns it.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/print` (checkPrint)
	*
	* @example
	* ```ts
	* const data = await cfi.check.print({
	*   "reference": "chk20230628x001",
	*   "checkAttributes": {
	*     "amount": 150,
	*     "currency": "USD",
	*     "returnAddress": {
	*       "addressLine1": "Sample Payer Inc.",
	*       "addressLine2": "100 Main Street",
	*       "addressLine3": "Salt Lake City, UT 84101"
	*     },
	*     "payerName": "Sample Payer Inc.",
	*     "payerAddress": {
	*       "addressLine1": "100 Main Street",
	*       "city": "Salt Lake City",
	*       "state": "UT",
	*       "postalCode": "84101-1234"
	*     },
	*     "payeeName": "Jane Doe",
	*     "payeeAddress": {
	*       "addressLine1": "1346 Pleasant Ave",
	*       "addressLine2": "Apt A123",
	*       "city": "Salt Lake City",
	*       "state": "UT",
	*       "postalCode": "84102"
	*     },
	*     "platformNumber": "+1 (555) 666-7777",
	*     "memo": "Invoice 1001",
	*     "logo": "https://client.example.com/assets/logo.png"
	*   },
	*   "webhookUrl": "https://client.example.com/connectfi/webhooks"
	* });
	* ```
	*/
	print(body: T.CheckPrintBody, options?: RequestOptions): APIPromise<T.CheckPrintData>;
	/**
	* Get a check
	*
	* Returns a check by its `cFiCheckId` (`chk_...`): serial number, amount, `cFiCheckStatus`, whether a void is
	* pending (`initVoid`) and the webhook URL.
	*
	* **Designed here:** the types the vendor does not give (`serial` as an integer) and the `checkNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /check/get/{checkId}` (checkGet)
	*
	* @example
	* ```ts
	* const data = await cfi.check.get("chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6");
	* ```
	*/
	get(checkId: T.CheckGetPath["checkId"], options?: RequestOptions): APIPromise<T.CheckGetData>;
	/**
	* Query checks. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the checks named by exactly one of `cFiCheckIds` or `references` (1–20 items). Repeated ids return one
	* check, unknown ids are ignored, and when none is found the answer is `code "0"` with an empty list. Sending both
	* lists fails with `transactionQuery`.
	*
	* **Designed here:** the record's types the vendor does not give, as on `/check/get` (`serial` as an integer).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/query` (checkQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.check.query({
	*   "cFiCheckIds": [
	*     "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
	*     "chk_0000000000000000000000"
	*   ]
	* });
	* ```
	*/
	query(body: T.CheckQueryBody, options?: RequestOptions): APIPromise<T.CheckQueryData>;
	/**
	* Void a check
	*
	* Voids a check. Voided before it was sent to the bank, the check becomes `Cancelled` and is never printed. Voided
	* after, it is still printed and mailed, but the bank refuses to pay it: the check keeps its status with
	* `initVoid: true` until the bank confirms, then becomes `Cancelled`.
	*
	* **Sandbox:** a check printed for 15.02 counts as already mailed: the void answers `checkVoidNotAllowed`
	* (designed).
	*
	* **Designed here:** the answer (the check as `/check/get` returns it); the vendor documents only the body; and the
	* codes `checkNotFound` and `checkVoidNotAllowed` (a check already mailed, cancelled or declined).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/void` (checkVoid)
	*
	* @example
	* ```ts
	* const data = await cfi.check.void({
	*   "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
	*   "reason": "Paid twice by mistake"
	* });
	* ```
	*/
	void(body: T.CheckVoidBody, options?: RequestOptions): APIPromise<T.CheckVoidData>;
	/**
	* List checks
	*
	* Lists checks, newest first. The filters (`cFiCheckId`, `cFiCheckIds`, `reference`, `dateCreateFrom`,
	* `dateCreateTo`, `cFiCheckStatus`, `initVoid`) combine freely; an empty body lists every check.
	* `numberOfRecords` defaults to and caps at 1000 (more fails with `greaterNumberOfRecords`); page with
	* `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `checks` (the vendor documents only `more`), the keys of the status and
	* void filters, and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/list` (checkList)
	*
	* @example
	* ```ts
	* const data = await cfi.check.list({
	*   "initVoid": true,
	*   "numberOfRecords": 100,
	*   "skipRecords": 0
	* });
	* ```
	*/
	list(body: T.CheckListBody, options?: RequestOptions): APIPromise<T.CheckListData>;
	/**
	* Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists checks, newest first. The filters (`cFiCheckId`, `cFiCheckIds`, `reference`, `dateCreateFrom`,
	* `dateCreateTo`, `cFiCheckStatus`, `initVoid`) combine freely; an empty body lists every check.
	* `numberOfRecords` defaults to and caps at 1000 (more fails with `greaterNumberOfRecords`); page with
	* `skipRecords` while `more` is true.
	*
	* **Designed here:** the answer's array key `checks` (the vendor documents only `more`), the keys of the status and
	* void filters, and the order.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/list` (checkList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.check.listAll({
	*   "initVoid": true,
	*   "numberOfRecords": 100,
	*   "skipRecords": 0
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listAll(filter?: T.CheckListBody, options?: RequestOptions): AsyncGenerator<T.CheckListRecord>;
	/**
	* Export checks as CSV
	*
	* The list's filters, answered as a `.csv` file of up to 100000 checks (the default and the cap; more fails with
	* `greaterNumberOfRecords`). An empty body exports every check, up to 100000.
	*
	* **Designed here:** the CSV's columns (one per field of the check record, in its order, with a header row); the
	* vendor documents only that the answer is a CSV file.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /check/export-list` (checkExportList)
	*
	* @example
	* ```ts
	* const data = await cfi.check.exportList({
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30"
	* });
	* ```
	*/
	exportList(body: T.CheckExportListBody, options?: RequestOptions): APIPromise<string>;
}
