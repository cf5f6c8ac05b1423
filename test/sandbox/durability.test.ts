// No acknowledged write is lost: kill -9 the sandbox during a load of creations and status changes, restart it on
// the same database, and every creation answered 200 is there, every change answered 200 has its webhook delivery in
// the log. On the file store always, on PostgreSQL when CONNECTFI_TEST_PG_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientFor } from './support/clients.ts';
import { storeBackends } from './support/pg-database.ts';
import { example, ref } from './support/bodies.ts';
import { startSandbox } from './support/sandbox.ts';

const dir = mkdtempSync(join(tmpdir(), 'connectfi-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends = storeBackends('durability', 'sbx_dur', () => join(dir, 'sandbox.db'));

describe.each(backends)('kill -9 on the %s', (_, database) => {
  it('loses no creation or status change that was answered 200', async () => {
    const db = await database();
    const first = await startSandbox(['--db', db]);
    const { cfi, control } = await clientFor(first.url);
    const created: string[] = [];
    const moved: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const t = await cfi.ach.create(example('achCreate', { reference: ref('dur'), webhookUrl: 'http://127.0.0.1:9/never' }));
          created.push(t.cFiTransactionId);
          await control.transition({ resource: 'AchTransfer', id: t.cFiTransactionId, to: 'Sent' });
          moved.push(t.cFiTransactionId);
        } catch {
          return; // the process died mid-request: that request was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(created.length).toBeGreaterThan(10);

    const second = await startSandbox(['--db', db]);
    try {
      const again = await clientFor(second.url);
      for (let i = 0; i < created.length; i += 20) {
        const batch = created.slice(i, i + 20);
        const found = await again.cfi.ach.query({ cFiTransactionIds: batch });
        expect(found.map((t) => t.cFiTransactionId).sort()).toEqual([...batch].sort());
      }
      for (const id of moved) {
        const log = await again.control.listWebhooks({ recordId: id });
        expect(log.deliveries.map((d: any) => d.payload.status)).toEqual(['Sent']);
      }
    } finally {
      await second.stop();
    }
  }, 60_000);
});
