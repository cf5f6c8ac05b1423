// The checks of one operation: every documented request example, the negative cases, and auth. Each turns one
// exchange into a verdict; a 5xx, a 501, a timeout or a connection error always fails.
import { codeOf, describeAnswer, judge, judgeAgainst, transportProblem } from "./answer-check.js";
import { curlOf } from "./curl.js";
import { call, prepare } from "./session.js";
import { setUp } from "./state.js";
const failed = (session, name, ex, problems) => ({
	name,
	verdict: "failed",
	problems,
	curl: curlOf(ex.request, session.secrets)
});
const passed = (name) => ({
	name,
	verdict: "passed",
	problems: []
});
/** The refusal's envelope: the operation's documented response for that status, else the API's error envelope. */
function refusalProblems(session, op, ex) {
	const documented = op.responses[String(ex.status)];
	return judgeAgainst(ex, documented ?? { "application/json": session.table.errorEnvelope }, session.validators);
}
/** Why a documented refusal of a valid example is not the provider's fault, when the contract says so. */
function stateReason(op, answer, code, example) {
	const prerequisite = op.prerequisites.find((p) => p.code !== undefined && p.code === code);
	if (prerequisite) return `example ${example}: answered ${answer}: needs ${prerequisite.that}`;
	return `example ${example}: answered ${answer} (documented): it needs a record or condition the provider does not have, and the contract states no behaviour for ${op.operationId} that would create it`;
}
export async function positiveCheck(session, op, positive) {
	const name = `example ${positive.example}`;
	if (op.login && !session.credentials) return {
		name,
		verdict: "needs state",
		problems: ["logging in needs --login and --password (verify ran with --token)"]
	};
	const setup = await setUp(session, op, positive);
	const ex = await call(session, op, setup.request);
	const { problems, code } = judge(op, ex, session.validators);
	const on = setup.note ? ` (${setup.note})` : "";
	if (problems.length) return failed(session, name, ex, problems.map((p) => `${p}${on}`));
	const status = ex.status;
	// A documented refusal after the kit could not build what the example needs: that is the reason.
	const short = (verdict) => setup.shortfall && verdict.verdict === "failed" ? {
		name,
		verdict: "needs state",
		problems: [`${setup.shortfall.needsState}; the example answered ${describeAnswer(ex)}`],
		curl: setup.shortfall.curl ?? curlOf(ex.request, session.secrets)
	} : verdict;
	if (session.sandbox && positive.trigger) {
		// Refused for a record the kit could not build (none was built): the trigger is not reached, so not judged.
		const expected = "error" in positive.trigger.outcome ? positive.trigger.outcome.error : undefined;
		const prerequisite = !setup.note && status >= 400 && !(expected && expected.code === code) && op.prerequisites.some((p) => p.code !== undefined && p.code === code);
		if (prerequisite) return {
			name,
			verdict: "needs state",
			problems: [stateReason(op, describeAnswer(ex), code, positive.example)],
			curl: curlOf(ex.request, session.secrets)
		};
		return short(triggerVerdict(session, name, ex, positive.trigger, on));
	}
	if (status >= 200 && status < 300) return passed(name);
	// Without --sandbox a trigger example may answer either way: a plain service accepts it, a sandbox its outcome.
	const documentedError = positive.trigger && "error" in positive.trigger.outcome ? positive.trigger.outcome.error : undefined;
	if (documentedError && String(status) === documentedError.status && code === documentedError.code) return passed(name);
	if (status === 401) return failed(session, name, ex, [op.login ? "refused the login and password given (401)" : `refused the token the provider issued at login: ${describeAnswer(ex)}`]);
	if (setup.shortfall) return short(failed(session, name, ex, []));
	if (status === 400 && code === "requestValidateError") return failed(session, name, ex, [`refused its own documented example as invalid: ${describeAnswer(ex)}${on}`]);
	if (setup.note) return failed(session, name, ex, [`answered ${describeAnswer(ex)} on a record created for it${on}`]);
	return {
		name,
		verdict: "needs state",
		problems: [stateReason(op, describeAnswer(ex), code, positive.example)],
		curl: curlOf(ex.request, session.secrets)
	};
}
/** With --sandbox: an example that reproduces a documented trigger must answer the trigger's outcome. */
function triggerVerdict(session, name, ex, trigger, on) {
	const { outcome } = trigger;
	const got = describeAnswer(ex);
	if ("error" in outcome) {
		const { status, code } = outcome.error;
		return String(ex.status) === status && codeOf(ex) === code ? passed(name) : failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to answer ${status} ${code}; answered ${got}${on}`]);
	}
	const record = ex.json?.data;
	const actual = outcome.field ? record?.[outcome.field] : undefined;
	if (ex.status < 300 && (!outcome.field || actual === outcome.status)) return passed(name);
	return failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to create the record ${outcome.status}; answered ${got}${outcome.field ? ` with ${outcome.field} ${String(actual)}` : ""}${on}`]);
}
export async function negativeCheck(session, op, negative) {
	const name = `negative ${negative.kind}`;
	const ex = await call(session, op, prepare(session, op, negative.request, false));
	const transport = transportProblem(ex);
	if (transport) return failed(session, name, ex, [`${negative.fault}: ${transport}`]);
	const status = ex.status;
	if (status >= 200 && status < 300) return failed(session, name, ex, [`${negative.fault}: accepted with ${status}, where the contract refuses it with ${negative.expect.join(" or ")}`]);
	if (!negative.expect.includes(status)) return failed(session, name, ex, [`${negative.fault}: answered ${describeAnswer(ex)}, expected ${negative.expect.join(" or ")}`]);
	const problems = negative.kind === "wrongMethod" ? judgeAgainst(ex, { "application/json": session.table.errorEnvelope }, session.validators) : refusalProblems(session, op, ex);
	if (negative.code && codeOf(ex) !== negative.code) problems.push(`code ${codeOf(ex) ?? "(none)"} where ${negative.code} is documented`);
	return problems.length ? failed(session, name, ex, problems.map((p) => `${negative.fault}: ${p}`)) : passed(name);
}
/** A protected operation without a token, and with a forged one: 401 `unauthorized` both times. */
export async function authChecks(session, op) {
	if (!op.secured) return [];
	const request = prepare(session, op, op.positives[0].request);
	const forged = `forged${(session.token ?? "x".repeat(32)).slice(6).split("").reverse().join("")}`;
	const results = [];
	for (const [name, token] of [["auth without token", undefined], ["auth with a forged token", forged]]) {
		const ex = await call(session, op, request, { token });
		const transport = transportProblem(ex);
		if (transport) results.push(failed(session, name, ex, [transport]));
		else if (ex.status !== 401) results.push(failed(session, name, ex, [`answered ${describeAnswer(ex)} where a protected operation answers 401 unauthorized`]));
		else {
			const problems = refusalProblems(session, op, ex);
			if (codeOf(ex) !== "unauthorized") problems.push(`code ${codeOf(ex) ?? "(none)"} where unauthorized is documented`);
			results.push(problems.length ? failed(session, name, ex, problems) : passed(name));
		}
	}
	return results;
}
