// Load (issue 13): 200 concurrent clients on loopback for CONNECTFI_LOAD_SECONDS (default 30 in CI, 10 elsewhere),
// mixing ACH creations (some with a reference already used), queries of what they created and lists, through plain
// HTTP. Zero 5xx; every creation answered 200 is found afterwards by id and by reference, exactly once; a reused
// reference answers referenceExists naming the first record; the tenant's list holds exactly the records created.
// On the file store, and on PostgreSQL with two processes behind the clients when CONNECTFI_TEST_PG_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { example, ref } from './support/bodies.ts';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD, startSandbox, type StartedSandbox } from './support/sandbox.ts';

const SECONDS = Number(process.env.CONNECTFI_LOAD_SECONDS ?? (process.env.CI ? 30 : 10));
const CLIENTS = 200;
const PG = process.env.CONNECTFI_TEST_PG_URL;
const dir = mkdtempSync(join(tmpdir(), 'connectfi-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sbx_load_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(PG!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const backends: [string, number, () => Promise<{ url: string; drop(): Promise<void> }>][] = [['file store, one process', 1, async () => ({ url: join(dir, 'sandbox.db'), drop: async () => {} })]];
if (PG) backends.push(['PostgreSQL, two processes', 2, pgDatabase]);
else console.log('load: PostgreSQL case skipped: CONNECTFI_TEST_PG_URL is not set');

async function post(url: string, path: string, token: string | undefined, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

describe.each(backends)(`%s under ${SECONDS}-second load`, (_, processes, database) => {
  it(
    `${CLIENTS} clients: zero 5xx, zero lost or duplicated records`,
    async () => {
      const db = await database();
      const sandboxes: StartedSandbox[] = await Promise.all(Array.from({ length: processes }, () => startSandbox(['--db', db.url])));
      try {
        const urls = sandboxes.map((s) => s.url);
        const token = (await post(urls[0], '/auth/get-token', undefined, { user: { login: DEFAULT_LOGIN, password: DEFAULT_PASSWORD } })).json.data.token as string;
        const created = new Map<string, string>(); // reference -> cFiTransactionId, from 200 answers only
        const statuses = new Map<number, number>();
        const problems: string[] = [];
        const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const deadline = Date.now() + SECONDS * 1000;

        const client = async (n: number) => {
          const url = urls[n % urls.length];
          const mine: string[] = [];
          let firstReference = '';
          for (let i = 0; Date.now() < deadline; i++) {
            const pick = i % 5;
            if (pick <= 2 || !mine.length) {
              // Every tenth creation reuses a reference this client already had accepted.
              const reuse = i % 10 === 7 && mine.length > 0;
              const reference = reuse ? firstReference : ref('load');
              const { status, json } = await post(url, '/transfer-to/ach/create', token, example('achCreate', { reference }));
              count(status);
              if (reuse) {
                if (status !== 400 || json.code !== 'referenceExists' || json.context?.entityId !== mine[0]) problems.push(`reused ${reference}: ${status} ${JSON.stringify(json)}`);
              } else if (status === 200) {
                created.set(reference, json.data.cFiTransactionId);
                if (!mine.length) firstReference = reference;
                mine.push(json.data.cFiTransactionId);
              } else problems.push(`create ${reference}: ${status} ${JSON.stringify(json)}`);
            } else if (pick === 3) {
              // Read your own writes, possibly through the other process.
              const ids = mine.slice(-20);
              const { status, json } = await post(url, '/transfer-to/ach/query', token, { cFiTransactionIds: ids });
              count(status);
              if (status !== 200 || json.data.length !== ids.length) problems.push(`query: ${status}, ${json.data?.length} of ${ids.length}`);
            } else {
              const { status, json } = await post(url, '/transfer-to/ach/list', token, { numberOfRecords: 50, skipRecords: i % 3 ? 0 : 100 });
              count(status);
              if (status !== 200 || json.data.transactions.length > 50) problems.push(`list: ${status} ${JSON.stringify(json).slice(0, 200)}`);
            }
          }
        };
        await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

        const fiveXX = [...statuses].filter(([status]) => status >= 500);
        expect(fiveXX).toEqual([]);
        expect(statuses.get(400)).toBeGreaterThan(0); // the reused references were refused
        expect(problems.slice(0, 5)).toEqual([]);
        expect(created.size).toBeGreaterThan(CLIENTS);

        // Afterwards, through one process: every 200 creation once by id and once by reference; nothing else exists.
        const references = [...created.keys()];
        const seen = new Map<string, number>();
        for (let i = 0; i < references.length; i += 20) {
          const batch = references.slice(i, i + 20);
          const byRef = await post(urls[0], '/transfer-to/ach/query', token, { references: batch });
          const byId = await post(urls[0], '/transfer-to/ach/query', token, { cFiTransactionIds: batch.map((r) => created.get(r)!) });
          for (const t of [...byRef.json.data, ...byId.json.data]) {
            expect(created.get(t.reference)).toBe(t.cFiTransactionId);
            seen.set(t.cFiTransactionId, (seen.get(t.cFiTransactionId) ?? 0) + 1);
          }
        }
        expect(seen.size).toBe(created.size);
        expect([...seen.values()].filter((n) => n !== 2)).toEqual([]);
        let listed = 0;
        for (let skip = 0; ; skip += 1000) {
          const page = await post(urls[0], '/transfer-to/ach/list', token, { numberOfRecords: 1000, skipRecords: skip });
          listed += page.json.data.transactions.length;
          if (!page.json.data.more) break;
        }
        expect(listed).toBe(created.size);
        console.log(`load (${_}): ${SECONDS} s, ${CLIENTS} clients, ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests, ${created.size} records, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      } finally {
        await Promise.all(sandboxes.map((s) => s.stop()));
        await db.drop();
      }
    },
    (SECONDS + 120) * 1000,
  );
});
