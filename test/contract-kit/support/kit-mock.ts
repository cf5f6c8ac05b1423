// `connectfi-contract mock` from the installed kit, started as a user would: wait for its `listening <url>` line.
import { spawn, type ChildProcess } from 'node:child_process';
import type { InstalledKit } from './installed-kit.ts';

export interface KitMock {
  url: string;
  /** SIGTERM, then the exit code and signal once the process has ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  output(): string;
}

export function startKitMock(kit: InstalledKit, args: string[]): Promise<KitMock> {
  const child: ChildProcess = spawn(kit.bin, ['mock', ...args], { cwd: kit.dir });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 45 s:\n${output}`)), 45_000);
    child.once('exit', (code) => reject(new Error(`mock exited (${code}) before listening:\n${output}`)));
    child.stdout!.on('data', (d) => {
      output += d;
      const url = /^listening (\S+)$/m.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url,
        output: () => output,
        stop: () => {
          const started = performance.now();
          const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((done) => child.once('exit', (code, signal) => done({ code, signal, ms: Math.round(performance.now() - started) })));
          child.kill('SIGTERM');
          return ended;
        },
      });
    });
  });
}
