// ACH batch files for SFTP upload: comma-separated lines with no header, no quotes and no commas inside a field,
// at least the format's fixed columns, then one column per addendum; named `YYYY_MM_DD_#.csv`. The format (column
// order, the addenda key, the file-name rule and a row validator) comes from the bundle's row component, so the
// generator supplies it; this module only knows how to apply it.
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
var ach_batch_exports = {};
__export(ach_batch_exports, {
  AchBatchFileError: () => AchBatchFileError,
  achBatchFileName: () => achBatchFileName,
  buildAchBatchFile: () => buildAchBatchFile,
  parseAchBatchLine: () => parseAchBatchLine,
  validateAchBatchFile: () => validateAchBatchFile
});
module.exports = __toCommonJS(ach_batch_exports);
var import_errors = require("./errors.js");
class AchBatchFileError extends import_errors.ConnectFiError {
  issues;
  constructor(issues) {
    super(`The ACH batch file has ${issues.length} problem(s):
${issues.map(describe).join("\n")}`);
    this.issues = issues;
  }
}
const describe = (i) => `line ${i.line}${i.column !== void 0 ? `, column ${i.column} (${i.columnName})` : ""}: ${i.message}`;
const UNSAFE = /[,"\r\n]/;
function columnOf(format, instancePath, params) {
  const [name, index] = instancePath.split("/").slice(1);
  const key = name ?? (typeof params.missingProperty === "string" ? params.missingProperty : void 0);
  if (key === void 0) return {};
  const fixed = format.columns.indexOf(key);
  if (fixed >= 0) return {
    column: fixed,
    columnName: key
  };
  if (key === format.restKey) return index !== void 0 ? {
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
  return issues.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity));
}
function achBatchFileName(format, date, sequence) {
  const day = typeof date === "string" ? date : date.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new TypeError(`The batch date must be a Date or YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const name = `${day.replace(/-/g, "_")}_${String(sequence)}.csv`;
  if (!format.fileNamePattern.test(name)) throw new TypeError(`"${name}" breaks the file-name rule ${format.fileNamePattern}: the sequence is one digit or capital letter`);
  return name;
}
function normalized(format, row) {
  const out = { ...row };
  for (const c of format.columns) out[c] = row[c] === void 0 || row[c] === null ? "" : typeof row[c] === "number" ? String(row[c]) : row[c];
  return out;
}
function buildAchBatchFile(format, rows, date, sequence) {
  const fileName = achBatchFileName(format, date, sequence);
  if (!Array.isArray(rows) || rows.length === 0) throw new AchBatchFileError([{
    line: 0,
    message: "a batch file needs at least one row"
  }]);
  const texts = rows.map((row) => row && typeof row === "object" ? normalized(format, row) : void 0);
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
    content: `${lines.join("\n")}
`
  };
}
function parseAchBatchLine(format, text) {
  const fields = text.split(",");
  const row = Object.fromEntries(format.columns.map((c, i) => [c, fields[i] ?? ""]));
  if (format.restKey && fields.length > format.columns.length) row[format.restKey] = fields.slice(format.columns.length);
  return row;
}
function validateAchBatchFile(format, content, fileName) {
  const issues = [];
  if (fileName !== void 0 && !format.fileNamePattern.test(fileName)) issues.push({
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
    if (text.includes('"')) issues.push({
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
    issues.push(...rowIssues(format, parseAchBatchLine(format, text), line).filter((i2) => !/comma, a quote/.test(i2.message)));
  });
  return issues;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AchBatchFileError,
  achBatchFileName,
  buildAchBatchFile,
  parseAchBatchLine,
  validateAchBatchFile
});
