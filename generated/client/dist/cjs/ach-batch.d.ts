import type { components } from "./schema.js";
import * as batch from "./runtime/ach-batch.js";
export { AchBatchFileError, type AchBatchIssue } from "./runtime/ach-batch.js";
/** One line of an ACH batch file, as the bundle's AchBatchFileRow describes it. */
export type AchBatchFileRow = components["schemas"]["AchBatchFileRow"];
/** A row to write: text columns may also be given as numbers (an amount of 12.5 is written `12.5`). */
export type AchBatchRowInput = { [K in keyof AchBatchFileRow]: AchBatchFileRow[K] extends string | undefined ? AchBatchFileRow[K] | number : AchBatchFileRow[K] };
export declare const achBatchFormat: batch.AchBatchFormat;
/**
* The file name (`YYYY_MM_DD_#.csv`) and content of a batch file; throws AchBatchFileError listing every bad row
* and column before writing anything.
*
* @example
* ```ts
* const { fileName, content } = buildAchBatchFile(rows, '2023-06-28', 1);
* ```
*/
export declare function buildAchBatchFile(rows: AchBatchRowInput[], date: Date | string, sequence: string | number): {
	fileName: string;
	content: string;
};
/** Every problem of a batch file (and of its name, when given), each with its line and column; empty when valid. */
export declare function validateAchBatchFile(content: string, fileName?: string): batch.AchBatchIssue[];
