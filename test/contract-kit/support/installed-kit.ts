// The kit as another repo gets it: `npm pack` of generated/contract, installed into a fresh project in the system's
// temp directory, outside this workspace, so nothing resolves through the workspace's node_modules.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../../scripts/lib/paths.ts';

export interface InstalledKit {
  dir: string;
  bin: string;
  /** The installed package's entry, imported by file URL. */
  importKit(): Promise<typeof import('@connectfi/contract')>;
  remove(): void;
}

function npm(args: string[], cwd: string): void {
  const run = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
}

/**
 * `also`: further packages under generated/ installed beside the kit from their own tarballs (`sandbox` and the
 * `server` it depends on), as a repo that runs the kit against the sandbox in its CI would.
 */
export function installKit(also: string[] = []): InstalledKit {
  const dir = mkdtempSync(join(tmpdir(), 'connectfi-contract-kit-'));
  for (const pkg of ['contract', ...also]) npm(['pack', join(projectRoot, 'generated', pkg), '--pack-destination', dir, '--silent'], projectRoot);
  const tarballs = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length !== also.length + 1) throw new Error(`npm pack wrote ${tarballs.length} tarball(s) into ${dir}, expected ${also.length + 1}`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kit-consumer', private: true, type: 'module' }));
  // The lockfile's versions are in npm's cache after `npm ci`; --prefer-offline keeps the install off the network.
  // Install scripts are skipped: the only one is better-sqlite3's native build, which gets the workspace's instead.
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((t) => `./${t}`)], dir);
  if (also.includes('sandbox')) reuseNativeBuild(dir, 'better-sqlite3');
  return {
    dir,
    bin: join(dir, 'node_modules', '.bin', 'connectfi-contract'),
    importKit: () => import(pathToFileURL(join(dir, 'node_modules', '@connectfi', 'contract', 'dist', 'index.js')).href),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The native module a package's install script would compile (node-gyp; no prebuilt binary can be downloaded on this
 * machine), copied from the workspace's install of the same version: the same source built by the same toolchain for
 * the same Node, without 80-250 s of compiling per test run. A version mismatch fails rather than copying.
 */
function reuseNativeBuild(dir: string, name: string): void {
  const version = (root: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  const [ours, theirs] = [version(projectRoot), version(dir)];
  if (ours !== theirs) throw new Error(`${name}: the consumer got ${theirs}, the workspace has ${ours}; the workspace's native build fits only its own version`);
  const module = join('build', 'Release', `${name.replace(/-/g, '_')}.node`);
  mkdirSync(join(dir, 'node_modules', name, 'build', 'Release'), { recursive: true });
  copyFileSync(join(projectRoot, 'node_modules', name, module), join(dir, 'node_modules', name, module));
}

export interface KitRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the installed bin without blocking this process, whose providers must keep answering meanwhile. */
export function runKit(kit: InstalledKit, args: string[], env: Record<string, string> = {}): Promise<KitRun> {
  const started = performance.now();
  const child = spawn(kit.bin, args, { cwd: kit.dir, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) })));
}
