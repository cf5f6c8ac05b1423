// "CSV exports as CSV": the answer parses as RFC 4180 CSV, every row has as many fields as the header, and the
// header is the documented one.
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
var csv_exports = {};
__export(csv_exports, {
  csvProblems: () => csvProblems,
  parseCsv: () => parseCsv
});
module.exports = __toCommonJS(csv_exports);
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("a quoted field is never closed");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
function csvProblems(text, documentedHeader) {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (error) {
    return [`the CSV does not parse: ${error.message}`];
  }
  if (!rows.length) return ["the CSV is empty: it has no header line"];
  const [header, ...records] = rows;
  const problems = [];
  if (documentedHeader !== void 0 && header.join(",") !== parseCsv(documentedHeader)[0]?.join(",")) {
    problems.push(`the CSV header is "${header.join(",")}", documented: "${documentedHeader}"`);
  }
  const ragged = records.findIndex((r) => r.length !== header.length);
  if (ragged >= 0) problems.push(`CSV line ${ragged + 2} has ${records[ragged].length} fields, the header ${header.length}`);
  return problems;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  csvProblems,
  parseCsv
});
