// A database of its own on the test PostgreSQL (`CONNECTFI_TEST_PG_URL`, which .ci/run starts), so suites that run
// sandboxes on PostgreSQL never see each other's rows; and the backends a suite runs on: the file store always,
// PostgreSQL when there is one (saying so when there is not).
import pg from 'pg';

export const PG_URL = process.env.CONNECTFI_TEST_PG_URL;

/** Creates `<prefix>_<time>_<random>` and answers its URL. */
export async function freshPgDatabase(prefix: string): Promise<string> {
  if (!PG_URL) throw new Error('CONNECTFI_TEST_PG_URL is not set');
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `[label, database]` pairs for `describe.each`: the file store, then PostgreSQL when a server is given. */
export function storeBackends(suite: string, prefix: string, fileDb: () => string): [string, () => Promise<string>][] {
  const backends: [string, () => Promise<string>][] = [['file store', async () => fileDb()]];
  if (PG_URL) backends.push(['PostgreSQL', () => freshPgDatabase(prefix)]);
  else console.log(`${suite}: PostgreSQL case skipped: CONNECTFI_TEST_PG_URL is not set`);
  return backends;
}

/** Drops a database freshPgDatabase made, even while a sandbox still holds connections to it. */
export async function dropPgDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
  } finally {
    await admin.end();
  }
}
