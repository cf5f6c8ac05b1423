// Writing the emitted files, or comparing them with what is on disk (`--check`). Each group owns whole
// directories, so a file left over from an earlier run (a removed operation's file) counts as stale too.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedFile } from './emitter.ts';

/**
 * Files under `dir`, relative to `root`, skipping node_modules (npm may link workspaces there) and `npm pack`
 * tarballs (`*.tgz`), which are neither generated nor stale: packing inside a package never breaks `--check`.
 */
function filesUnder(root: string, dir: string): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.split('/').includes('node_modules') && !path.endsWith('.tgz'));
}

export interface Difference {
  path: string;
  reason: 'missing' | 'differs' | 'not generated';
}

/**
 * `foreign`: directories inside an owned one that belong to a group not in this run (the sandbox control API's
 * `generated/sandbox/src/control` inside the sandbox's `generated/sandbox`): their files are neither compared nor
 * removed, so a cached run that skips that group leaves them alone.
 */
export function compareWithDisk(root: string, files: GeneratedFile[], owned: string[], foreign: string[] = []): Difference[] {
  const differences: Difference[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const absolute = join(root, file.path);
    if (!existsSync(absolute)) differences.push({ path: file.path, reason: 'missing' });
    else if (readFileSync(absolute, 'utf8') !== file.content) differences.push({ path: file.path, reason: 'differs' });
  }
  for (const dir of owned) {
    for (const path of filesUnder(root, dir)) {
      if (!expected.has(path) && !foreign.some((other) => path.startsWith(`${other}/`))) differences.push({ path, reason: 'not generated' });
    }
  }
  return differences;
}

/** Writes what changed and removes stale files in owned directories; returns how many files were written. */
export function writeToDisk(root: string, files: GeneratedFile[], owned: string[], foreign: string[] = []): number {
  const differences = compareWithDisk(root, files, owned, foreign);
  const contents = new Map(files.map((f) => [f.path, f.content]));
  for (const { path, reason } of differences) {
    const absolute = join(root, path);
    if (reason === 'not generated') rmSync(absolute);
    else {
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, contents.get(path)!);
    }
  }
  return differences.filter((d) => d.reason !== 'not generated').length;
}
