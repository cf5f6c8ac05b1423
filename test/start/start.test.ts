// `npm start` does what the README promises: docs, a Prism mock and the stateful sandbox on free ports of 127.0.0.1,
// printed on start with the sandbox's credentials, a first call through the client shown, and all three stopped on
// Ctrl+C (SIGINT). The sandbox keeps what it is given (a record created is then found); the mock does not.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createConnectFiClient } from '@connectfi/client';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';
import { example, ref } from '../sandbox/support/bodies.ts';

it('serves the docs, the mock and the sandbox, shows client calls, and stops all three on SIGINT', async () => {
  const child = spawn(bin('tsx'), [join(projectRoot, 'scripts/start.ts')], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: ':memory:' } }); // the sandbox's data: none left behind
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('Ctrl+C stops all three.')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) early:\n${output}`)));
  });
  try {
    await ready;
    const docs = /docs +(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1];
    const mock = /mock +(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1];
    expect(output).toMatch(/health\.check\(\)\n {2}-> \{"status":"ok"/);
    const page = await fetch(docs);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>connectFi API reference</title>');
    expect((await fetch(`${mock}/health`)).status).toBe(200);
    // The sandbox, with the credentials printed: a token, then a transfer created and found again by its id.
    const sandbox = /sandbox +(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1];
    const [, login, password] = /login (\S+) {3}password (\S+)/.exec(output)!;
    expect(output).toMatch(/-> a token valid until \d{4}-/);
    const cfi = createConnectFiClient({ baseUrl: sandbox, login, password, maxRetries: 0 });
    const created = await cfi.ach.create(example('achCreate', { reference: ref('start') }));
    expect((await cfi.ach.query({ cFiTransactionIds: [created.cFiTransactionId] })).map((t) => t.reference)).toEqual([created.reference]);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${mock}/health`)).rejects.toThrow();
    await expect(fetch(`${sandbox}/health`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);
