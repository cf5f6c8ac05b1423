import { achBatchFileRow } from './ach-batch-validator.js';
import * as batch from './runtime/ach-batch.js';
export { AchBatchFileError } from './runtime/ach-batch.js';
export const achBatchFormat = {
    columns: ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference", "webhookUrl", "individualIdNumber", "discretionaryData", "companyDiscretionaryData"],
    restKey: "addenda",
    fileNamePattern: new RegExp("^\\d{4}_\\d{2}_\\d{2}_[0-9A-Z]{1}\\.csv$", 'u'),
    validateRow: achBatchFileRow,
};
/**
 * The file name (`YYYY_MM_DD_#.csv`) and content of a batch file; throws AchBatchFileError listing every bad row
 * and column before writing anything.
 *
 * @example
 * ```ts
 * const { fileName, content } = buildAchBatchFile(rows, '2023-06-28', 1);
 * ```
 */
export function buildAchBatchFile(rows, date, sequence) {
    return batch.buildAchBatchFile(achBatchFormat, rows, date, sequence);
}
/** Every problem of a batch file (and of its name, when given), each with its line and column; empty when valid. */
export function validateAchBatchFile(content, fileName) {
    return batch.validateAchBatchFile(achBatchFormat, content, fileName);
}
