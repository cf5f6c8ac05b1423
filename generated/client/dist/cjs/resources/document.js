var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var document_exports = {};
__export(document_exports, {
  DocumentApi: () => DocumentApi
});
module.exports = __toCommonJS(document_exports);
var import_operations = require("../operations.js");
class DocumentApi {
  constructor(core) {
    this.core = core;
  }
  core;
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
  generate(options) {
    return this.core.call(import_operations.operationMeta.documentGenerate, {}, options);
  }
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
  upload(documentId, body, options) {
    return this.core.call(import_operations.operationMeta.documentUpload, { path: { "documentId": documentId }, body }, options);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DocumentApi
});
