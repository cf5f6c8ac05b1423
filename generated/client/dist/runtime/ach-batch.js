// ACH batch files for SFTP upload: comma-separated lines with no header, no quotes and no commas inside a field,
// at least the format's fixed columns, then one column per addendum; named `YYYY_MM_DD_#.csv`. The format (column
// order, the addenda key, the file-name rule and a row validator) comes from the bundle's row component, so the
// generator supplies it; this module only knows how to apply it.
import { ConnectFiError } from "./errors.js";
export class AchBatchFileError extends ConnectFiError {
	issues;
	constructor(issues) {
		super(`The ACH batch file has ${issues.length} problem(s):\n${issues.map(describe).join("\n")}`);
		this.issues = issues;
	}
}
const describe = (i) => `line ${i.line}${i.column !== undefined ? `, column ${i.column} (${i.columnName})` : ""}: ${i.message}`;
/** Characters a field cannot hold in this CSV, which has no quoting. */
const UNSAFE = /[,"\r\n]/;
function columnOf(format, instancePath, params) {
	const [name, index] = instancePath.split("/").slice(1);
	const key = name ?? (typeof params.missingProperty === "string" ? params.missingProperty : undefined);
	if (key === undefined) return {};
	const fixed = format.columns.indexOf(key);
	if (fixed >= 0) return {
		column: fixed,
		columnName: key
	};
	if (key === format.restKey) return index !== undefined ? {
		column: format.columns.length + Number(index),
		columnName: `${key}[${index}]`
	} : { columnName: key };
	return { columnName: key };
}
function rowIssues(format, row, line) {
	const issues = [];
	const fields = [...format.columns.map((c) => row[c]), ...format.restKey && Array.isArray(row[format.restKey]) ? row[format.restKey] : []];
	fields.forEach((value, column) => {
		if (typeof value === "string" && UNSAFE.test(value)) {
			issues.push({
				line,
				column,
				columnName: format.columns[column] ?? `${format.restKey}[${column - format.columns.length}]`,
				message: "must not contain a comma, a quote or a line break"
			});
		}
	});
	if (!format.validateRow(row)) {
		for (const error of format.validateRow.errors ?? []) {
			if (error.keyword === "if") continue;
			issues.push({
				line,
				...columnOf(format, error.instancePath, error.params),
				message: error.message ?? error.keyword
			});
		}
	}
	// In column order, so a report reads left to right; issues with no column (a whole array) come last.
	return issues.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity));
}
/** The file name for a day and a one-character sequence (`0`-`9`, `A`-`Z`), unique within the day. */
export function achBatchFileName(format, date, sequence) {
	const day = typeof date === "string" ? date : date.toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new TypeError(`The batch date must be a Date or YYYY-MM-DD, got ${JSON.stringify(date)}`);
	const name = `${day.replace(/-/g, "_")}_${String(sequence)}.csv`;
	if (!format.fileNamePattern.test(name)) throw new TypeError(`"${name}" breaks the file-name rule ${format.fileNamePattern}: the sequence is one digit or capital letter`);
	return name;
}
/** A row with every fixed column as text (numbers written out, absent optional columns empty), as the file holds it. */
function normalized(format, row) {
	const out = { ...row };
	for (const c of format.columns) out[c] = row[c] === undefined || row[c] === null ? "" : typeof row[c] === "number" ? String(row[c]) : row[c];
	return out;
}
/** Builds the file after checking every row; throws AchBatchFileError listing every bad row and column. */
export function buildAchBatchFile(format, rows, date, sequence) {
	const fileName = achBatchFileName(format, date, sequence);
	if (!Array.isArray(rows) || rows.length === 0) throw new AchBatchFileError([{
		line: 0,
		message: "a batch file needs at least one row"
	}]);
	const texts = rows.map((row) => row && typeof row === "object" ? normalized(format, row) : undefined);
	const issues = texts.flatMap((row, i) => row ? rowIssues(format, row, i + 1) : [{
		line: i + 1,
		message: "the row is not an object"
	}]);
	if (issues.length) throw new AchBatchFileError(issues);
	const lines = texts.map((row) => {
		const rest = format.restKey && Array.isArray(row[format.restKey]) ? row[format.restKey] : [];
		return [...format.columns.map((c) => row[c]), ...rest].join(",");
	});
	return {
		fileName,
		content: `${lines.join("\n")}\n`
	};
}
/** Reads a file's text back into rows: the fixed columns by name, the columns after them as the rest array. */
export function parseAchBatchLine(format, text) {
	const fields = text.split(",");
	const row = Object.fromEntries(format.columns.map((c, i) => [c, fields[i] ?? ""]));
	if (format.restKey && fields.length > format.columns.length) row[format.restKey] = fields.slice(format.columns.length);
	return row;
}
/** Every problem of a file, with its line and column; an empty list when the file is valid. */
export function validateAchBatchFile(format, content, fileName) {
	const issues = [];
	if (fileName !== undefined && !format.fileNamePattern.test(fileName)) issues.push({
		line: 0,
		message: `the file name "${fileName}" breaks the rule ${format.fileNamePattern}`
	});
	const lines = content.replace(/\r?\n$/, "").split(/\r?\n/);
	if (content.trim() === "") return [...issues, {
		line: 0,
		message: "the file has no rows"
	}];
	lines.forEach((text, i) => {
		const line = i + 1;
		const count = text.split(",").length;
		if (text.includes("\"")) issues.push({
			line,
			message: "quotes are not allowed: fields are never quoted"
		});
		if (count < format.columns.length) {
			issues.push({
				line,
				message: `has ${count} columns; every line needs at least ${format.columns.length} (keep empty optional columns as empty fields)`
			});
			return;
		}
		issues.push(...rowIssues(format, parseAchBatchLine(format, text), line).filter((i) => !/comma, a quote/.test(i.message)));
	});
	return issues;
}
