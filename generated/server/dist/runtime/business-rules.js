// What a JSON body that failed validation answers when some failures are business rules (`x-connectfi-errors` in
// the spec: `x-amountPrecision` -> `wrongAmount`, `x-connectfi-supported` -> `currencyNotSupported`, `maximum` of
// NumberOfRecords -> `greaterNumberOfRecords`, a query's `oneOf` -> `transactionQuery`). The vendor checks the schema
// first and the business rules after, so a rule's code is answered only when the body is valid apart from it: each
// failing value is replaced by one that satisfies its keyword and the body validated again, which also sorts out the
// noise of `oneOf` branches the body never meant. A rule holds only where its schema applies (`at`), so another
// property's `maximum` is still a schema error.
import { CallFailure, requestInvalid } from "./envelope.js";
import { segmentsOf } from "./json-pointer.js";
/** The keywords the server can judge; the lint rule cfi-business-errors allows only these (test/lint keeps them equal). */
const KEYWORDS = {
	"x-amountPrecision": {
		schemaConstraint: true,
		repair(sent, digits) {
			const scale = 10 ** Number(digits);
			const truncated = Math.trunc(Number(sent) * scale) / scale;
			return truncated === 0 ? 1 / scale : truncated;
		}
	},
	"x-connectfi-supported": {
		schemaConstraint: false,
		repair: (_sent, supported) => supported[0]
	},
	maximum: {
		schemaConstraint: true,
		repair: (_sent, maximum) => maximum
	},
	// Several branches matched (`passingSchemas`), as when a query sends both `cFiTransactionIds` and `references`:
	// keep the first matching branch's keys and drop the keys only the other matching branches require.
	oneOf: {
		schemaConstraint: true,
		judges: (issue) => Array.isArray(issue.params.passingSchemas),
		repair(sent, branchKeys, issue) {
			const keys = branchKeys;
			const [kept, ...others] = issue.params.passingSchemas;
			const drop = others.flatMap((i) => keys[i] ?? []).filter((key) => !(keys[kept] ?? []).includes(key));
			return sent && typeof sent === "object" ? Object.fromEntries(Object.entries(sent).filter(([key]) => !drop.includes(key))) : sent;
		}
	}
};
export const JUDGED_KEYWORDS = Object.keys(KEYWORDS);
/** `pattern` (a `*` segment matches any one segment) covers `pointer`. */
function covers(pattern, pointer) {
	if (pattern === pointer) return true;
	const want = segmentsOf(pattern);
	const have = segmentsOf(pointer);
	return want.length === have.length && want.every((segment, i) => segment === "*" || segment === have[i]);
}
function valueAt(root, pointer) {
	return segmentsOf(pointer).reduce((node, key) => node?.[key], root);
}
/** `root` with the value at `pointer` replaced (the empty pointer replaces the root). */
function replaceAt(root, pointer, value) {
	const segments = segmentsOf(pointer);
	const last = segments.pop();
	if (last === undefined) return value;
	const parent = segments.reduce((node, key) => node?.[key], root);
	if (parent && typeof parent === "object") parent[last] = value;
	return root;
}
function failureOf(answer, issue, sent) {
	const property = segmentsOf(issue.instancePath).pop() ?? "value";
	const context = {
		...answer.echoValue ? { [property]: sent } : {},
		...answer.context
	};
	const detail = Object.entries(context).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`).join(", ");
	return new CallFailure(answer.status, answer.code, answer.detailInMessage && detail ? `${answer.message} (${detail})` : answer.message, context);
}
/** The failure to answer for a body that failed `spec.validate` with `issues`; undefined lets the body through. */
export function judgeInvalidBody(spec, body, issues) {
	const rules = spec.businessRules ?? [];
	const ruleOf = (issue) => {
		const semantics = KEYWORDS[issue.keyword];
		if (!semantics || semantics.judges && !semantics.judges(issue)) return undefined;
		return rules.find((rule) => rule.keyword === issue.keyword && rule.at.some((pattern) => covers(pattern, issue.instancePath)));
	};
	const judged = issues.flatMap((issue) => {
		const rule = ruleOf(issue);
		return rule ? [{
			issue,
			rule
		}] : [];
	});
	if (!judged.length) return requestInvalid(issues);
	// A business-only keyword the operation does not document is no schema violation: leave it out of the list.
	const reportable = issues.filter((issue) => {
		const rule = ruleOf(issue);
		return !rule || rule.answer || KEYWORDS[issue.keyword].schemaConstraint;
	});
	let repaired = structuredClone(body);
	for (const { issue, rule } of judged) {
		repaired = replaceAt(repaired, issue.instancePath, KEYWORDS[issue.keyword].repair(valueAt(repaired, issue.instancePath), rule.value, issue));
	}
	if (!spec.validate(repaired)) return requestInvalid(reportable);
	const answered = judged.find(({ rule }) => rule.answer);
	if (answered) return failureOf(answered.rule.answer, answered.issue, valueAt(body, answered.issue.instancePath));
	// Once per value: each oneOf branch that holds the property reports it.
	const constraints = judged.map(({ issue }) => issue).filter((issue, i, all) => KEYWORDS[issue.keyword].schemaConstraint && all.findIndex((other) => other.instancePath === issue.instancePath && other.keyword === issue.keyword) === i);
	return constraints.length ? requestInvalid(constraints) : undefined;
}
