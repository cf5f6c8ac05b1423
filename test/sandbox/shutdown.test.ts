// Graceful shutdown (issue 13): SIGTERM lets a request already in flight finish with its answer, and the webhook
// delivery that request wrote (still pending when the signal came) is sent and recorded before the process exits.
// The request is made slow on the client side: half its body before SIGTERM, the rest after. A request that never
// finishes does not hold the process past the deadline.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { startReceiver } from './support/receiver.ts';
import { startSandbox } from './support/sandbox.ts';

const dir = mkdtempSync(join(tmpdir(), 'connectfi-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a POST, writes the first half of its body, and hands back a way to send the rest and read the answer. */
function halfSent(url: string, path: string, token: string, body: string) {
  const bytes = Buffer.from(body);
  const cut = Math.floor(bytes.length / 2);
  let answer!: Promise<{ status: number; body: any }>;
  const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes.length, 'x-connectfi-token': token } });
  answer = new Promise((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, cut));
  return {
    answer,
    finish() {
      req.end(bytes.subarray(cut));
      return answer;
    },
  };
}

it('finishes the request in flight and sends its pending webhook before exiting on SIGTERM', async () => {
  const db = join(dir, 'sandbox.db');
  // The receiver is slow (1.5 s, under the 5 s webhook timeout): the attempt is still running when the requests end.
  const receiver = await startReceiver(() => ({ status: 200, delayMs: 1500 }));
  const first = await startSandbox(['--db', db]);
  try {
    const { cfi, token } = await clientFor(first.url);
    const transfer = await cfi.ach.create(example('achCreate', { reference: ref('term'), webhookUrl: `${receiver.url}/term` }));
    const move = halfSent(first.url, '/sandbox/transition', token, JSON.stringify({ resource: 'AchTransfer', id: transfer.cFiTransactionId, to: 'Sent' }));
    await new Promise((r) => setTimeout(r, 300)); // the server has the headers and half the body
    const exited = first.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(first.child.exitCode).toBeNull(); // still waiting for the request in flight
    const answer = await move.finish();
    expect(answer.status).toBe(200);
    expect(await exited).toBe(0);
    // The delivery the in-flight request wrote was posted before the exit, not left for the next start.
    expect(receiver.received.map((p) => [p.path, p.body.cFiTransactionId, p.body.status])).toEqual([['/term', transfer.cFiTransactionId, 'Sent']]);

    const second = await startSandbox(['--db', db]);
    try {
      const again = await clientFor(second.url);
      expect((await again.cfi.ach.query({ cFiTransactionIds: [transfer.cFiTransactionId] }))[0].status).toBe('Sent');
      const log = await again.control.listWebhooks({ recordId: transfer.cFiTransactionId });
      expect(log.deliveries.map((d: any) => [d.state, d.statusCode])).toEqual([['delivered', 200]]);
    } finally {
      await second.stop();
    }
  } finally {
    await first.stop('SIGKILL');
    await receiver.close();
  }
}, 60_000);

it('does not wait past its deadline (10 s) for a request that never finishes', async () => {
  const sandbox = await startSandbox();
  try {
    const { token } = await clientFor(sandbox.url);
    const stuck = halfSent(sandbox.url, '/transfer-to/ach/query', token, JSON.stringify({ references: ['never'] }));
    stuck.answer.catch(() => {}); // its connection is cut at the deadline
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    expect(await sandbox.stop('SIGTERM')).toBe(0);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(9_000); // it did wait for the request in flight
    await expect(stuck.answer).rejects.toThrow();
  } finally {
    await sandbox.stop('SIGKILL');
  }
}, 60_000);
