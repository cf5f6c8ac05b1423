// `npm start` does what the README promises: docs and a mock on free ports of 127.0.0.1, printed on start, a first
// call through the client shown, and both stopped on Ctrl+C (SIGINT).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';

it('serves the docs and the mock, shows a client call, and stops both on SIGINT', async () => {
  const child = spawn(bin('tsx'), [join(projectRoot, 'scripts/start.ts')], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('Ctrl+C stops both.')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) early:\n${output}`)));
  });
  try {
    await ready;
    const docs = /docs {2}(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1];
    const mock = /mock {2}(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1];
    expect(output).toMatch(/health\.check\(\)\n {2}-> \{"status":"ok"/);
    const page = await fetch(docs);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>connectFi API reference</title>');
    expect((await fetch(`${mock}/health`)).status).toBe(200);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${mock}/health`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);
