// The verify report as text: one line per operation with its verdict, the details of each failure (what was
// wrong and the request as curl), and the summary line CI greps for.
const LABEL = {
	passed: "PASS",
	failed: "FAIL",
	"needs state": "STATE"
};
export function operationLines(result) {
	const counted = `${result.checks.length} check${result.checks.length === 1 ? "" : "s"}`;
	const lines = [`${LABEL[result.verdict].padEnd(5)} ${result.name} (${result.route}): ${result.verdict}, ${counted}`];
	for (const check of result.checks.filter((c) => c.verdict !== "passed")) {
		for (const problem of check.problems) lines.push(`      ${check.verdict === "failed" ? "✗" : "…"} ${check.name}: ${problem}`);
		if (check.curl && check.verdict === "failed") lines.push(`        ${check.curl}`);
	}
	return lines;
}
export function summaryLine(report) {
	const count = (verdict) => report.results.filter((r) => r.verdict === verdict).length;
	const checks = report.results.reduce((n, r) => n + r.checks.length, 0);
	return `contract: ${count("passed")} passed, ${count("failed")} failed, ${count("needs state")} need state (${checks} checks against ${report.target} in ${(report.ms / 1e3).toFixed(1)} s)`;
}
