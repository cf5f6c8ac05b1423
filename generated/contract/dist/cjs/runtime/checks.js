"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.positiveCheck = positiveCheck;
exports.negativeCheck = negativeCheck;
exports.authChecks = authChecks;
// The checks of one operation: every documented request example, the negative cases, and auth. Each turns one
// exchange into a verdict; a 5xx, a 501, a timeout or a connection error always fails.
const answer_check_js_1 = require("./answer-check.js");
const curl_js_1 = require("./curl.js");
const session_js_1 = require("./session.js");
const state_js_1 = require("./state.js");
const failed = (session, name, ex, problems) => ({ name, verdict: 'failed', problems, curl: (0, curl_js_1.curlOf)(ex.request, session.secrets) });
const passed = (name) => ({ name, verdict: 'passed', problems: [] });
/** The refusal's envelope: the operation's documented response for that status, else the API's error envelope. */
function refusalProblems(session, op, ex) {
    const documented = op.responses[String(ex.status)];
    return (0, answer_check_js_1.judgeAgainst)(ex, documented ?? { 'application/json': session.table.errorEnvelope }, session.validators);
}
/** Why a documented refusal of a valid example is not the provider's fault, when the contract says so. */
function stateReason(op, answer, code, example) {
    const prerequisite = op.prerequisites.find((p) => p.code !== undefined && p.code === code);
    if (prerequisite)
        return `example ${example}: answered ${answer}: needs ${prerequisite.that}`;
    return `example ${example}: answered ${answer} (documented): it needs a record or condition the provider does not have, and the contract states no behaviour for ${op.operationId} that would create it`;
}
async function positiveCheck(session, op, positive) {
    const name = `example ${positive.example}`;
    if (op.login && !session.credentials)
        return { name, verdict: 'needs state', problems: ['logging in needs --login and --password (verify ran with --token)'] };
    const setup = await (0, state_js_1.setUp)(session, op, positive);
    const ex = await (0, session_js_1.call)(session, op, setup.request);
    const { problems, code } = (0, answer_check_js_1.judge)(op, ex, session.validators);
    const on = setup.note ? ` (${setup.note})` : '';
    if (problems.length)
        return failed(session, name, ex, problems.map((p) => `${p}${on}`));
    const status = ex.status;
    // A documented refusal after the kit could not build what the example needs: that is the reason.
    const short = (verdict) => (setup.shortfall && verdict.verdict === 'failed'
        ? { name, verdict: 'needs state', problems: [`${setup.shortfall.needsState}; the example answered ${(0, answer_check_js_1.describeAnswer)(ex)}`], curl: setup.shortfall.curl ?? (0, curl_js_1.curlOf)(ex.request, session.secrets) }
        : verdict);
    if (session.sandbox && positive.trigger) {
        // Refused for a record the kit could not build (none was built): the trigger is not reached, so not judged.
        const expected = 'error' in positive.trigger.outcome ? positive.trigger.outcome.error : undefined;
        const prerequisite = !setup.note && status >= 400 && !(expected && expected.code === code) && op.prerequisites.some((p) => p.code !== undefined && p.code === code);
        if (prerequisite)
            return { name, verdict: 'needs state', problems: [stateReason(op, (0, answer_check_js_1.describeAnswer)(ex), code, positive.example)], curl: (0, curl_js_1.curlOf)(ex.request, session.secrets) };
        return short(triggerVerdict(session, name, ex, positive.trigger, on));
    }
    if (status >= 200 && status < 300)
        return passed(name);
    // Without --sandbox a trigger example may answer either way: a plain service accepts it, a sandbox its outcome.
    const documentedError = positive.trigger && 'error' in positive.trigger.outcome ? positive.trigger.outcome.error : undefined;
    if (documentedError && String(status) === documentedError.status && code === documentedError.code)
        return passed(name);
    if (status === 401)
        return failed(session, name, ex, [op.login ? 'refused the login and password given (401)' : `refused the token the provider issued at login: ${(0, answer_check_js_1.describeAnswer)(ex)}`]);
    if (setup.shortfall)
        return short(failed(session, name, ex, []));
    if (status === 400 && code === 'requestValidateError')
        return failed(session, name, ex, [`refused its own documented example as invalid: ${(0, answer_check_js_1.describeAnswer)(ex)}${on}`]);
    if (setup.note)
        return failed(session, name, ex, [`answered ${(0, answer_check_js_1.describeAnswer)(ex)} on a record created for it${on}`]);
    return { name, verdict: 'needs state', problems: [stateReason(op, (0, answer_check_js_1.describeAnswer)(ex), code, positive.example)], curl: (0, curl_js_1.curlOf)(ex.request, session.secrets) };
}
/** With --sandbox: an example that reproduces a documented trigger must answer the trigger's outcome. */
function triggerVerdict(session, name, ex, trigger, on) {
    const { outcome } = trigger;
    const got = (0, answer_check_js_1.describeAnswer)(ex);
    if ('error' in outcome) {
        const { status, code } = outcome.error;
        return String(ex.status) === status && (0, answer_check_js_1.codeOf)(ex) === code ? passed(name)
            : failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to answer ${status} ${code}; answered ${got}${on}`]);
    }
    const record = ex.json?.data;
    const actual = outcome.field ? record?.[outcome.field] : undefined;
    if (ex.status < 300 && (!outcome.field || actual === outcome.status))
        return passed(name);
    return failed(session, name, ex, [`reproduces the sandbox trigger "${trigger.when}", documented to create the record ${outcome.status}; answered ${got}${outcome.field ? ` with ${outcome.field} ${String(actual)}` : ''}${on}`]);
}
async function negativeCheck(session, op, negative) {
    const name = `negative ${negative.kind}`;
    const ex = await (0, session_js_1.call)(session, op, (0, session_js_1.prepare)(session, op, negative.request, false));
    const transport = (0, answer_check_js_1.transportProblem)(ex);
    if (transport)
        return failed(session, name, ex, [`${negative.fault}: ${transport}`]);
    const status = ex.status;
    if (status >= 200 && status < 300)
        return failed(session, name, ex, [`${negative.fault}: accepted with ${status}, where the contract refuses it with ${negative.expect.join(' or ')}`]);
    if (!negative.expect.includes(status))
        return failed(session, name, ex, [`${negative.fault}: answered ${(0, answer_check_js_1.describeAnswer)(ex)}, expected ${negative.expect.join(' or ')}`]);
    const problems = negative.kind === 'wrongMethod' ? (0, answer_check_js_1.judgeAgainst)(ex, { 'application/json': session.table.errorEnvelope }, session.validators) : refusalProblems(session, op, ex);
    if (negative.code && (0, answer_check_js_1.codeOf)(ex) !== negative.code)
        problems.push(`code ${(0, answer_check_js_1.codeOf)(ex) ?? '(none)'} where ${negative.code} is documented`);
    return problems.length ? failed(session, name, ex, problems.map((p) => `${negative.fault}: ${p}`)) : passed(name);
}
/** A protected operation without a token, and with a forged one: 401 `unauthorized` both times. */
async function authChecks(session, op) {
    if (!op.secured)
        return [];
    const request = (0, session_js_1.prepare)(session, op, op.positives[0].request);
    const forged = `forged${(session.token ?? 'x'.repeat(32)).slice(6).split('').reverse().join('')}`;
    const results = [];
    for (const [name, token] of [['auth without token', undefined], ['auth with a forged token', forged]]) {
        const ex = await (0, session_js_1.call)(session, op, request, { token });
        const transport = (0, answer_check_js_1.transportProblem)(ex);
        if (transport)
            results.push(failed(session, name, ex, [transport]));
        else if (ex.status !== 401)
            results.push(failed(session, name, ex, [`answered ${(0, answer_check_js_1.describeAnswer)(ex)} where a protected operation answers 401 unauthorized`]));
        else {
            const problems = refusalProblems(session, op, ex);
            if ((0, answer_check_js_1.codeOf)(ex) !== 'unauthorized')
                problems.push(`code ${(0, answer_check_js_1.codeOf)(ex) ?? '(none)'} where unauthorized is documented`);
            results.push(problems.length ? failed(session, name, ex, problems) : passed(name));
        }
    }
    return results;
}
