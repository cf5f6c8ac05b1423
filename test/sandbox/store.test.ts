// One store suite, two backends: SQLite always (a file under a temp directory, as the CLI uses it), PostgreSQL when
// CONNECTFI_TEST_PG_URL names a server (.ci/run starts one; see test/README.md). Each backend gets the same tests.
// On PostgreSQL concurrency is exercised with two store instances (two pools) on one database, as two processes
// would be; a SQLite file belongs to one process (better-sqlite3 is synchronous: a second connection in the same
// process would block the thread its lock holder needs), so there the concurrent calls share one instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Delivery, type Store, type StoredRecord } from '@connectfi/sandbox';
import { dropPgDatabase, freshPgDatabase, PG_URL as PG } from './support/pg-database.ts';

if (!PG) console.log('store suite: PostgreSQL half skipped: CONNECTFI_TEST_PG_URL is not set (.ci/run starts a throwaway server and sets it)');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Backend {
  name: string;
  /** A fresh, empty database, and a way to open a second connection (pool) to it. */
  fresh(): Promise<{ url: string; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'connectfi-store-'));
    dirs.push(dir);
    return { url: join(dir, 'sandbox.db'), drop: async () => {} };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const url = await freshPgDatabase('sbx');
    return { url, drop: () => dropPgDatabase(url) };
  },
};

const record = (tenant: string, id: string, reference: string | null, createdAt = new Date().toISOString(), status: string | null = 'Initiated'): StoredRecord => ({
  tenant,
  resource: 'AchTransfer',
  id,
  reference,
  status,
  createdAt,
  webhookUrl: 'http://127.0.0.1:9/hook',
  data: { cFiTransactionId: id, reference, status, amount: 1.5 },
});

const delivery = (tenant: string, id: string, recordId: string): Delivery => ({
  deliveryId: id,
  tenant,
  webhook: 'achStatusChanged',
  recordId,
  url: 'http://127.0.0.1:9/hook',
  payload: { status: 'Sent' },
  attempt: 1,
  state: 'pending',
  statusCode: null,
  error: null,
  durationMs: null,
  dtsCreatedAt: new Date().toISOString(),
  dtsSent: null,
});

