// "CSV exports as CSV": the answer parses as RFC 4180 CSV, every row has as many fields as the header, and the
// header is the documented one.
/** Rows of fields; quoted fields may hold commas, quotes (doubled) and line breaks. Throws on an unclosed quote. */
export function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === "\"" && text[i + 1] === "\"") {
				field += "\"";
				i++;
			} else if (c === "\"") quoted = false;
			else field += c;
		} else if (c === "\"" && field === "") quoted = true;
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
export function csvProblems(text, documentedHeader) {
	let rows;
	try {
		rows = parseCsv(text);
	} catch (error) {
		return [`the CSV does not parse: ${error.message}`];
	}
	if (!rows.length) return ["the CSV is empty: it has no header line"];
	const [header, ...records] = rows;
	const problems = [];
	if (documentedHeader !== undefined && header.join(",") !== parseCsv(documentedHeader)[0]?.join(",")) {
		problems.push(`the CSV header is "${header.join(",")}", documented: "${documentedHeader}"`);
	}
	const ragged = records.findIndex((r) => r.length !== header.length);
	if (ragged >= 0) problems.push(`CSV line ${ragged + 2} has ${records[ragged].length} fields, the header ${header.length}`);
	return problems;
}
