// What a verify run finds: one result per check, folded into one verdict per operation.
export function foldVerdict(checks) {
	if (checks.some((c) => c.verdict === "failed")) return "failed";
	if (checks.some((c) => c.verdict === "needs state")) return "needs state";
	return "passed";
}
