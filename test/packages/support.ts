// The tarball test's fixture: every package under generated/ packed with `npm pack` into a temp directory outside
// the workspace, then installed from those tarballs into a fresh project there, exactly as another repository would
// (npm install from the tarballs; dependencies from the npm registry or its cache). Nothing resolves back into this
// repository: the consumer's node_modules holds real copies.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export interface PackedPackage {
  name: string;
  dir: string;
  tarball: string;
}

/** Every package under generated/ (a folder with a package.json). */
export function generatedPackages(): { name: string; dir: string }[] {
  return readdirSync(join(root, 'generated'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'generated', entry.name, 'package.json')))
    .map((entry) => ({ dir: join(root, 'generated', entry.name), name: JSON.parse(readFileSync(join(root, 'generated', entry.name, 'package.json'), 'utf8')).name }));
}

export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** `npm pack` of each package into `<temp>/packs`; returns each tarball's path. */
export function packAll(temp: string): PackedPackage[] {
  const packs = join(temp, 'packs');
  mkdirSync(packs, { recursive: true });
  return generatedPackages().map(({ name, dir }) => {
    const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packs, dir], temp));
    return { name, dir, tarball: join(packs, out[0].filename) };
  });
}

/**
 * A fresh consumer project in `<temp>/consumer`: the fixture sources of test/packages/consumer/ and an
 * `npm install` of the tarballs plus the TypeScript compilers and Node types it checks with (the root's pins, and
 * `extra` such as an older TypeScript under an alias).
 */
export function installConsumer(temp: string, packed: PackedPackage[], extra: string[] = []): string {
  const consumer = join(temp, 'consumer');
  cpSync(join(root, 'test/packages/consumer'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'tarball-consumer', private: true, version: '0.0.0' }, null, 2)}\n`);
  const dev = rootPkg.devDependencies;
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock', ...packed.map((p) => p.tarball), `typescript@${dev.typescript}`, `@types/node@${dev['@types/node']}`, ...extra], consumer);
  return consumer;
}

export function makeTemp(): string {
  return mkdtempSync(join(tmpdir(), 'connectfi-tarballs-'));
}

/** The repository's own CLI of a dev tool (publint, attw), run on a tarball. */
export function bin(name: string): string {
  return join(root, 'node_modules', '.bin', name);
}
