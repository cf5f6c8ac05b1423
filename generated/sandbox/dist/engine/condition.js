// The spec's conditions on one value (`x-connectfi-sandbox` match, `x-connectfi-prerequisites`), evaluated one way
// for every package that executes them: the sandbox deciding a trigger, the contract kit building a record that meets
// one. Numbers compare as numbers (a query string's "15.02" meets `eq: 15.02`); `between` is lower-exclusive and
// upper-inclusive, as the vendor writes "17.00 < amount ≤ 18.00"; a missing value meets `eq: null`.
const asNumber = (v) => typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
const equals = (value, expected) => value === expected || value === undefined && expected === null || typeof expected === "number" && asNumber(value) === expected;
export function holds(value, condition) {
	if ("eq" in condition) return equals(value, condition.eq);
	if ("ne" in condition) return !equals(value, condition.ne);
	if ("in" in condition) return condition.in.some((c) => c === value);
	if ("exists" in condition) return (value !== undefined && value !== null) === condition.exists;
	if ("pattern" in condition) return typeof value === "string" && new RegExp(condition.pattern, "i").test(value);
	const n = asNumber(value);
	if (Number.isNaN(n)) return false;
	if ("gt" in condition) return n > condition.gt;
	if ("gte" in condition) return n >= condition.gte;
	if ("lt" in condition) return n < condition.lt;
	if ("lte" in condition) return n <= condition.lte;
	if ("between" in condition) return n > condition.between[0] && n <= condition.between[1];
	return false;
}
