// The bin as a user meets it: bad flags are refused naming the fix, a file store lives where it says, the request
// log line names each request (requestId) but never carries a token, a password or an account number, and SIGTERM
// stops it cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { SANDBOX_BIN, startSandbox } from './support/sandbox.ts';

const dir = mkdtempSync(join(tmpdir(), 'connectfi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('connectfi-sandbox', () => {
  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--unknown-properties', 'maybe'], /--unknown-properties must be warn, reject or allow/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('refuses %j with exit code 2 and the usage', (args, message) => {
    const run = spawnSync(process.execPath, [SANDBOX_BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: connectfi-sandbox');
  });

  it('keeps a file store where it says, logs requests without secrets, and stops on SIGTERM', async () => {
    const db = join(dir, 'nested', 'sandbox.db');
    const sandbox = await startSandbox(['--db', db, '--log', '--password', 'My-0wn-Secret!']);
    expect(sandbox.output()).toContain(`data sqlite ${db}`);
    expect(sandbox.output()).toContain('password (as given)');
    expect(existsSync(db)).toBe(true);
    const { cfi, token } = await clientFor(sandbox.url, 'CLIENTID_api', 'My-0wn-Secret!');
    const body = example('achCreate', { reference: ref('log'), DFIAccountNumber: '99887766554433' });
    await cfi.ach.create(body);
    // A misspelt property is reported by name with the spelling ACH expects.
    const raw = await fetch(`${sandbox.url}/transfer-to/ach/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-connectfi-token': token },
      body: JSON.stringify({ ...body, reference: ref('log'), webhookURL: 'http://127.0.0.1:9/x' }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('x-connectfi-unknown-properties')).toContain('webhookURL');
    const requestId = raw.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(await sandbox.stop('SIGTERM')).toBe(0);
    const log = sandbox.output();
    // One line per request: method, path, status, duration, the requestId the caller was given, and the tenant.
    expect(log).toMatch(new RegExp(`"method":"POST","path":"/transfer-to/ach/create","status":200,"durationMs":[\\d.]+,"requestId":"${requestId}","tenant":"CLIENTID"`));
    for (const secret of [token, 'My-0wn-Secret!', '99887766554433']) expect(log).not.toContain(secret);
  });
});
