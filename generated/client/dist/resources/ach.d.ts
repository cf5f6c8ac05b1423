import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.ach`: ACH credits and debits, delivered to the ODFI as NACHA batches; also accepted as CSV batch files over SFTP. */
export declare class AchApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Create an ACH transfer
	*
	* Creates one ACH credit or debit. connectFi answers at once with the transfer as `Initiated` and its
	* `cFiTransactionId`, then delivers it to the ODFI in a NACHA batch over SFTP (several batches a day) and reports
	* every later status change to `webhookUrl` (`achStatusChanged`). Idempotent on `reference`: a second create with
	* the same reference fails with `referenceExists`; the same body under another reference is a new transfer.
	*
	* **Effective date cut-offs** (Monday to Friday, US Central time): same-day settlement needs the create before
	* 9:30 am CST, next-day before 7:30 pm CST; otherwise choose a later `effectiveEntryDate`, or the call fails with
	* `achEffectiveEntryDate`. Check a body first, without creating anything, with `POST /transfer-to/ach/validate`.
	*
	* The same entries can be sent as CSV batch files over SFTP instead: the schemas `AchBatchFileName` (the file-name
	* rule) and `AchBatchFileRow` (one line, columns in `x-connectfi-csv-columns` order) describe them.
	*
	* **Sandbox:** amount 13.99 is created `Declined`; amount 13.01 is returned `R01` step by step as it is queried
	* (both designed; see the trigger table).
	*
	* **Designed here:** the required flags and lengths (from the NACHA record layout), the SEC-code set, and the
	* answer, which mirrors the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/create` (achCreate)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.create({
	*   "reference": "ref20230628x001",
	*   "clientCode": "PAYROLL1",
	*   "effectiveEntryDate": "2023-06-28",
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
	create(body: T.AchCreateBody, options?: RequestOptions): APIPromise<T.AchCreateData>;
	/**
	* Validate an ACH transfer without creating it
	*
	* A dry run of `POST /transfer-to/ach/create`: the same body passes the same checks (schema, ACH profile, effective
	* date cut-offs, amount, reference) and the answer looks like the create answer, but no transfer is created, no
	* webhook is sent and the reference stays free.
	*
	* **Designed here:** as for create, the required flags and lengths, and the answer (the vendor says only that it is
	* similar to the create answer, with `cFiTransactionId` and status `Initiated`).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/validate` (achValidate)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.validate({
	*   "reference": "ref20230628x001",
	*   "clientCode": "PAYROLL1",
	*   "effectiveEntryDate": "2023-06-28",
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
	validate(body: T.AchValidateBody, options?: RequestOptions): APIPromise<T.AchValidateData>;
	/**
	* Query ACH transfers by ids or references. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the ACH transfers with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
	* items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
	*
	* **Sandbox:** each query of a transfer of 13.01 moves it one step, `Sent`, `Complete`, then `Returned` with
	* `returnCode` R01, and fires `achStatusChanged` (designed).
	*
	* **Designed here:** the records, which mirror the webhook body (the vendor did not show the answer).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/query` (achQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.query({
	*   "cFiTransactionIds": [
	*     "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
	*     "CLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M"
	*   ]
	* });
	* ```
	*/
	query(body: T.AchQueryBody, options?: RequestOptions): APIPromise<T.AchQueryData>;
	/**
	* List ACH transfers
	*
	* Lists ACH transfers that match every filter given (id, reference, status, creation date range); an empty body
	* lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a larger
	* `skipRecords`.
	*
	* **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/list` (achList)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.list({
	*   "status": "Returned",
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30",
	*   "numberOfRecords": 100,
	*   "skipRecords": 0
	* });
	* ```
	*/
	list(body: T.AchListBody, options?: RequestOptions): APIPromise<T.AchListData>;
	/**
	* Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists ACH transfers that match every filter given (id, reference, status, creation date range); an empty body
	* lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a larger
	* `skipRecords`.
	*
	* **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/list` (achList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.ach.listAll({
	*   "status": "Returned",
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30",
	*   "numberOfRecords": 100,
	*   "skipRecords": 0
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listAll(filter?: T.AchListBody, options?: RequestOptions): AsyncGenerator<T.AchListRecord>;
	/**
	* Export ACH transfers as CSV
	*
	* The list's filters, plus the NACHA package (`cFiPackageId`) and the ACH profile (`clientCode`), answered as a CSV
	* file of at most 100000 transfers (the default).
	*
	* **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/export-list` (achExportList)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.exportList({
	*   "clientCode": "PAYROLL1",
	*   "dateCreateFrom": "2023-06-01",
	*   "dateCreateTo": "2023-06-30"
	* });
	* ```
	*/
	exportList(body: T.AchExportListBody, options?: RequestOptions): APIPromise<string>;
	/**
	* Get the client's ACH return rates
	*
	* Returns the client's ACH return rates, calculated daily over the rolling 60 days before each date, against the
	* Nacha thresholds: unauthorized below 0.5 %, administrative below 3.0 %, overall below 15.0 % (overall excludes
	* RCK), with the number of days out of compliance. With `date`, the record of that day; without it, up to 1000
	* records, newest `maxDate` first.
	*
	* **Designed here:** the record's field names (the vendor did not show the answer).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/ach/return-rates` (achReturnRates)
	*
	* @example
	* ```ts
	* const data = await cfi.ach.returnRates({
	*   "date": "2023-06-28"
	* });
	* ```
	*/
	returnRates(body: T.AchReturnRatesBody, options?: RequestOptions): APIPromise<T.AchReturnRatesData>;
}
