// Starts Prism (mock, or validating proxy) on a free port of 127.0.0.1 and knows when THAT process is ready: it must
// still be running and answer with Prism's own "no path matched" problem, so a stranger on the port never counts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { bin, bundleJson } from './paths.ts';

export type PrismMode = { kind: 'mock' } | { kind: 'proxy'; upstream: string };

export interface PrismProcess {
  url: string;
  pid: number;
  /** What Prism printed (its warnings and errors at `-v warn`). */
  output(): string;
  stop(): Promise<void>;
}

const READY_PROBE = '/__connectfi_ready__';
const NO_PATH_MATCHED = 'https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function isPrismAnswering(url: string): Promise<boolean> {
  try {
    const res = await fetch(url + READY_PROBE, { signal: AbortSignal.timeout(1000) });
    return res.status === 404 && ((await res.json()) as { type?: string }).type === NO_PATH_MATCHED;
  } catch {
    return false;
  }
}

async function startOnce(mode: PrismMode, spec: string, timeoutMs: number): Promise<PrismProcess> {
  const port = await freePort();
  const args = mode.kind === 'mock' ? ['mock', spec] : ['proxy', spec, mode.upstream];
  const child = spawn(bin('prism'), [...args, '--errors', '-h', '127.0.0.1', '-p', String(port), '-v', 'warn'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited(child);
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`prism ${mode.kind} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    if (await isPrismAnswering(url)) return { url, pid: child.pid!, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop();
  throw new Error(`prism ${mode.kind} was not ready on ${url} within ${timeoutMs} ms:\n${output}`);
}

/** Prism on `spec` (default: the bundle), with `--errors`. Retries once on a new port if it could not bind. */
export async function startPrism(mode: PrismMode = { kind: 'mock' }, spec = bundleJson, timeoutMs = 20_000): Promise<PrismProcess> {
  try {
    return await startOnce(mode, spec, timeoutMs);
  } catch (error) {
    if (!/EADDRINUSE/.test((error as Error).message)) throw error;
    return startOnce(mode, spec, timeoutMs);
  }
}
