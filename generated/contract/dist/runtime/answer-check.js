// Is an answer one the contract documents? Status, media type, the envelope's requestId, the schema (through the
// generated validators), CSV as CSV. Problems are phrased for the developer reading the report; they name
// properties and rules, never values, so a card or account number in an answer is not echoed.
import { csvProblems } from "./csv.js";
/** The documented key for a status: exact (`200`), then its range (`4XX`), then `default`. */
export function documentedStatus(responses, status) {
	const exact = String(status);
	if (exact in responses) return exact;
	if (`${exact[0]}XX` in responses) return `${exact[0]}XX`;
	return "default" in responses ? "default" : undefined;
}
const mediaOf = (contentType) => contentType?.split(";")[0].trim().toLowerCase();
/** What a failed exchange or a server error says, before anything else is looked at. */
export function transportProblem(ex) {
	if (ex.failure) return ex.failure;
	if (ex.status === 501) return "answered 501: the operation is not implemented";
	if (ex.status >= 500) return `answered ${ex.status}${codeOf(ex) ? ` ${codeOf(ex)}` : ""}: a server error`;
	return undefined;
}
export const codeOf = (ex) => {
	const code = ex.json?.code;
	return typeof code === "string" ? code : undefined;
};
/** `400 requestValidateError (/user/login must match pattern)`: the status, code and the violations a refusal names. */
export function describeAnswer(ex) {
	const context = ex.json?.context;
	const violations = Array.isArray(context) ? context.slice(0, 3).map((c) => `${c?.instancePath || "(body)"} ${c?.message ?? c?.keyword ?? ""}`.trim()).join("; ") : "";
	return `${ex.status}${codeOf(ex) ? ` ${codeOf(ex)}` : ""}${violations ? ` (${violations})` : ""}`;
}
function schemaProblems(validate, name, value) {
	if (!validate) return [`no validator ${name} in the kit (regenerate it)`];
	if (validate(value)) return [];
	const errors = validate.errors ?? [];
	const shown = errors.slice(0, 5).map((e) => `${e.instancePath || "(body)"} ${e.message ?? e.keyword}${e.keyword === "required" ? "" : ` (${e.keyword})`}`);
	return [`the body breaks the documented schema: ${shown.join("; ")}${errors.length > 5 ? `; and ${errors.length - 5} more` : ""}`];
}
/** The answer against the body validator named for its status and media type. */
export function judgeAgainst(ex, media, validators, csvHeader) {
	const types = Object.keys(media);
	const text = ex.text ?? "";
	if (!types.length) return text.length ? [`answered a body where status ${ex.status} is documented without one`] : [];
	const type = mediaOf(ex.contentType);
	if (!type || !types.includes(type)) return [`answered media type ${type ?? "(none)"} where ${types.join(", ")} is documented`];
	if (type === "text/csv") return [...csvProblems(text, csvHeader), ...schemaProblems(validators[media[type]], media[type], text)];
	if (/json/.test(type)) {
		if (ex.json === undefined) return ["the body is not JSON though the content-type says it is"];
		const envelope = ex.json && typeof ex.json === "object" && !Array.isArray(ex.json) ? ex.json : undefined;
		const missingId = envelope && !("requestId" in envelope) ? ["the envelope has no requestId"] : [];
		return [...missingId, ...schemaProblems(validators[media[type]], media[type], ex.json)];
	}
	return schemaProblems(validators[media[type]], media[type], text);
}
/** The answer against the operation's documented responses. */
export function judge(op, ex, validators) {
	const transport = transportProblem(ex);
	if (transport) return {
		problems: [transport],
		code: codeOf(ex)
	};
	const key = documentedStatus(op.responses, ex.status);
	if (!key) return {
		problems: [`answered ${ex.status}, which is not documented (documented: ${Object.keys(op.responses).join(", ")})`],
		code: codeOf(ex)
	};
	return {
		problems: judgeAgainst(ex, op.responses[key], validators, op.csvHeader),
		code: codeOf(ex)
	};
}
