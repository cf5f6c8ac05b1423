import { ConnectFiError } from "./errors.js";
import type { StandaloneValidator } from "./webhooks.js";
export interface AchBatchFormat {
	/** The fixed columns, in file order (`x-connectfi-csv-columns`). */
	columns: readonly string[];
	/** The array property whose items fill the columns after the fixed ones (`x-connectfi-csv-rest`). */
	restKey?: string;
	/** The file-name rule (the name component's pattern). */
	fileNamePattern: RegExp;
	/** Validates one row as an object of strings (and the rest array), as the row component describes it. */
	validateRow: StandaloneValidator;
}
export interface AchBatchIssue {
	/** 1-based line of the file (the row's position when building). */
	line: number;
	/** 0-based column, as connectFi numbers them; undefined for an issue with the whole line or the file name. */
	column?: number;
	columnName?: string;
	message: string;
}
export declare class AchBatchFileError extends ConnectFiError {
	readonly issues: AchBatchIssue[];
	constructor(issues: AchBatchIssue[]);
}
type Row = Record<string, unknown>;
/** The file name for a day and a one-character sequence (`0`-`9`, `A`-`Z`), unique within the day. */
export declare function achBatchFileName(format: AchBatchFormat, date: Date | string, sequence: string | number): string;
/** Builds the file after checking every row; throws AchBatchFileError listing every bad row and column. */
export declare function buildAchBatchFile(format: AchBatchFormat, rows: Row[], date: Date | string, sequence: string | number): {
	fileName: string;
	content: string;
};
/** Reads a file's text back into rows: the fixed columns by name, the columns after them as the rest array. */
export declare function parseAchBatchLine(format: AchBatchFormat, text: string): Row;
/** Every problem of a file, with its line and column; an empty list when the file is valid. */
export declare function validateAchBatchFile(format: AchBatchFormat, content: string, fileName?: string): AchBatchIssue[];
export {};
