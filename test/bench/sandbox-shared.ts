// The shared sandbox's figures for `npm run bench` (issue 13), file store and PostgreSQL on loopback in the same run:
// ACH creations per second with 50 concurrent clients (durable: SQLite synchronous=FULL, PostgreSQL's default
// synchronous_commit), p50/p99 latency of listing 1,000 records of a tenant holding 100,000, and two sandbox
// processes on one PostgreSQL against one (target >= 1.6x). Without a PostgreSQL server or binaries its rows say
// skipped. The 100,000 records are 1,000 created through the API, copied in SQL (new ids and references) to save
// minutes of seeding; the list reads them through the API like any others.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freshDatabase, postgresForBench } from './postgres.ts';
import { hammer, startSandbox, tokenFor, type SandboxRow } from './sandbox.ts';
import { benchSubject } from './subject.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LISTS = Number(process.env.BENCH_LISTS ?? 100);
const TOTAL = 100_000;
const CREATED = 1_000;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const base = benchSubject().body as Record<string, unknown>;
const run = Date.now().toString(36);
const createBody = (prefix: string) => (i: number) => JSON.stringify({ ...base, reference: `${prefix}${run}x${i}` });

/** Creations/s with 50 connections, median of RUNS runs. */
async function creationsPerSecond(url: string, token: string, prefix: string): Promise<{ rps: number; failures: number }> {
  const rps: number[] = [];
  let failures = 0;
  for (let r = 0; r < RUNS; r++) {
    const result = await hammer(url, '/transfer-to/ach/create', token, createBody(`${prefix}${r}`), SECONDS, 500_000, 50);
    rps.push(result.rps);
    failures += result.failures;
  }
  return { rps: median(rps), failures };
}

