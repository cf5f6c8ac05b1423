// A PostgreSQL server for the benchmarks: CONNECTFI_TEST_PG_URL when set, else a throwaway cluster started here on a
// free loopback port (initdb in a temp directory, as the postgres user when we are root: initdb refuses root), else
// null with the reason, so the bench says it skipped rather than inventing figures.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes.ts';

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

function pgBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1)!, 'bin') : undefined;
}

export async function postgresForBench(): Promise<PostgresServer | { skipped: string }> {
  if (process.env.CONNECTFI_TEST_PG_URL) return { url: process.env.CONNECTFI_TEST_PG_URL, stop: async () => {} };
  const bin = pgBin();
  if (!bin) return { skipped: 'no CONNECTFI_TEST_PG_URL and no PostgreSQL binaries under /usr/lib/postgresql' };
  const dir = mkdtempSync(join(tmpdir(), 'connectfi-bench-pg-'));
  const root = process.getuid?.() === 0;
  const as = (command: string, args: string[]) => (root ? execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map((a) => `'${a}'`).join(' ')], { stdio: 'pipe' }) : execFileSync(command, args, { stdio: 'pipe' }));
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const port = await freePort();
  as(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  as(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        as(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database on the server, dropped by the returned function. */
export async function freshDatabase(server: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * The pid of the PostgreSQL server's postmaster when it runs on this machine (the parent of our backend), so the
 * bench can count the server's CPU; undefined when it is elsewhere.
 */
export async function postmasterPid(server: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const backend = Number((await client.query('select pg_backend_pid() as pid')).rows[0].pid);
    if (!existsSync(`/proc/${backend}/stat`)) return undefined;
    const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return /postgres/.test(readFileSync(`/proc/${parent}/cmdline`, 'utf8')) ? parent : undefined;
  } finally {
    await client.end();
  }
}