for (const backend of [sqlite, postgres]) {
  const run = backend === postgres && !PG ? describe.skip : describe;
  run(`store on ${backend.name}`, () => {
    const open: Store[] = [];
    let drop: (() => Promise<void>) | undefined;
    let url = '';
    const connect = async () => {
      if (backend === sqlite && open.length) return open[0];
      const store = await openStore(url);
      open.push(store);
      return store;
    };
    const setup = async () => {
      const db = await backend.fresh();
      url = db.url;
      drop = db.drop;
      const store = await connect();
      return store;
    };
    afterAll(async () => {
      await Promise.all(open.map((s) => s.close()));
      await drop?.();
    });

    it('applies the migrations once, also from two instances at once, and reports its health', async () => {
      const store = await setup();
      const other = await connect();
      const [a, b] = await Promise.all([store.migrate(), other.migrate()]);
      expect([a, b]).toEqual([1, 1]);
      expect(await store.migrate()).toBe(1);
      expect(await store.health()).toMatchObject({ kind: backend.name, reachable: true, migrationVersion: 1 });
    });

    it('makes exactly one record of concurrent inserts with one reference, naming it to the others', async () => {
      const [one, two] = [open[0], open[1] ?? open[0]];
      const attempts = Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).insertRecord(record('T1', `T1_race${i}`, 'sameref')));
      const results = await Promise.all(attempts);
      const winners = results.filter((r) => r.inserted);
      expect(winners).toHaveLength(1);
      const ids = await one.findRecords('T1', 'AchTransfer', { references: ['sameref'] });
      expect(ids).toHaveLength(1);
      for (const r of results) if (!r.inserted) expect(r.existingId).toBe(ids[0].id);
      // Another tenant may use the same reference; records without a reference never collide.
      expect(await one.insertRecord(record('T2', 'T2_x', 'sameref'))).toEqual({ inserted: true });
      expect(await one.insertRecord(record('T1', 'T1_noref1', null))).toEqual({ inserted: true });
      expect(await one.insertRecord(record('T1', 'T1_noref2', null))).toEqual({ inserted: true });
    });

    it('keeps tenants apart in every read', async () => {
      const store = open[0];
      expect(await store.getRecord('T2', 'AchTransfer', 'T1_noref1')).toBeUndefined();
      expect((await store.getRecord('T1', 'AchTransfer', 'T1_noref1'))?.data).toMatchObject({ amount: 1.5 });
      expect(await store.findRecords('T2', 'AchTransfer', { ids: ['T1_noref1', 'T1_noref2'] })).toEqual([]);
      expect((await store.listRecords('T2', 'AchTransfer', {}, { skip: 0, limit: 100 })).records.map((r) => r.id)).toEqual(['T2_x']);
    });

    it('pages newest first with an exact `more`, and filters by status, reference and date', async () => {
      const store = open[0];
      for (let i = 0; i < 5; i++) await store.insertRecord(record('T3', `T3_${i}`, `r${i}`, `2026-01-0${i + 1}T10:00:00.000Z`, i % 2 ? 'Sent' : 'Initiated'));
      const page = (skip: number, limit: number) => store.listRecords('T3', 'AchTransfer', {}, { skip, limit });
      expect((await page(0, 2)).records.map((r) => r.id)).toEqual(['T3_4', 'T3_3']);
      expect((await page(0, 2)).more).toBe(true);
      expect((await page(4, 1)).more).toBe(false);
      expect((await page(0, 5)).more).toBe(false);
      expect((await store.listRecords('T3', 'AchTransfer', { status: ['Sent'] }, { skip: 0, limit: 10 })).records.map((r) => r.id)).toEqual(['T3_3', 'T3_1']);
      expect((await store.listRecords('T3', 'AchTransfer', { createdFrom: '2026-01-02T00:00:00.000Z', createdBefore: '2026-01-04T00:00:00.000Z' }, { skip: 0, limit: 10 })).records.map((r) => r.id)).toEqual(['T3_2', 'T3_1']);
      expect((await store.findRecords('T3', 'AchTransfer', { references: ['r0', 'r9'] })).map((r) => r.id)).toEqual(['T3_0']);
    });

    it('moves a record only from the status it was read in, writing its delivery in the same transaction', async () => {
      const [one, two] = [open[0], open[1] ?? open[0]];
      const base = (await one.getRecord('T3', 'AchTransfer', 'T3_0'))!;
      const move = (store: Store, to: string, deliveryId: string) => store.updateRecord({ ...base, status: to, data: { ...base.data, status: to } }, 'Initiated', [delivery('T3', deliveryId, base.id)]);
      const results = await Promise.all([move(one, 'Sent', 'whd_a'), move(two, 'Declined', 'whd_b')]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const after = (await one.getRecord('T3', 'AchTransfer', 'T3_0'))!;
      const winner = results[0] ? 'whd_a' : 'whd_b';
      expect(after.status).toBe(results[0] ? 'Sent' : 'Declined');
      const log = await one.listDeliveries('T3', { recordId: 'T3_0' }, { skip: 0, limit: 10 });
      expect(log.deliveries.map((d) => d.deliveryId)).toEqual([winner]);
    });

    it('hands each pending delivery to exactly one of two concurrent claimers', async () => {
      const [one, two] = [open[0], open[1] ?? open[0]];
      for (let i = 0; i < 30; i++) await one.insertDelivery(delivery('T4', `whd_claim${String(i).padStart(2, '0')}`, 'T4_r'));
      const claimed: string[] = [];
      await Promise.all(
        [one, two, one, two].map(async (store) => {
          for (;;) {
            const batch = await store.claimDeliveries(4, 60_000);
            if (!batch.length) return;
            claimed.push(...batch.filter((d) => d.tenant === 'T4').map((d) => d.deliveryId));
          }
        }),
      );
      const mine = claimed.filter((id) => id.startsWith('whd_claim'));
      expect(mine.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `whd_claim${String(i).padStart(2, '0')}`));
      expect(new Set(mine).size).toBe(30);
      await one.finishDelivery('whd_claim00', { state: 'delivered', statusCode: 204, error: null, durationMs: 3, dtsSent: new Date().toISOString() });
      expect(await one.getDelivery('T4', 'whd_claim00')).toMatchObject({ state: 'delivered', statusCode: 204, durationMs: 3 });
      expect(await one.getDelivery('T1', 'whd_claim00')).toBeUndefined();
    });

    it('creates a key pair once, whichever instance asks first', async () => {
      const [one, two] = [open[0], open[1] ?? open[0]];
      let generated = 0;
      const make = () => {
        generated++;
        return { privatePem: `private-${generated}`, publicPem: `public-${generated}` };
      };
      const [a, b] = await Promise.all([one.keyPair('test', make), two.keyPair('test', make)]);
      expect(a).toEqual(b);
      expect(await one.keyPair('test', make)).toEqual(a);
    });

    it('keeps users and hashed sessions, and resets one tenant only', async () => {
      const store = open[0];
      expect(await store.createUser({ login: 'a_api', passwordHash: 'scrypt$x$y', tenant: 'TA', aggregatorId: 'TA' })).toBe(true);
      expect(await store.createUser({ login: 'a_api', passwordHash: 'scrypt$x$z', tenant: 'TB', aggregatorId: 'TB' })).toBe(false);
      await store.saveSession({ tokenHash: 'h1', login: 'a_api', tenant: 'TA', aggregatorId: 'TA', expiresAt: '2999-01-01T00:00:00.000Z' });
      expect(await store.findSession('h1')).toMatchObject({ tenant: 'TA' });
      const before = (await store.listRecords('T1', 'AchTransfer', {}, { skip: 0, limit: 100 })).records.length;
      expect(await store.resetTenant('T3')).toBeGreaterThan(0);
      expect((await store.listRecords('T3', 'AchTransfer', {}, { skip: 0, limit: 100 })).records).toEqual([]);
      expect((await store.listRecords('T1', 'AchTransfer', {}, { skip: 0, limit: 100 })).records.length).toBe(before);
    });
  });
}
