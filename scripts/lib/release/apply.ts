// Carries a release out: the version into the spec's info.version (the one place every package reads it from),
// the CHANGELOG entry, bundle and generate (which copy the entry into every package), one commit and an annotated tag.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../diff/git.ts';
import { prependEntry } from './changelog.ts';

export const SPEC_ROOT = 'openapi/openapi.yaml';
export const CHANGELOG = 'CHANGELOG.md';

/** The root's `info.version` line replaced, and nothing else of the file touched (comments and layout stay). */
export function withInfoVersion(yaml: string, version: string): string {
  const info = /^info:\n((?:[ \t]+.*\n|\n)*?)([ \t]+)version:[ \t]*.*$/m;
  if (!info.test(yaml)) throw new Error(`${SPEC_ROOT}: no info.version line found`);
  return yaml.replace(info, (_all, before: string, indent: string) => `info:\n${before}${indent}version: ${version}`);
}

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}); the release stopped before committing`);
}

export function assertCleanTree(cwd: string) {
  const status = git(cwd, ['status', '--porcelain']);
  if (!status.ok || status.out.trim()) throw new Error(`commit or stash your changes first: a release commits the whole tree\n${status.out.trim()}`);
}

export function applyRelease(cwd: string, version: string, entry: string) {
  const tag = `v${version}`;
  if (git(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`]).ok) throw new Error(`tag ${tag} already exists`);
  const specPath = join(cwd, SPEC_ROOT);
  writeFileSync(specPath, withInfoVersion(readFileSync(specPath, 'utf8'), version));
  // The entry first: the generators copy the root's CHANGELOG.md into every package they write.
  const changelogPath = join(cwd, CHANGELOG);
  writeFileSync(changelogPath, prependEntry(existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : undefined, entry));
  run(cwd, 'npm', ['run', 'bundle']);
  run(cwd, 'npm', ['run', 'generate']);
  // The workspace packages' versions are recorded in the lockfile: keep it in step, or `npm ci` refuses it.
  if (existsSync(join(cwd, 'package-lock.json'))) run(cwd, 'npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
  for (const args of [
    ['add', '-A'],
    ['commit', '-q', '-m', `Release ${tag}`],
    ['tag', '-a', tag, '-m', `connectFi API and packages ${version}`],
  ]) {
    const result = git(cwd, args);
    if (!result.ok) throw new Error(`git ${args.join(' ')} failed: ${result.err}`);
  }
  return tag;
}
