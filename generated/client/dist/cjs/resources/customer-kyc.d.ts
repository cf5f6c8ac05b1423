import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { MultipartBody, RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.customerKyc`: The older `/customer/kyc/*` verification endpoints. Use the KYC/KYB (`/akepa`) endpoints instead. */
export declare class CustomerKycApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Start the older KYC process
	*
	* Replaced by `POST /akepa/identification` (`akepaIdentification`). Starts the older KYC process for a customer;
	* with `webhookURL`, status changes are posted there.
	*
	* **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/kyc/init` (customerKycInit)
	*
	* @deprecated Use `cfi.akepa.identification()` (akepaIdentification) instead.
	* @example
	* ```ts
	* const data = await cfi.customerKyc.init({
	*   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
	*   "syncMode": true,
	*   "webhookURL": "https://client.example.com/connectfi/webhooks/kyc"
	* });
	* ```
	*/
	init(body: T.CustomerKycInitBody, options?: RequestOptions): APIPromise<T.CustomerKycInitData>;
	/**
	* Add card attributes to the older KYC process
	*
	* Replaced by `POST /customer/update` (`customerUpdate`) for customer data; the card itself is now requested from
	* Card Issuing (`/ibis`). Adds the attributes of the card the older KYC process issued once the customer passed.
	*
	* **Designed here:** the lengths and required flags of `cardAttributes`, the answer (`{ customerId, kycStatus }`)
	* and the `customerNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/kyc/add-attributes` (customerKycAddAttributes)
	*
	* @deprecated Use `cfi.customer.update()` (customerUpdate) instead.
	* @example
	* ```ts
	* const data = await cfi.customerKyc.addAttributes({
	*   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
	*   "additionalAttributes": {
	*     "cardAttributes": {
	*       "productID": "Virtual_Debit_Card",
	*       "nameOnCard": "JANICE SAMPLE",
	*       "designId": "blue01",
	*       "addressType": "PRIMARY",
	*       "issueType": "NEW",
	*       "additionalData": {
	*         "costCenter": "42"
	*       }
	*     }
	*   }
	* });
	* ```
	*/
	addAttributes(body: T.CustomerKycAddAttributesBody, options?: RequestOptions): APIPromise<T.CustomerKycAddAttributesData>;
	/**
	* Upload a document for the older KYC process
	*
	* Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads a customer's KYC
	* document as `multipart/form-data` with the file in the form field `file`.
	*
	* **Designed here:** the form field (as on the other uploads), the answer (the document, as `/document/upload`
	* answers it) and the `customerNotFound` and `documentNotFound` codes.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/kyc/upload/{customerId}/{documentId}` (customerKycUpload)
	*
	* @deprecated Use `cfi.akepa.uploadDocument()` (akepaUploadDocument) instead.
	* @example
	* ```ts
	* const data = await cfi.customerKyc.upload("cstap_6reGTr3k8vpAu8uFV7EdiN", "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y", formData);
	* ```
	*/
	upload(customerId: T.CustomerKycUploadPath["customerId"], documentId: T.CustomerKycUploadPath["documentId"], body: FormData | MultipartBody<T.CustomerKycUploadBody>, options?: RequestOptions): APIPromise<T.CustomerKycUploadData>;
	/**
	* Get a customer's state in the older KYC process
	*
	* Replaced by `POST /akepa/status` (`akepaStatus`). Returns the customer's state in the older KYC process.
	*
	* **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /customer/kyc/status/{customerId}` (customerKycStatus)
	*
	* @deprecated Use `cfi.akepa.status()` (akepaStatus) instead.
	* @example
	* ```ts
	* const data = await cfi.customerKyc.status("cstap_6reGTr3k8vpAu8uFV7EdiN");
	* ```
	*/
	status(customerId: T.CustomerKycStatusPath["customerId"], options?: RequestOptions): APIPromise<T.CustomerKycStatusData>;
	/**
	* Link a document to a customer in the older KYC process
	*
	* Replaced by `POST /akepa/update` (`akepaUpdate`). Links a document uploaded with `/document/upload/{documentId}`
	* to a customer undergoing the older KYC process.
	*
	* **Designed here:** the vendor names the endpoint only: the body (`{ customerId, documentId }`), the answer
	* (`{ customerId, kycStatus }`) and the error codes.
	*
	* Fidelity: designed (no vendor detail; confirm with PayGears).
	*
	* `POST /customer/kyc/document-link` (customerKycDocumentLink)
	*
	* @deprecated Use `cfi.akepa.update()` (akepaUpdate) instead.
	* @example
	* ```ts
	* const data = await cfi.customerKyc.documentLink({
	*   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
	*   "documentId": "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y"
	* });
	* ```
	*/
	documentLink(body: T.CustomerKycDocumentLinkBody, options?: RequestOptions): APIPromise<T.CustomerKycDocumentLinkData>;
}
