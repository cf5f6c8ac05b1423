var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var ach_batch_exports = {};
__export(ach_batch_exports, {
  AchBatchFileError: () => import_ach_batch.AchBatchFileError,
  achBatchFormat: () => achBatchFormat,
  buildAchBatchFile: () => buildAchBatchFile,
  validateAchBatchFile: () => validateAchBatchFile
});
module.exports = __toCommonJS(ach_batch_exports);
var import_ach_batch_validator = require("./ach-batch-validator.js");
var batch = __toESM(require("./runtime/ach-batch.js"));
var import_ach_batch = require("./runtime/ach-batch.js");
const achBatchFormat = {
  columns: ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference", "webhookUrl", "individualIdNumber", "discretionaryData", "companyDiscretionaryData"],
  restKey: "addenda",
  fileNamePattern: new RegExp("^\\d{4}_\\d{2}_\\d{2}_[0-9A-Z]{1}\\.csv$", "u"),
  validateRow: import_ach_batch_validator.achBatchFileRow
};
function buildAchBatchFile(rows, date, sequence) {
  return batch.buildAchBatchFile(achBatchFormat, rows, date, sequence);
}
function validateAchBatchFile(content, fileName) {
  return batch.validateAchBatchFile(achBatchFormat, content, fileName);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AchBatchFileError,
  achBatchFormat,
  buildAchBatchFile,
  validateAchBatchFile
});
