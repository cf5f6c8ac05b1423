// `connectfi-contract verify`: log in through the provider's own login, then check every operation (or those
// named with --only) from the outside, one operation at a time, in the bundle's order.
import { describeAnswer, judge, judgeAgainst, transportProblem } from "./answer-check.js";
import { authChecks, negativeCheck, positiveCheck } from "./checks.js";
import { curlOf } from "./curl.js";
import { outgoing, send } from "./http.js";
import { foldVerdict } from "./results.js";
import { call, freshReferences, prepare } from "./session.js";
async function logIn(session, op) {
	const ex = await call(session, op, prepare(session, op, op.positives[0].request));
	const { problems } = judge(op, ex, session.validators);
	const token = op.login.tokenPath.reduce((node, key) => node?.[key], ex.json);
	if (!problems.length && ex.status < 300 && typeof token === "string" && token) return { token };
	const why = problems[0] ?? (ex.status >= 300 ? `answered ${describeAnswer(ex)}` : `no token at ${op.login.tokenPath.join(".")}`);
	return { problem: `logging in through ${op.method} ${op.path} failed: ${why}\n    ${curlOf(ex.request, session.secrets)}` };
}
async function checkOperation(session, op) {
	const started = performance.now();
	const checks = [];
	for (const positive of op.positives) checks.push(await positiveCheck(session, op, positive));
	for (const negative of op.negatives) checks.push(await negativeCheck(session, op, negative));
	checks.push(...await authChecks(session, op));
	return {
		name: op.operationId,
		route: `${op.method} ${op.path}`,
		verdict: foldVerdict(checks),
		checks,
		ms: Math.round(performance.now() - started)
	};
}
/** Paths no operation has: the documented 404 envelope, never a 2xx and never a 5xx. */
async function routingChecks(session) {
	const started = performance.now();
	const prefix = session.table.operations.find((o) => o.secured).path.split("/").slice(0, -1).join("/");
	const paths = [`/__connectfi_contract_unknown__/${session.fresh("x")}`, `${prefix}/__connectfi_contract_unknown__`];
	const checks = [];
	for (const path of paths) {
		const request = {
			path: {},
			query: {}
		};
		const out = outgoing(session.target, "POST", path, {
			...request,
			body: {}
		}, {
			contentType: "application/json",
			fileFields: []
		}, session.token);
		const ex = await send(out, session.target.timeoutMs);
		const name = `unknown path ${path}`;
		const transport = transportProblem(ex);
		const problems = transport ? [transport] : ex.status !== 404 ? [`answered ${ex.status} where no operation exists (expected 404)`] : judgeAgainst(ex, { "application/json": session.table.errorEnvelope }, session.validators);
		checks.push(problems.length ? {
			name,
			verdict: "failed",
			problems,
			curl: curlOf(out, session.secrets)
		} : {
			name,
			verdict: "passed",
			problems: []
		});
	}
	return {
		name: "(routing)",
		route: "POST /__connectfi_contract_unknown__",
		verdict: foldVerdict(checks),
		checks,
		ms: Math.round(performance.now() - started)
	};
}
export async function verify(table, validators, options) {
	const started = performance.now();
	const target = {
		baseUrl: options.target,
		tokenHeader: table.tokenHeader,
		timeoutMs: options.timeoutMs ?? 1e4
	};
	const session = {
		target,
		table,
		validators,
		token: options.token,
		credentials: options.credentials,
		sandbox: options.sandbox ?? false,
		fresh: freshReferences(),
		secrets: {
			token: options.token,
			password: options.credentials?.password
		}
	};
	const known = new Set(table.operations.map((o) => o.operationId));
	const unknown = (options.only ?? []).filter((id) => !known.has(id));
	if (unknown.length) throw new Error(`--only names operations the contract does not have: ${unknown.join(", ")}`);
	let loginProblem;
	if (options.credentials) {
		const login = table.operations.find((o) => o.operationId === table.loginOperation);
		const { token, problem } = await logIn(session, login);
		session.token = token;
		session.secrets.token = token;
		loginProblem = problem;
		if (problem) options.onLoginProblem?.(problem);
	}
	const results = [];
	const report = (result) => {
		results.push(result);
		options.onResult?.(result);
	};
	const selected = options.only?.length ? table.operations.filter((o) => options.only.includes(o.operationId)) : table.operations;
	for (const op of selected) report(await checkOperation(session, op));
	if (!options.only?.length) report(await routingChecks(session));
	return {
		target: options.target,
		results,
		loginProblem,
		ms: Math.round(performance.now() - started)
	};
}
