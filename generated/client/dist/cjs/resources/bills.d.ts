import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.bills`: Bill payments to Mastercard RPPS billers, with encrypted account numbers. */
export declare class BillsApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Download the whole RPPS biller directory
	*
	* Returns every biller of the Mastercard RPPS directory (about 44,000) as one very large array. Download it at most
	* once a day and search your copy; for a few billers use `POST /transfer-to/bills/billers/list` or
	* `GET /transfer-to/bills/biller/{billerId}` instead.
	*
	* **Designed here:** the field types of the biller record (the vendor shows the snake_case field names only).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /transfer-to/bills/billers/download` (billsBillersDownload)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.billersDownload();
	* ```
	*/
	billersDownload(options?: RequestOptions): APIPromise<T.BillsBillersDownloadData>;
	/**
	* Search the RPPS biller directory
	*
	* Lists billers by id or ids, by part of the name (`billerName`) or of an alternative name (`aka`). At most 100
	* billers per call (the default); when more match, `more` is true: ask again with a larger `skipRecords`.
	*
	* **Designed here:** the array key `billers` and the field types of the biller record.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/billers/list` (billsBillersList)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.billersList({
	*   "billerName": "Power",
	*   "numberOfRecords": 20
	* });
	* ```
	*/
	billersList(body: T.BillsBillersListBody, options?: RequestOptions): APIPromise<T.BillsBillersListData>;
	/**
	* Every record of `billersList`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists billers by id or ids, by part of the name (`billerName`) or of an alternative name (`aka`). At most 100
	* billers per call (the default); when more match, `more` is true: ask again with a larger `skipRecords`.
	*
	* **Designed here:** the array key `billers` and the field types of the biller record.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/billers/list` (billsBillersList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.bills.billersListAll({
	*   "billerName": "Power",
	*   "numberOfRecords": 20
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	billersListAll(filter?: T.BillsBillersListBody, options?: RequestOptions): AsyncGenerator<T.BillsBillersListRecord>;
	/**
	* Get one RPPS biller with its addresses and masks
	*
	* Returns one biller of the RPPS directory under `original`: the directory record, its `addresses` and its
	* account-number `masks`. Check an account number against the masks before initiating a payment
	* (`rppsMaskMatch` otherwise).
	*
	* **Designed here:** the fields of the address and mask records beyond those the vendor shows, and the field types.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /transfer-to/bills/biller/{billerId}` (billsBiller)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.biller("0123456789");
	* ```
	*/
	biller(billerId: T.BillsBillerPath["billerId"], options?: RequestOptions): APIPromise<T.BillsBillerData>;
	/**
	* Get the public keys for encrypting account numbers
	*
	* Returns connectFi's two RSA public keys, `primary` and `secondary`, each in PEM (SPKI) and JWK form. Encrypt the
	* consumer's account number with either one and send it as `accountNumberEncrypted` to
	* `POST /transfer-to/bills/initiate`:
	*
	* - **Scheme:** RSA-OAEP with SHA-256 (and MGF1-SHA-256) over the UTF-8 account number. In node:
	*   `crypto.publicEncrypt({ key: pem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(accountNumber, 'utf8')).toString('base64')`;
	*   with WebCrypto: import the JWK as `{ name: 'RSA-OAEP', hash: 'SHA-256' }` and `encrypt`. The result is standard
	*   base64, exactly 344 characters (2048-bit keys).
	* - **Environments:** the keys differ between sandbox and production; never mix them.
	* - **Rotation:** both keys decrypt, so PayGears can replace one while the other keeps working. Fetch the keys at
	*   start-up and again when an initiate fails with `rppsDecryptAccountNumber`, and encrypt with `primary`.
	* - The plain account number never needs to reach your servers in clear: encrypt it where it is entered.
	*
	* **Designed here:** the field names `primary`, `secondary`, `pem` and `jwk` (the vendor shows both keys in both
	* forms, not the answer's field names), and the rotation advice.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /transfer-to/bills/public-encryption-keys` (billsPublicEncryptionKeys)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.publicEncryptionKeys();
	* ```
	*/
	publicEncryptionKeys(options?: RequestOptions): APIPromise<T.BillsPublicEncryptionKeysData>;
	/**
	* Initiate a bill payment to an RPPS biller
	*
	* Starts a payment to a Mastercard RPPS biller and answers it as `Initiated`. Store its `cFiTransactionId` and
	* call `POST /transfer-to/bills/execute` to send it (status `Processing`); PayGears sends files to RPPS several
	* times a day, and every later status change goes to `webhookUrl` (`billsStatusChanged`).
	*
	* **The account number** goes in exactly one of two fields:
	* - `accountNumberEncrypted` (required unless PayGears agreed otherwise): the UTF-8 account number encrypted with
	*   RSA-OAEP / SHA-256 under one of the two public keys of `GET /transfer-to/bills/public-encryption-keys` (primary
	*   or secondary; the keys differ per environment), as standard base64 of exactly 344 characters;
	* - `accountNumber` in clear, only where PayGears allows it (`rppsAccountNumberEncrypted` otherwise).
	*
	* The account number must fit one of the biller's masks (see `GET /transfer-to/bills/biller/{billerId}`).
	* Idempotent on `reference`, but a biller may itself reject several payments in one billing cycle. Reversals
	* (`isReversal`) need a separate agreement with PayGears (`rppsIsReversal`, HTTP 401, otherwise).
	*
	* **Designed here:** the required flags and lengths, the `deliveryTimeCode` pattern, the reversal's
	* `originalCFiTransactionId`, and the answer, which mirrors the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/initiate` (billsInitiate)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.initiate({
	*   "reference": "bill20230628x001",
	*   "billerId": "0123456789",
	*   "accountNumberEncrypted": "RrehySuVVitbvdQbXkjfp295MY5aLXyWgXvkFim9/71goC4KBzAH7a//yzZlf1RB/9AW52TgE67BdBnnFRdaFtUFXrOWNrYW7JxNmxZjgVS+AUw31oEeDqgNUA1hhwTyWKKoxu4pig4wuGZCRNY8JldeH7wKqAl4DFtDOJKfkhMv5QdDPNXsEhCqcj0RoDA7LZHaWe1r0X7P+XY0c8wVL4BJdEVlkkjK59M5f4pE4S4c8NbQRcwK3sbgafS2SZ9gHQb5hJkRjIyw6bE33xKB5FJwnW7mEv976YtfxvJ7lu3jfFCIEKTyY651rdBr+ciglU4S8bF+M0jTWIb0i2opvw==",
	*   "firstName": "John",
	*   "lastName": "Smith",
	*   "amount": 42.1,
	*   "currency": "USD",
	*   "deliveryTimeCode": "N",
	*   "webhookUrl": "https://client.example.com/connectfi/webhooks/bills",
	*   "narrative": "June electricity",
	*   "batchId": "batch20230628"
	* });
	* ```
	*/
	initiate(body: T.BillsInitiateBody, options?: RequestOptions): APIPromise<T.BillsInitiateData>;
	/**
	* Execute an initiated bill payment
	*
	* Sends an `Initiated` payment on its way: it becomes `Processing` and goes to Mastercard RPPS in the next file
	* (several a day). This change fires no webhook; the next ones (`Sent`, `Complete`, ...) do.
	*
	* **Designed here:** the answer's fields after `amount`, which mirror the webhook body (the vendor's example stops
	* there).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/execute` (billsExecute)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.execute({
	*   "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
	* });
	* ```
	*/
	execute(body: T.BillsExecuteBody, options?: RequestOptions): APIPromise<T.BillsExecuteData>;
	/**
	* Query bill payments by ids or references. Takes any number of ids: more than 20 are sent in batches.
	*
	* Returns the bill payments with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
	* items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
	*
	* **Designed here:** the whole call follows the shared query pattern; the vendor's page for it is not available.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /transfer-to/bills/query` (billsQuery)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.query({
	*   "cFiTransactionIds": [
	*     "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
	*   ]
	* });
	* ```
	*/
	query(body: T.BillsQueryBody, options?: RequestOptions): APIPromise<T.BillsQueryData>;
	/**
	* List bill payments
	*
	* Lists bill payments that match every filter given (ids, reference, creation, settlement or exception date,
	* status, biller, batch); an empty body lists them all. At most 1000 per call (the default); when more match,
	* `more` is true: ask again with a larger `skipRecords`.
	*
	* **Designed here:** the vendor's page for this call is not available: the filters are the export's, the rest is
	* the shared list pattern with the array key `transactions`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /transfer-to/bills/list` (billsList)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.list({
	*   "dateSettled": "2023-06-28",
	*   "numberOfRecords": 500
	* });
	* ```
	*/
	list(body: T.BillsListBody, options?: RequestOptions): APIPromise<T.BillsListData>;
	/**
	* Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
	*
	* Lists bill payments that match every filter given (ids, reference, creation, settlement or exception date,
	* status, biller, batch); an empty body lists them all. At most 1000 per call (the default); when more match,
	* `more` is true: ask again with a larger `skipRecords`.
	*
	* **Designed here:** the vendor's page for this call is not available: the filters are the export's, the rest is
	* the shared list pattern with the array key `transactions`.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /transfer-to/bills/list` (billsList)
	*
	* @example
	* ```ts
	* for await (const record of cfi.bills.listAll({
	*   "dateSettled": "2023-06-28",
	*   "numberOfRecords": 500
	* })) {
	*   console.log(record);
	* }
	* ```
	*/
	listAll(filter?: T.BillsListBody, options?: RequestOptions): AsyncGenerator<T.BillsListRecord>;
	/**
	* Get one day's RPPS settlement summary
	*
	* Summarises one settlement day: totals for payments (`disburse`), reversals (`purchase`), `adjustments` and `fees`,
	* the day's payments, the exceptions RPPS reported, and `notes` on every discrepancy. RPPS settles the same or the
	* next business day, so ask for yesterday, once a day, and reconcile the settlement account against it.
	*
	* **Designed here:** the answer's shape apart from the bucket names and `notes` (the vendor names them only).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/summary` (billsSummary)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.summary({
	*   "date": "2023-06-28"
	* });
	* ```
	*/
	summary(body: T.BillsSummaryBody, options?: RequestOptions): APIPromise<T.BillsSummaryData>;
	/**
	* Export bill payments as CSV
	*
	* The bill filters (ids, reference, creation, settlement or exception date, status, biller, batch), answered as a
	* CSV file of at most 100000 payments (the default).
	*
	* **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /transfer-to/bills/export` (billsExport)
	*
	* @example
	* ```ts
	* const data = await cfi.bills.export({
	*   "dateException": "2023-06-28"
	* });
	* ```
	*/
	export(body: T.BillsExportBody, options?: RequestOptions): APIPromise<string>;
}
