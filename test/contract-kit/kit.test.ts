// The contract kit used on this repo, installed from its tarball into a project outside the workspace: the
// example-answering provider passes `verify`; a provider with planted defects fails it, each defect named on its
// operation and nothing else; `mock --dynamic` answers every operation with data its own schema accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installKit, runKit, type InstalledKit } from './support/installed-kit.ts';
import { startKitMock } from './support/kit-mock.ts';
import { DEFECTS, LOGIN, PASSWORD, startDefectiveProvider, startExampleProvider, startProvider, type Provider } from './support/providers.ts';
import { detailLines, summary, verdicts } from './support/kit-output.ts';

let kit: InstalledKit;
beforeAll(() => {
  kit = installKit();
}, 180_000);
afterAll(() => kit?.remove());

const detailsOf = (stdout: string, operationId: string) => detailLines(stdout, operationId).join('\n');

describe('connectfi-contract verify, installed from its tarball', () => {
  let provider: Provider;
  afterAll(() => provider?.close());

  it('passes the provider that answers every operation with its documented example, one line per operation', async () => {
    provider = await startExampleProvider();
    const junit = join(kit.dir, 'contract.xml');
    const run = await runKit(kit, ['verify', '--target', provider.url, '--login', LOGIN, '--junit', junit], { CONNECTFI_PASSWORD: PASSWORD });
    const { table } = (await kit.importKit()).loadKit();
    expect(run.stderr).toBe('');
    expect(summary(run.stdout)).toEqual([table.operations.length + 1, 0, 0]);
    expect(Object.keys(verdicts(run.stdout)).sort()).toEqual([...table.operations.map((o) => o.operationId), '(routing)'].sort());
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(PASSWORD);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(table.operations.length + 1);
    expect(xml).toContain(`tests="${table.operations.length + 1}" failures="0"`);
    console.log(`contract kit: verify of ${table.operations.length} operations (${/\((\d+) checks against/.exec(run.stdout)![1]} checks) against a local server took ${(run.ms / 1000).toFixed(1)} s, process start to exit`);
  }, 120_000);

  it('fails the provider with planted defects, naming each on its operation and passing every other', async () => {
    const defective = await startDefectiveProvider();
    try {
      const junit = join(kit.dir, 'defects.xml');
      const run = await runKit(kit, ['verify', '--target', defective.url, '--login', LOGIN, '--password', PASSWORD, '--junit', junit]);
      expect(run.code).toBe(1);
      const failed = Object.entries(verdicts(run.stdout))
        .filter(([, v]) => v !== 'PASS')
        .map(([id]) => id);
      expect(failed.sort()).toEqual(Object.values(DEFECTS).sort());
      expect(summary(run.stdout)?.slice(1)).toEqual([4, 0]);
      expect(detailsOf(run.stdout, DEFECTS.missingHandler)).toMatch(/answered 501: the operation is not implemented/);
      expect(detailsOf(run.stdout, DEFECTS.noRequestId)).toMatch(/the envelope has no requestId/);
      expect(detailsOf(run.stdout, DEFECTS.skipsAuth)).toMatch(/auth without token: answered 200 .* where a protected operation answers 401 unauthorized/);
      expect(detailsOf(run.stdout, DEFECTS.skipsAuth)).toMatch(/auth with a forged token: answered 200/);
      expect(detailsOf(run.stdout, DEFECTS.skipsValidation)).toMatch(/negative wrongType: .* accepted with 200, where the contract refuses it with 400/);
      // Each failure carries the request as curl, with the token as a shell variable, never in clear.
      expect(detailsOf(run.stdout, DEFECTS.missingHandler)).toMatch(/curl -sS -i -X POST '[^']+\/transfer-to\/ach\/list' -H "x-connectfi-token: \$CONNECTFI_TOKEN"/);
      const xml = readFileSync(junit, 'utf8');
      expect(xml).toContain('failures="4"');
      for (const id of Object.values(DEFECTS)) expect(xml).toMatch(new RegExp(`name="${id}"[^>]*>\\s*<failure `));
    } finally {
      await defective.close();
    }
  }, 120_000);

  it('reports a documented refusal of a valid example as "needs state" with the reason, not as a pass', async () => {
    const stateful = await startProvider({ achCreate: (examples) => ({ status: 404, body: examples.error('404') }) });
    try {
      const run = await runKit(kit, ['verify', '--target', stateful.url, '--login', LOGIN, '--password', PASSWORD, '--only', 'achCreate,achQuery']);
      expect(verdicts(run.stdout)).toEqual({ achCreate: 'STATE', achQuery: 'PASS' });
      expect(detailsOf(run.stdout, 'achCreate')).toMatch(/example \S+: answered 404 \w+ \(documented\): it needs a record or condition the provider does not have/);
      expect(summary(run.stdout)).toEqual([1, 0, 1]);
      expect(run.code).toBe(0);
    } finally {
      await stateful.close();
    }
  }, 60_000);

  it('says first when the login is refused, and never prints the password', async () => {
    const wrong = 'Wrong-Passw0rd!';
    const refusing = await startExampleProvider();
    const run = await runKit(kit, ['verify', '--target', refusing.url, '--login', LOGIN, '--password', wrong, '--only', 'healthCheck,achCreate']);
    await refusing.close();
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[1]).toBe('login: logging in through POST /auth/get-token failed: answered 401 unauthorized');
    expect(verdicts(run.stdout)).toEqual({ healthCheck: 'PASS', achCreate: 'FAIL' });
    expect(run.stdout).not.toContain(wrong);
  }, 60_000);

  it('fails on a connection error and a timeout rather than skipping', async () => {
    const gone = await startExampleProvider();
    await gone.close();
    const refused = await runKit(kit, ['verify', '--target', gone.url, '--token', 'any', '--only', 'healthCheck']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^FAIL +healthCheck .*\n.*connection error: ECONNREFUSED/m);
    const silent = await startProvider({}, { silent: true });
    try {
      const slow = await runKit(kit, ['verify', '--target', silent.url, '--token', 'any', '--only', 'healthCheck', '--timeout', '300']);
      expect(slow.code).toBe(1);
      expect(slow.stdout).toMatch(/no answer within 300 ms \(timeout\)/);
    } finally {
      await silent.close();
    }
  }, 60_000);

  it('refuses a bad command line, naming what to fix', async () => {
    const noTarget = await runKit(kit, ['verify', '--token', 'x']);
    expect([noTarget.code, noTarget.stderr]).toEqual([2, expect.stringContaining('verify needs --target <url>')]);
    const noAuth = await runKit(kit, ['verify', '--target', 'http://127.0.0.1:9']);
    expect(noAuth.stderr).toContain('verify needs --login and --password (or CONNECTFI_PASSWORD), or --token');
    const unknown = await runKit(kit, ['verify', '--target', 'http://127.0.0.1:9', '--token', 'x', '--only', 'achCreate,noSuchOperation']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('--only names operations the contract does not have: noSuchOperation')]);
  }, 60_000);
});

