// Graceful shutdown (issue 13): SIGTERM lets a request already in flight finish with its answer, and before the
// process exits it sends every webhook delivery still pending: the one that request wrote (its own kick sends it; the
// exit waits for the attempt) and one another process wrote meanwhile, which only the dispatcher's final drain can
// send (polling stops at SIGTERM). Requests are made slow on the client side: half the body before SIGTERM, the rest
// after. On the file store always, on PostgreSQL when CONNECTFI_TEST_PG_URL is set. A request that never finishes
// does not hold the process past the deadline.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Delivery } from '@connectfi/sandbox';
import { clientFor } from './support/clients.ts';
import { storeBackends } from './support/pg-database.ts';
import { example, ref } from './support/bodies.ts';
import { startReceiver } from './support/receiver.ts';
import { DEFAULT_LOGIN, startSandbox } from './support/sandbox.ts';

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

const backends = storeBackends('shutdown', 'sbx_term', () => join(dir, 'sandbox.db'));

/** Writes a pending redelivery of `of` straight into the store's outbox, as another sandbox process would. */
async function pendingFromAnotherProcess(db: string, of: Delivery, url: string): Promise<string> {
  const store = await openStore(db);
  try {
    const deliveryId = `whd_${`${Date.now().toString(36)}OtherProcess000000`.slice(0, 22)}`;
    await store.insertDelivery({ ...of, deliveryId, url, attempt: of.attempt + 1, state: 'pending', statusCode: null, error: null, durationMs: null, dtsSent: null, dtsCreatedAt: new Date().toISOString() });
    return deliveryId;
  } finally {
    await store.close();
  }
}

describe.each(backends)('SIGTERM on the %s', (_, database) => {
  it('finishes the requests in flight and sends every pending webhook before exiting', async () => {
    const db = await database();
    // The receiver is slow (1.5 s, under the 5 s webhook timeout): attempts are still running when the requests end.
    const receiver = await startReceiver(() => ({ status: 200, delayMs: 1500 }));
    const first = await startSandbox(['--db', db]);
    try {
      const { cfi, token } = await clientFor(first.url);
      // An earlier change, delivered before the signal: its delivery is what the other process redelivers.
      const earlier = await cfi.ach.create(example('achCreate', { reference: ref('term0'), webhookUrl: `${receiver.url}/earlier` }));
      await (await clientFor(first.url)).control.transition({ resource: 'AchTransfer', id: earlier.cFiTransactionId, to: 'Sent' });
      await receiver.waitFor(1);
      const transfer = await cfi.ach.create(example('achCreate', { reference: ref('term'), webhookUrl: `${receiver.url}/term` }));
      const move = halfSent(first.url, '/sandbox/transition', token, JSON.stringify({ resource: 'AchTransfer', id: transfer.cFiTransactionId, to: 'Sent' }));
      const holder = halfSent(first.url, '/transfer-to/ach/query', token, JSON.stringify({ references: ['none'] }));
      await new Promise((r) => setTimeout(r, 300)); // the server has the headers and half of each body
      const exited = first.stop('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(first.child.exitCode).toBeNull(); // still waiting for the requests in flight
      expect((await move.finish()).status).toBe(200);
      await receiver.waitFor(2); // the change's own delivery is being posted (the receiver answers in 1.5 s)

      // While the other request is still in flight, another process leaves a delivery pending in the shared outbox.
      const store = await openStore(db);
      const { tenant } = (await store.findUser(DEFAULT_LOGIN))!;
      const { deliveries } = await store.listDeliveries(tenant, { recordId: earlier.cFiTransactionId }, { skip: 0, limit: 10 });
      await store.close();
      const otherId = await pendingFromAnotherProcess(db, deliveries[0], `${receiver.url}/other`);
      expect((await holder.finish()).status).toBe(200);
      expect(await exited).toBe(0);
      // Both were posted before the exit, not left for the next start.
      expect(receiver.received.map((p) => [p.path, p.body.cFiTransactionId, p.body.status])).toEqual([
        ['/earlier', earlier.cFiTransactionId, 'Sent'],
        ['/term', transfer.cFiTransactionId, 'Sent'],
        ['/other', earlier.cFiTransactionId, 'Sent'],
      ]);

      const second = await startSandbox(['--db', db]);
      try {
        const again = await clientFor(second.url);
        expect((await again.cfi.ach.query({ cFiTransactionIds: [transfer.cFiTransactionId] }))[0].status).toBe('Sent');
        // Recorded as delivered by the exiting process (a delivery it had left pending or claimed would not say so).
        const log = await again.control.listWebhooks({ recordId: transfer.cFiTransactionId });
        expect(log.deliveries.map((d: any) => [d.state, d.statusCode])).toEqual([['delivered', 200]]);
        const other = (await again.control.listWebhooks({ recordId: earlier.cFiTransactionId })).deliveries.find((d: any) => d.deliveryId === otherId);
        expect([other?.state, other?.statusCode]).toEqual(['delivered', 200]);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop('SIGKILL');
      await receiver.close();
    }
  }, 60_000);
});

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
