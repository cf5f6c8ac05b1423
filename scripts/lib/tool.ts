// Running a third-party CLI from node_modules/.bin without blocking the event loop: the build runs tools side by side,
// and the dev loop keeps serving pages and live-reload events while Redocly works.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { bin, projectRoot } from './paths.ts';

export interface ToolRun {
  status: number | null;
  /** stdout then stderr, as the tool printed them. */
  output: string;
}

/** Redocly and friends phone home or nag unless told not to. */
export const QUIET_ENV = { REDOCLY_TELEMETRY: 'off', NO_UPDATE_NOTIFIER: '1' };

export function runToolSync(name: string, args: string[], cwd?: string): ToolRun {
  const run = spawnSync(bin(name), args, { encoding: 'utf8', cwd, env: { ...process.env, ...QUIET_ENV } });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

/**
 * The same, asynchronously. `track` receives the child so a caller (the dev loop) can kill a run whose input is
 * already out of date; a killed run resolves with status null.
 */
export type Track = (child: ChildProcess) => void;

export interface ToolOptions {
  cwd?: string;
  track?: Track;
  /** Pipe the child's stdin and leave it open for the caller to write to (through `track`); default: no stdin. */
  stdin?: boolean;
}

/** `name` is a command of node_modules/.bin, or an absolute path to an executable. */
export function runTool(name: string, args: string[], options: ToolOptions = {}): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(isAbsolute(name) ? name : bin(name), args, { cwd: options.cwd, env: { ...process.env, ...QUIET_ENV }, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    // A child that exits before reading its stdin must not crash this process with EPIPE; its status tells.
    child.stdin?.on('error', () => undefined);
    options.track?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.once('error', (error) => resolve({ status: 1, output: `${stdout}${stderr}${error}` }));
    child.once('close', (status) => resolve({ status, output: `${stdout}${stderr}` }));
  });
}

/**
 * A TypeScript command of the project in a child Node, through scripts/run.mjs (its cached esbuild bundle): what
 * `npm run <command>` runs, without npm's own start.
 */
const RUNNER = join(projectRoot, 'scripts', 'run.mjs');

export function runScript(script: string, args: string[], options: ToolOptions = {}): Promise<ToolRun> {
  return runTool(process.execPath, [RUNNER, script, ...args], options);
}

/** Redocly prints a boxed Node 20 end-of-life banner on every run; it is noise in every log that shows tool output. */
export const withoutBanner = (text: string) => text.replace(/^.*[╔║╚].*\n?/gm, '').trim();
