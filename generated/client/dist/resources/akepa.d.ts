import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { MultipartBody, RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.akepa`: Identity verification ("akepa") of individuals and businesses, with document generation and upload. */
export declare class AkepaApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Start a KYC/KYB application
	*
	* Starts the identity verification of a customer registered with `/customer/init`: KYC for an individual, KYB for
	* a business (which passes only if every business representative passes KYC). The answer is the application
	* (`iapp_...`); its `status` says what is needed next: `pending_step_up` or `pending_documents` (upload documents
	* with `/akepa/document/generate`, `/akepa/document/upload/{documentId}` and `/akepa/update`), `data_request`
	* (complete the customer with `/customer/update`), `running`, `waiting_review`, or `completed` with its `outcome`.
	* Later changes that happen asynchronously are POSTed to `webhookURL` (`akepaStatusChanged`); poll them with
	* `/akepa/status`. Identification may run several times for one customer, each with its own `reference`.
	*
	* The vendor's schema spells the field `webhookURL` while its example body spells it `webhookUrl`; this spec keeps
	* the schema's spelling, `webhookURL`.
	*
	* **Sandbox:** the outcome follows the customer's `lastName` at `/customer/init`. For `WaitReview`, identification
	* answers `pending_step_up`; once the front and back of a driver's licence are uploaded and linked with
	* `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand.
	*
	* **Designed here:** the answer (the `KycApplication` the webhook carries) and the `customerNotFound` code; the
	* vendor documents the body and says only that the answer tells whether data or documents are needed.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /akepa/identification` (akepaIdentification)
	*
	* @example
	* ```ts
	* const data = await cfi.akepa.identification({
	*   "reference": "kyc20230628x002",
	*   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
	*   "syncMode": false,
	*   "webhookURL": "https://client.example.com/connectfi/webhooks/kyc"
	* });
	* ```
	*/
	identification(body: T.AkepaIdentificationBody, options?: RequestOptions): APIPromise<T.AkepaIdentificationData>;
	/**
	* Get a KYC/KYB application
	*
	* Returns one application of a customer with its status, its `outcome` once `completed`, and each entity's own
	* status and outcome. Use it to confirm a webhook before acting on it. Replaces `GET /akepa/status/{customerId}`.
	*
	* **Designed here:** the answer (the `KycApplication` the webhook carries) and the `applicationNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /akepa/status` (akepaStatus)
	*
	* @example
	* ```ts
	* const data = await cfi.akepa.status({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY"
	* });
	* ```
	*/
	status(body: T.AkepaStatusBody, options?: RequestOptions): APIPromise<T.AkepaStatusData>;
	/**
	* Get a customer's latest KYC/KYB application (older form)
	*
	* Replaced by `POST /akepa/status` (`akepaStatus`), which names the application as well as the customer. This is
	* the older path form of the status call: it answers the customer's latest application.
	*
	* **Designed here:** the method (the older docs give only the path), "the latest application" and the answer
	* (the `KycApplication` the webhook carries).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /akepa/status/{customerId}` (akepaStatusByCustomer)
	*
	* @deprecated Use `cfi.akepa.status()` (akepaStatus) instead.
	* @example
	* ```ts
	* const data = await cfi.akepa.statusByCustomer("cstap_6reGTr3k8vpAu8uFV7EdiN");
	* ```
	*/
	statusByCustomer(customerId: T.AkepaStatusByCustomerPath["customerId"], options?: RequestOptions): APIPromise<T.AkepaStatusByCustomerData>;
	/**
	* Declare a KYC/KYB document
	*
	* Declares a document (its workflow, name, file extension and type) and returns its id, `doc_...`. Then upload
	* the file with `/akepa/document/upload/{documentId}` and link it to an application with `/akepa/update`. For a
	* driver's licence, declare the front and the back as two documents.
	*
	* **Designed here:** the answer beyond the id (`uploadStatus` and `extension`, after the deprecated `/document`
	* endpoints).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /akepa/document/generate` (akepaGenerateDocument)
	*
	* @example
	* ```ts
	* const data = await cfi.akepa.generateDocument({
	*   "workflow": "PERSONAL",
	*   "name": "Driver licence front",
	*   "extension": "jpg",
	*   "type": "license"
	* });
	* ```
	*/
	generateDocument(body: T.AkepaGenerateDocumentBody, options?: RequestOptions): APIPromise<T.AkepaGenerateDocumentData>;
	/**
	* Upload a KYC/KYB document's file
	*
	* Uploads the file of a document declared with `/akepa/document/generate`, as `multipart/form-data` with the file
	* in the form field `file`. An unknown `documentId` fails with 400. Then link the document with `/akepa/update`.
	*
	* **Designed here:** the answer beyond the id (`uploadStatus` and `extension`) and the `documentNotFound` code of
	* the documented 400.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /akepa/document/upload/{documentId}` (akepaUploadDocument)
	*
	* @example
	* ```ts
	* const data = await cfi.akepa.uploadDocument("doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K", formData);
	* ```
	*/
	uploadDocument(documentId: T.AkepaUploadDocumentPath["documentId"], body: FormData | MultipartBody<T.AkepaUploadDocumentBody>, options?: RequestOptions): APIPromise<T.AkepaUploadDocumentData>;
	/**
	* Link uploaded documents to a KYC/KYB application
	*
	* Links documents uploaded with `/akepa/document/upload/{documentId}` to one entity of an application and resumes
	* it. `entityId` is the `customerId` for an individual, or a business representative's id from `/customer/init`
	* for a KYB. Link the front and back of a driver's licence in one call. Not allowed once the application is
	* `completed`. The answer is the application with its new status.
	*
	* **Sandbox:** for a customer whose `lastName` is `WaitReview`, linking the licence moves the application from
	* `pending_step_up` to `waiting_review`; PayGears then approves or denies it by hand and the webhook reports it.
	*
	* **Designed here:** the body beyond `documents` and `entityId` (`customerId`, `applicationId` and the
	* `documents[]` item `{ documentId }`), the answer (the `KycApplication`) and the error codes `applicationCompleted`,
	* `applicationNotFound` and `documentNotFound`.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /akepa/update` (akepaUpdate)
	*
	* @example
	* ```ts
	* const data = await cfi.akepa.update({
	*   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
	*   "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "documents": [
	*     {
	*       "documentId": "doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K"
	*     },
	*     {
	*       "documentId": "doc_8Kl0Zx2Cv4Bn6Mq8Wr0Ty2U"
	*     }
	*   ]
	* });
	* ```
	*/
	update(body: T.AkepaUpdateBody, options?: RequestOptions): APIPromise<T.AkepaUpdateData>;
}
