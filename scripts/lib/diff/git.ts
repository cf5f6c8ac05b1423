// The git reads the diff gate and the release need: a file at a ref, the last release tag, the first commit.
import { spawnSync } from 'node:child_process';

export function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: run.status === 0, out: run.stdout ?? '', err: (run.stderr ?? '').trim() };
}

export const BUNDLE_PATH = 'generated/openapi.json';

/** The bundle as committed at `ref`; the error says whether the ref or the file is missing. */
export function bundleAt(cwd: string, ref: string): any {
  if (!git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) throw new Error(`--base ${ref}: no such commit, tag or branch in this repository`);
  const show = git(cwd, ['show', `${ref}:${BUNDLE_PATH}`]);
  if (!show.ok) throw new Error(`--base ${ref}: ${BUNDLE_PATH} is not committed at ${ref} (${show.err})`);
  try {
    return JSON.parse(show.out);
  } catch {
    throw new Error(`--base ${ref}: ${BUNDLE_PATH} at ${ref} is not valid JSON`);
  }
}

/** The newest `v*` tag reachable from HEAD, by version order. */
export function lastReleaseTag(cwd: string): string | undefined {
  const tags = git(cwd, ['tag', '--list', 'v*', '--merged', 'HEAD', '--sort=-v:refname']);
  return tags.ok
    ? tags.out
        .split('\n')
        .map((t) => t.trim())
        .find(Boolean)
    : undefined;
}

export function firstCommit(cwd: string): string {
  const roots = git(cwd, ['rev-list', '--max-parents=0', 'HEAD']);
  if (!roots.ok) throw new Error(`git rev-list failed: ${roots.err}`);
  return roots.out.trim().split('\n').pop()!;
}
