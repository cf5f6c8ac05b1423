// The sandbox as the kit's user runs it: the `connectfi-sandbox` bin installed from its tarball (beside the kit, by
// installKit(['server', 'sandbox'])), on a free port with an in-memory store. It prints where it listens and the
// credentials of its API user; the test reads them from there rather than knowing them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { InstalledKit } from './installed-kit.ts';

export interface InstalledSandbox {
  url: string;
  login: string;
  password: string;
  /** Everything the sandbox printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export function startInstalledSandbox(kit: InstalledKit): Promise<InstalledSandbox> {
  const child = spawn(join(kit.dir, 'node_modules', '.bin', 'connectfi-sandbox'), ['--port', '0', '--db', ':memory:'], { cwd: kit.dir });
  let out = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`connectfi-sandbox printed no credentials within 30 s:\n${out}`))), 30_000);
    const read = (d: Buffer) => {
      out += d;
      const line = (name: string) => new RegExp(`^${name} (.+)$`, 'm').exec(out)?.[1];
      const [url, login, password] = [line('listening'), line('login'), line('password')];
      if (!url || !login || !password) return;
      clearTimeout(timer);
      resolve({ url, login, password, output: () => out, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`connectfi-sandbox exited (${code}) before it listened:\n${out}`));
    });
  });
}
