// Child processes for the benchmarks: started on a free port, ready only when OUR process answers (the port of a
// shared machine may belong to someone else), always stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface Started {
  child: ChildProcess;
  url: string;
  /** The process that listens (tsx runs the script in a child of the process we spawn). */
  listenerPid: number;
  stop(): Promise<void>;
}

/** CPU seconds (user + system) a process has used, from /proc (clock ticks are 1/100 s on Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** Starts a process that prints `listening <url>` when it is ready. */
export function startAnnounced(command: string, args: string[], timeoutMs = 30_000): Promise<Started> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')}: not ready in ${timeoutMs} ms`));
    }, timeoutMs);
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /listening (\S+)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      const pid = listenerPid(Number(new URL(url).port));
      if (pid === undefined || !descendsFrom(pid, child.pid!)) reject(new Error(`${url} is not served by the process we started`));
      else resolve({ child, url, listenerPid: pid, stop: stopper(child) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready`));
    });
  });
}

/** The pid listening on a loopback TCP port, from `ss`. */
function listenerPid(port: number): number | undefined {
  const out = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout ?? '';
  const pid = /pid=(\d+)/.exec(out)?.[1];
  return pid ? Number(pid) : undefined;
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let current = pid, hops = 0; current > 1 && hops < 10; hops++) {
    if (current === ancestor) return true;
    const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
    current = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  }
  return false;
}

/** Starts a process that listens on `port` silently (Prism at `-v warn`); ready when the listener is our child. */
export async function startOnPort(command: string, args: string[], port: number, probePath: string, timeoutMs = 30_000): Promise<Started> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = stopper(child);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode} before it was ready`);
    const pid = listenerPid(port);
    if (pid !== undefined && descendsFrom(pid, child.pid!)) {
      const answered = await fetch(`http://127.0.0.1:${port}${probePath}`).then(
        (r) => r.status,
        () => 0,
      );
      if (answered) return { child, url: `http://127.0.0.1:${port}`, listenerPid: pid, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`${command}: not listening on ${port} after ${timeoutMs} ms`);
}

/** CPU seconds of a process and of its children it has reaped (a server's finished workers count too). */
function cpuWithReaped(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
}

/** The live children of a process, from /proc. */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/**
 * CPU seconds used so far by a server made of a parent and its worker processes (PostgreSQL's postmaster and its
 * backends): the parent, the children it reaped, and the children alive now.
 */
export function treeCpuSeconds(parent: number): number {
  let total = cpuWithReaped(parent);
  for (const child of childrenOf(parent)) {
    try {
      total += cpuSeconds(child);
    } catch {
      // ended (and reaped into the parent's figure) between the listing and the read
    }
  }
  return total;
}