/** CREATED transfers through the API, 20 at a time. */
async function createThroughApi(url: string, token: string, prefix: string): Promise<void> {
  const body = createBody(prefix);
  for (let i = 0; i < CREATED; i += 20) {
    await Promise.all(Array.from({ length: 20 }, async (_, k) => {
      const response = await fetch(`${url}/transfer-to/ach/create`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': token }, body: body(i + k) });
      if (response.status !== 200) throw new Error(`seeding: ${response.status} ${await response.text()}`);
    }));
  }
}

const COPIES = TOTAL / CREATED - 1;
const copySqlite = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COPIES})
  INSERT INTO records SELECT tenant, resource, id || 'c' || i, reference || 'c' || i, status, created_at, webhook_url,
  json_set(data, '$.cFiTransactionId', id || 'c' || i, '$.reference', reference || 'c' || i) FROM records CROSS JOIN n`;
const copyPostgres = `INSERT INTO records SELECT tenant, resource, id || 'c' || i, reference || 'c' || i, status, created_at, webhook_url,
  jsonb_set(jsonb_set(data::jsonb, '{cFiTransactionId}', to_jsonb(id || 'c' || i)), '{reference}', to_jsonb(reference || 'c' || i))::text
  FROM records CROSS JOIN generate_series(1, ${COPIES}) AS i`;

/** p50 and p99 (ms) of LISTS lists of 1,000 records at random offsets, measured at the client. */
async function listLatency(url: string, token: string): Promise<{ p50: number; p99: number; records: number }> {
  const times: number[] = [];
  let records = 0;
  for (let i = 0; i < LISTS; i++) {
    const skip = Math.floor(Math.random() * (TOTAL / 1000)) * 1000;
    const started = performance.now();
    const response = await fetch(`${url}/transfer-to/ach/list`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': token }, body: JSON.stringify({ numberOfRecords: 1000, skipRecords: skip }) });
    const json = (await response.json()) as { data?: { transactions: unknown[] } };
    times.push(performance.now() - started);
    if (response.status !== 200 || json.data?.transactions.length !== 1000) throw new Error(`list at ${skip}: ${response.status}, ${json.data?.transactions.length} records`);
    records += json.data.transactions.length;
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), records };
}

export async function sandboxSharedBench(): Promise<SandboxRow[]> {
  const rows: SandboxRow[] = [];
  const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
  const dir = mkdtempSync(join(tmpdir(), 'connectfi-shared-bench-'));
  const server = await postgresForBench();
  try {
    // File store.
    const file = { creations: 0, failures: 0, p50: 0, p99: 0 };
    {
      const s = await startSandbox(join(dir, 'create.db'));
      try {
        const c = await creationsPerSecond(s.url, await tokenFor(s.url), 'fc');
        Object.assign(file, { creations: c.rps, failures: c.failures });
      } finally {
        await s.stop();
      }
      const db = join(dir, 'list.db');
      let s2 = await startSandbox(db);
      await createThroughApi(s2.url, await tokenFor(s2.url), 'fl');
      await s2.stop(); // the file is one process's: copy while the sandbox is down
      const sqlite = new Database(db);
      sqlite.exec(copySqlite);
      sqlite.close();
      s2 = await startSandbox(db);
      try {
        Object.assign(file, await listLatency(s2.url, await tokenFor(s2.url)));
      } finally {
        await s2.stop();
      }
    }

    if ('skipped' in server) {
      rows.push({ measure: `8. sandbox ACH creations/s, 50 clients, file store (PostgreSQL skipped: ${server.skipped})${file.failures ? `, ${file.failures} non-2xx!` : ''}`, a: fmt(file.creations), b: '-', ratio: '', target: '', met: '' });
      rows.push({ measure: '9. list 1,000 of 100,000 records, file store, p50 / p99 ms (PostgreSQL skipped)', a: `${fmt(file.p50, 1)} / ${fmt(file.p99, 1)}`, b: '-', ratio: '', target: '', met: '' });
      rows.push({ measure: `10. two sandbox processes on one PostgreSQL vs one: skipped (${server.skipped})`, a: '-', b: '-', ratio: '', target: '>= 1.6x', met: 'skipped' });
      return rows;
    }

    // PostgreSQL: one process, then two on the same database.
    const pgFig = { creations: 0, failures: 0, p50: 0, p99: 0, one: [] as number[], two: [] as number[], twoFailures: 0 };
    {
      const db = await freshDatabase(server.url, 'sbx_bench_create');
      let a = await startSandbox(db.url);
      try {
        const token = await tokenFor(a.url);
        const c = await creationsPerSecond(a.url, token, 'pc');
        Object.assign(pgFig, { creations: c.rps, failures: c.failures });
        const b = await startSandbox(db.url);
        try {
          for (let r = 0; r < RUNS; r++) {
            pgFig.one.push((await hammer(a.url, '/transfer-to/ach/create', token, createBody(`p1${r}`), SECONDS, 500_000, 50)).rps);
            // The same 50 clients split over the two processes, as behind a load balancer.
            const [x, y] = await Promise.all([a, b].map((s, k) => hammer(s.url, '/transfer-to/ach/create', token, createBody(`p2${r}${k}`), SECONDS, 500_000, 25)));
            pgFig.two.push(x.rps + y.rps);
            pgFig.twoFailures += x.failures + y.failures;
          }
        } finally {
          await b.stop();
        }
      } finally {
        await a.stop();
        await db.drop();
      }
      const listDb = await freshDatabase(server.url, 'sbx_bench_list');
      a = await startSandbox(listDb.url);
      try {
        const token = await tokenFor(a.url);
        await createThroughApi(a.url, token, 'pl');
        const client = new pg.Client({ connectionString: listDb.url });
        await client.connect();
        await client.query(copyPostgres);
        await client.query('ANALYZE records');
        await client.end();
        Object.assign(pgFig, await listLatency(a.url, token));
      } finally {
        await a.stop();
        await listDb.drop();
      }
    }

    const failures = file.failures + pgFig.failures;
    rows.push({ measure: `8. sandbox ACH creations/s, 50 clients, durable: file store (A) vs PostgreSQL (B)${failures ? `, ${failures} non-2xx!` : ''}`, a: fmt(file.creations), b: fmt(pgFig.creations), ratio: `${fmt(file.creations / pgFig.creations, 2)}x`, target: '', met: '' });
    rows.push({ measure: '9. list 1,000 of 100,000 records, p50 / p99 ms: file store (A) vs PostgreSQL (B)', a: `${fmt(file.p50, 1)} / ${fmt(file.p99, 1)}`, b: `${fmt(pgFig.p50, 1)} / ${fmt(pgFig.p99, 1)}`, ratio: `${fmt(file.p50 / pgFig.p50, 2)}x`, target: '', met: '' });
    const ratio = median(pgFig.two) / median(pgFig.one);
    // Two processes can only scale where there are idle cores: one sandbox process already uses most of a core, and
    // PostgreSQL and the load generator share the same machine. The row says how many cores and how busy they were.
    const machine = `${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, PostgreSQL and the clients on the same machine`;
    rows.push({ measure: `10. ACH creations/s, 50 clients: two sandbox processes (A) vs one (B) on one PostgreSQL (${machine})${pgFig.twoFailures ? `, ${pgFig.twoFailures} non-2xx!` : ''}`, a: fmt(median(pgFig.two)), b: fmt(median(pgFig.one)), ratio: `${fmt(ratio, 2)}x`, target: '>= 1.6x', met: verdict(ratio >= 1.6) });
    return rows;
  } finally {
    if (!('skipped' in server)) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx test/bench/sandbox-shared.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const rows = await sandboxSharedBench();
  for (const r of rows) console.log(`| ${r.measure} | ${r.a} | ${r.b} | ${r.ratio} | ${r.target} | ${r.met} |`);
}
