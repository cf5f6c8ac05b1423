// JUnit XML for CI test reporters: one testcase per operation; a failure carries every problem and its curl, a
// "needs state" is `skipped` with its reason (the kit could not run it, which is not a pass).
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({
	"<": "&lt;",
	">": "&gt;",
	"&": "&amp;",
	"\"": "&quot;",
	"'": "&apos;"
})[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
export function junitXml(report, timestamp = new Date()) {
	const failures = report.results.filter((r) => r.verdict === "failed").length;
	const skipped = report.results.filter((r) => r.verdict === "needs state").length;
	const seconds = (ms) => (ms / 1e3).toFixed(3);
	const cases = report.results.map((r) => {
		const open = `    <testcase classname="connectfi-contract" name="${escapeXml(r.name)}" time="${seconds(r.ms)}">`;
		const problems = r.checks.filter((c) => c.verdict === r.verdict && r.verdict !== "passed");
		const details = problems.flatMap((c) => [...c.problems.map((p) => `${c.name}: ${p}`), ...c.curl && r.verdict === "failed" ? [`  ${c.curl}`] : []]).join("\n");
		if (r.verdict === "failed") return `${open}\n      <failure message="${escapeXml(problems[0]?.problems[0] ?? "failed")}" type="contract">${escapeXml(details)}</failure>\n    </testcase>`;
		if (r.verdict === "needs state") return `${open}\n      <skipped message="${escapeXml(`needs state: ${problems[0]?.problems[0] ?? ""}`)}"/>\n    </testcase>`;
		return `${open}</testcase>`;
	});
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites name="connectfi-contract" tests="${report.results.length}" failures="${failures}" skipped="${skipped}" time="${seconds(report.ms)}">`,
		`  <testsuite name="connectfi-contract verify ${escapeXml(report.target)}" tests="${report.results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.ms)}" timestamp="${timestamp.toISOString().slice(0, 19)}">`,
		...cases,
		"  </testsuite>",
		"</testsuites>",
		""
	].join("\n");
}
