// Starts the sandbox the way a user does — its bin, `connectfi-sandbox`, as a child process — and waits for the
// `listening <url>` line. Every suite drives it through @connectfi/client from there.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../scripts/lib/paths.ts';

export const SANDBOX_BIN = join(projectRoot, 'generated/sandbox/dist/cli.js');
export const DEFAULT_LOGIN = 'CLIENTID_api';
export const DEFAULT_PASSWORD = 'Sandbox-Passw0rd!';

export interface StartedSandbox {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startSandbox(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<StartedSandbox> {
  const child = spawn(process.execPath, [SANDBOX_BIN, '--port', '0', ...(args.includes('--db') ? [] : ['--db', ':memory:']), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
