import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { MultipartBody, RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.document`: The older `/document/*` upload endpoints. Use `/akepa/document/*` instead. */
export declare class DocumentApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Create a document id (older flow)
	*
	* Replaced by `POST /akepa/document/generate` (`akepaGenerateDocument`). Creates an empty "separate document" and
	* returns its id, `sdoc_...`, with `uploadStatus: false`; upload its file with `/document/upload/{documentId}`.
	* It takes no body.
	*
	* Fidelity: documented (matches the vendor docs).
	*
	* `POST /document/generate` (documentGenerate)
	*
	* @deprecated Use `cfi.akepa.generateDocument()` (akepaGenerateDocument) instead.
	* @example
	* ```ts
	* const data = await cfi.document.generate();
	* ```
	*/
	generate(options?: RequestOptions): APIPromise<T.DocumentGenerateData>;
	/**
	* Upload a document's file (older flow)
	*
	* Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads the file of a document
	* from `/document/generate` as `multipart/form-data` with the file in the form field `file`. Any file type is
	* accepted; uploading again overwrites the file. The answer carries `uploadStatus: true` and the file's extension.
	*
	* **Designed here:** the form field's name (as on the other uploads) and the `documentNotFound` code.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /document/upload/{documentId}` (documentUpload)
	*
	* @deprecated Use `cfi.akepa.uploadDocument()` (akepaUploadDocument) instead.
	* @example
	* ```ts
	* const data = await cfi.document.upload("sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y", formData);
	* ```
	*/
	upload(documentId: T.DocumentUploadPath["documentId"], body: FormData | MultipartBody<T.DocumentUploadBody>, options?: RequestOptions): APIPromise<T.DocumentUploadData>;
}
