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
import { freshDatabase, postgresForBench, postmasterPid } from './postgres.ts';
import { cpuSeconds, treeCpuSeconds, type Started } from './processes.ts';
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
    await Promise.all(
      Array.from({ length: 20 }, async (_, k) => {
        const response = await fetch(`${url}/transfer-to/ach/create`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': token }, body: body(i + k) });
        if (response.status !== 200) throw new Error(`seeding: ${response.status} ${await response.text()}`);
      }),
    );
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

/** One run of the scaling comparison: creations/s, and the CPU seconds each party used meanwhile. */
interface Phase {
  rps: number;
  creations: number;
  failures: number;
  wall: number;
  /** The sandbox process(es), PostgreSQL (undefined when it runs elsewhere), the load generator. */
  cpu: { sandboxes: number; postgres: number | undefined; load: number };
}
interface Scaling {
  one: Phase[];
  two: Phase[];
  postgresSeen: boolean;
}

/**
 * Runs 50 clients against `targets` (split evenly, as behind a load balancer) for SECONDS, counting the CPU each
 * party used meanwhile: the sandbox processes and PostgreSQL from /proc, the load generator (autocannon, in this
 * process) from process.cpuUsage.
 */
async function phase(targets: (Started & { token: string })[], postmaster: number | undefined, prefix: string): Promise<Phase> {
  const sandboxCpu = () => targets.reduce((sum, t) => sum + cpuSeconds(t.listenerPid), 0);
  const before = { sandboxes: sandboxCpu(), postgres: postmaster && treeCpuSeconds(postmaster), load: process.cpuUsage(), wall: performance.now() };
  const runs = await Promise.all(targets.map((t, k) => hammer(t.url, '/transfer-to/ach/create', t.token, createBody(`${prefix}${k}`), SECONDS, 500_000, 50 / targets.length)));
  const load = process.cpuUsage(before.load);
  return {
    rps: runs.reduce((sum, r) => sum + r.rps, 0),
    creations: runs.reduce((sum, r) => sum + r.total, 0),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    wall: (performance.now() - before.wall) / 1000,
    cpu: { sandboxes: sandboxCpu() - before.sandboxes, postgres: postmaster ? treeCpuSeconds(postmaster) - before.postgres! : undefined, load: (load.user + load.system) / 1e6 },
  };
}

/** CPU ms per creation by party over all runs of a setup (summed: steadier than one run on a busy machine), and the cores they kept busy. */
function costOf(phases: Phase[]) {
  const sum = (f: (p: Phase) => number) => phases.reduce((total, p) => total + f(p), 0);
  const creations = sum((p) => p.creations) || 1;
  const ms = { sandboxes: (sum((p) => p.cpu.sandboxes) / creations) * 1000, postgres: phases[0].cpu.postgres === undefined ? undefined : (sum((p) => p.cpu.postgres!) / creations) * 1000, load: (sum((p) => p.cpu.load) / creations) * 1000 };
  return { ms, total: ms.sandboxes + (ms.postgres ?? 0) + ms.load, cores: sum((p) => p.cpu.sandboxes + (p.cpu.postgres ?? 0) + p.cpu.load) / sum((p) => p.wall) };
}

/** One sandbox process, then two on the same database, RUNS times interleaved (the machine's load drifts). */
async function twoVersusOne(dbUrl: string, postmaster: number | undefined): Promise<Scaling> {
  const a = await startSandbox(dbUrl);
  const b = await startSandbox(dbUrl);
  try {
    const token = await tokenFor(a.url);
    const targets = [a, b].map((s) => ({ ...s, token }));
    // Both warm first (JIT, schema compilation, pool connections): a cold second process would be charged its start.
    await Promise.all(targets.map((t, k) => hammer(t.url, '/transfer-to/ach/create', token, createBody(`pw${k}`), 2, 500_000, 25)));
    const one: Phase[] = [];
    const two: Phase[] = [];
    for (let r = 0; r < RUNS; r++) {
      one.push(await phase(targets.slice(0, 1), postmaster, `p1${r}`));
      two.push(await phase(targets, postmaster, `p2${r}`));
    }
    return { one, two, postgresSeen: postmaster !== undefined };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

function scalingRows({ one, two, postgresSeen }: Scaling): SandboxRow[] {
  const rps = { one: median(one.map((p) => p.rps)), two: median(two.map((p) => p.rps)) };
  const [o, t] = [costOf(one), costOf(two)];
  const failures = [...one, ...two].reduce((sum, p) => sum + p.failures, 0);
  const ratio = rps.two / rps.one;
  const cost = (c: ReturnType<typeof costOf>) => `${fmt(c.ms.sandboxes, 2)} + ${c.ms.postgres === undefined ? '?' : fmt(c.ms.postgres, 2)} + ${fmt(c.ms.load, 2)} ms, ${fmt(c.cores, 2)} cores busy`;
  // What each setup could do at best at its measured CPU cost per creation, with the machine to itself: n sandbox
  // processes are bound by their n threads (1 / sandbox ms each) and everything together by the cores (cores / total
  // ms). The bound is generous (CPU divides perfectly, nothing else runs), so a ratio under the target here means the
  // target is out of reach on this machine, whatever the code; `needs` says how many cores would make 1.6x reachable.
  const cores = cpus().length;
  const ceiling = (c: ReturnType<typeof costOf>, n: number) => Math.min((n * 1000) / c.ms.sandboxes, (cores * 1000) / c.total);
  const bound = ceiling(t, 2) / ceiling(o, 1);
  // 1.6x needs both: two threads fast enough (2 / two's sandbox ms >= 1.6 / one's) and cores for all the CPU.
  const needs = 2 / t.ms.sandboxes >= 1.6 / o.ms.sandboxes ? `needs >= ${Math.ceil((1.6 * t.total) / o.ms.sandboxes)} cores` : 'not reachable at these costs on any number of cores';
  const machine = `${cores} cores, load ${loadavg()[0].toFixed(1)}, PostgreSQL and the load generator on the same machine`;
  return [
    {
      measure: `10. ACH creations/s, 50 clients: two sandbox processes (A) vs one (B) on one PostgreSQL (${machine})${failures ? `, ${failures} non-2xx!` : ''}`,
      a: fmt(rps.two),
      b: fmt(rps.one),
      ratio: `${fmt(ratio, 2)}x`,
      target: '>= 1.6x',
      met: ratio >= 1.6 ? 'yes' : 'NO',
    },
    {
      measure: `10b. CPU per creation, sandbox process(es) + PostgreSQL${postgresSeen ? '' : ' (elsewhere: not counted)'} + load generator, and cores those kept busy: two (A) vs one (B)`,
      a: cost(t),
      b: cost(o),
      ratio: `${fmt(t.total / o.total, 2)}x`,
      target: '',
      met: '',
    },
    {
      measure: `10c. best possible creations/s at those CPU costs with the ${cores} cores to themselves: two (A) vs one (B); 1.6x ${needs}`,
      a: fmt(ceiling(t, 2)),
      b: fmt(ceiling(o, 1)),
      ratio: `${fmt(bound, 2)}x`,
      target: '>= 1.6x',
      met: bound >= 1.6 ? 'possible' : 'out of reach',
    },
  ];
}

export async function sandboxSharedBench(): Promise<SandboxRow[]> {
  const rows: SandboxRow[] = [];
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
    const pgFig = { creations: 0, failures: 0, p50: 0, p99: 0 };
    let scaling: Scaling;
    {
      const db = await freshDatabase(server.url, 'sbx_bench_create');
      const a = await startSandbox(db.url);
      try {
        const c = await creationsPerSecond(a.url, await tokenFor(a.url), 'pc');
        Object.assign(pgFig, { creations: c.rps, failures: c.failures });
      } finally {
        await a.stop();
      }
      try {
        scaling = await twoVersusOne(db.url, await postmasterPid(server.url));
      } finally {
        await db.drop();
      }
    }
    {
      const listDb = await freshDatabase(server.url, 'sbx_bench_list');
      const a = await startSandbox(listDb.url);
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
    rows.push({
      measure: `8. sandbox ACH creations/s, 50 clients, durable: file store (A) vs PostgreSQL (B)${failures ? `, ${failures} non-2xx!` : ''}`,
      a: fmt(file.creations),
      b: fmt(pgFig.creations),
      ratio: `${fmt(file.creations / pgFig.creations, 2)}x`,
      target: '',
      met: '',
    });
    rows.push({
      measure: '9. list 1,000 of 100,000 records, p50 / p99 ms: file store (A) vs PostgreSQL (B)',
      a: `${fmt(file.p50, 1)} / ${fmt(file.p99, 1)}`,
      b: `${fmt(pgFig.p50, 1)} / ${fmt(pgFig.p99, 1)}`,
      ratio: `${fmt(file.p50 / pgFig.p50, 2)}x`,
      target: '',
      met: '',
    });
    rows.push(...scalingRows(scaling));
    return rows;
  } finally {
    if (!('skipped' in server)) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx test/bench/sandbox-shared.ts`; `... sandbox-shared.ts scaling` runs rows 10-10c only.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  let rows: SandboxRow[];
  if (process.argv[2] === 'scaling') {
    const server = await postgresForBench();
    if ('skipped' in server) throw new Error(server.skipped);
    const db = await freshDatabase(server.url, 'sbx_bench_scaling');
    try {
      rows = scalingRows(await twoVersusOne(db.url, await postmasterPid(server.url)));
    } finally {
      await db.drop();
      await server.stop();
    }
  } else rows = await sandboxSharedBench();
  for (const r of rows) console.log(`| ${r.measure} | ${r.a} | ${r.b} | ${r.ratio} | ${r.target} | ${r.met} |`);
}
