import { achBatchFileRow } from "./ach-batch-validator.js";
import * as batch from "./runtime/ach-batch.js";
import { AchBatchFileError } from "./runtime/ach-batch.js";
const achBatchFormat = {
  columns: ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference", "webhookUrl", "individualIdNumber", "discretionaryData", "companyDiscretionaryData"],
  restKey: "addenda",
  fileNamePattern: new RegExp("^\\d{4}_\\d{2}_\\d{2}_[0-9A-Z]{1}\\.csv$", "u"),
  validateRow: achBatchFileRow
};
function buildAchBatchFile(rows, date, sequence) {
  return batch.buildAchBatchFile(achBatchFormat, rows, date, sequence);
}
function validateAchBatchFile(content, fileName) {
  return batch.validateAchBatchFile(achBatchFormat, content, fileName);
}
export {
  AchBatchFileError,
  achBatchFormat,
  buildAchBatchFile,
  validateAchBatchFile
};