describe('connectfi-contract mock, installed from its tarball', () => {
  it('--dynamic answers every operation with a generated body its documented schema accepts, and stops on SIGTERM', async () => {
    const { loadKit } = await kit.importKit();
    const { table, validators } = loadKit();
    const mock = await startKitMock(kit, ['--dynamic']);
    const problems: string[] = [];
    try {
      for (let round = 0; round < 3; round++) {
        for (const op of table.operations) {
          const answer = await dynamicAnswer(mock.url, table.tokenHeader, op).catch((error: Error) => ({ status: 0, type: undefined, text: error.message, body: undefined }));
          const media = op.responses[op.success.status]?.[answer.type ?? ''];
          if (answer.status !== Number(op.success.status) || !media) problems.push(`${op.operationId}: ${answer.status} ${answer.type} ${answer.text.slice(0, 200)}`);
          else if (!validators[media](answer.body)) problems.push(`${op.operationId}: ${JSON.stringify(validators[media].errors?.slice(0, 3))}`);
        }
      }
    } finally {
      const stopped = await mock.stop();
      expect(stopped).toMatchObject({ code: 0, signal: null });
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

async function dynamicAnswer(url: string, tokenHeader: string, op: import('@connectfi/contract').OperationContract) {
  const { request } = op.positives[0];
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.path[name]));
  const headers: Record<string, string> = { [tokenHeader]: 'mock-token', prefer: 'dynamic=true' };
  let body: string | FormData | undefined;
  if (op.body?.contentType.startsWith('multipart/')) {
    body = new FormData();
    for (const [k, v] of Object.entries(request.body as Record<string, unknown>)) {
      if (op.body.fileFields.includes(k)) body.append(k, new Blob(['bytes']), 'document.pdf');
      else body.append(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
  } else if (request.body !== undefined) {
    headers['content-type'] = op.body!.contentType;
    body = JSON.stringify(request.body);
  }
  const response = await fetch(`${url}${path}`, { method: op.method, headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  const type = response.headers.get('content-type')?.split(';')[0];
  return { status: response.status, type, text, body: type && /json/.test(type) ? JSON.parse(text) : text };
}
