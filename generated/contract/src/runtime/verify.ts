// `connectfi-contract verify`: log in through the provider's own login, then check every operation (or those
// named with --only) from the outside, one operation at a time, in the bundle's order.
import { describeAnswer, judge, judgeAgainst, transportProblem } from './answer-check.js';
import { authChecks, negativeCheck, positiveCheck } from './checks.js';
import { curlOf } from './curl.js';
import { outgoing, send, type Target } from './http.js';
import { foldVerdict, type CheckResult, type OperationResult } from './results.js';
import { call, freshReferences, prepare, type Session } from './session.js';
import type { ContractTable, OperationContract } from './table.js';
import type { Validators } from './validator.js';

export interface VerifyOptions {
  target: string;
  credentials?: { login: string; password: string };
  token?: string;
  only?: string[];
  timeoutMs?: number;
  /** The target is a sandbox: an example that reproduces a documented sandbox trigger must answer its outcome. */
  sandbox?: boolean;
  /** Called with each operation's result as soon as it is known (the CLI prints it). */
  onResult?(result: OperationResult): void;
  /** Called when logging in failed, before any operation is checked. */
  onLoginProblem?(problem: string): void;
}

export interface VerifyReport {
  target: string;
  results: OperationResult[];
  /** Why the login failed, when it did; every protected operation then fails on its token. */
  loginProblem?: string;
  ms: number;
}

async function logIn(session: Session, op: OperationContract): Promise<{ token?: string; problem?: string }> {
  const ex = await call(session, op, prepare(session, op, op.positives[0].request));
  const { problems } = judge(op, ex, session.validators);
  const token = op.login!.tokenPath.reduce((node: any, key) => node?.[key], ex.json);
  if (!problems.length && ex.status! < 300 && typeof token === 'string' && token) return { token };
  const why = problems[0] ?? (ex.status! >= 300 ? `answered ${describeAnswer(ex)}` : `no token at ${op.login!.tokenPath.join('.')}`);
  return { problem: `logging in through ${op.method} ${op.path} failed: ${why}\n    ${curlOf(ex.request, session.secrets)}` };
}

async function checkOperation(session: Session, op: OperationContract): Promise<OperationResult> {
  const started = performance.now();
  const checks: CheckResult[] = [];
  for (const positive of op.positives) checks.push(await positiveCheck(session, op, positive));
  for (const negative of op.negatives) checks.push(await negativeCheck(session, op, negative));
  checks.push(...(await authChecks(session, op)));
  return { name: op.operationId, route: `${op.method} ${op.path}`, verdict: foldVerdict(checks), checks, ms: Math.round(performance.now() - started) };
}

/** Paths no operation has: the documented 404 envelope, never a 2xx and never a 5xx. */
async function routingChecks(session: Session): Promise<OperationResult> {
  const started = performance.now();
  const prefix = session.table.operations
    .find((o) => o.secured)!
    .path.split('/')
    .slice(0, -1)
    .join('/');
  const paths = [`/__connectfi_contract_unknown__/${session.fresh('x')}`, `${prefix}/__connectfi_contract_unknown__`];
  const checks: CheckResult[] = [];
  for (const path of paths) {
    const request = { path: {}, query: {} };
    const out = outgoing(session.target, 'POST', path, { ...request, body: {} }, { contentType: 'application/json', fileFields: [] }, session.token);
    const ex = await send(out, session.target.timeoutMs);
    const name = `unknown path ${path}`;
    const transport = transportProblem(ex);
    const problems = transport ? [transport] : ex.status !== 404 ? [`answered ${ex.status} where no operation exists (expected 404)`] : judgeAgainst(ex, { 'application/json': session.table.errorEnvelope }, session.validators);
    checks.push(problems.length ? { name, verdict: 'failed', problems, curl: curlOf(out, session.secrets) } : { name, verdict: 'passed', problems: [] });
  }
  return { name: '(routing)', route: 'POST /__connectfi_contract_unknown__', verdict: foldVerdict(checks), checks, ms: Math.round(performance.now() - started) };
}

export async function verify(table: ContractTable, validators: Validators, options: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now();
  const target: Target = { baseUrl: options.target, tokenHeader: table.tokenHeader, timeoutMs: options.timeoutMs ?? 10_000 };
  const session: Session = {
    target,
    table,
    validators,
    token: options.token,
    credentials: options.credentials,
    sandbox: options.sandbox ?? false,
    fresh: freshReferences(),
    secrets: { token: options.token, password: options.credentials?.password },
  };
  const known = new Set(table.operations.map((o) => o.operationId));
  const unknown = (options.only ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`--only names operations the contract does not have: ${unknown.join(', ')}`);
  let loginProblem: string | undefined;
  if (options.credentials) {
    const login = table.operations.find((o) => o.operationId === table.loginOperation)!;
    const { token, problem } = await logIn(session, login);
    session.token = token;
    session.secrets.token = token;
    loginProblem = problem;
    if (problem) options.onLoginProblem?.(problem);
  }
  const results: OperationResult[] = [];
  const report = (result: OperationResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const selected = options.only?.length ? table.operations.filter((o) => options.only!.includes(o.operationId)) : table.operations;
  for (const op of selected) report(await checkOperation(session, op));
  if (!options.only?.length) report(await routingChecks(session));
  return { target: options.target, results, loginProblem, ms: Math.round(performance.now() - started) };
}
