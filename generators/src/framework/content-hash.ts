// Content hashes of files and directories, and the cache that remembers them between runs, so a step whose inputs
// have not changed (and whose outputs are still what it wrote) is skipped. The cache lives under
// node_modules/.cache (git-ignored, removed by a clean install); `--force` ignores it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Files under each path (a file or a directory, relative to `root`), skipping node_modules; sorted, `/`-separated. */
export function filesOf(root: string, paths: string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = join(root, path);
    if (!existsSync(absolute)) continue;
    if (statSync(absolute).isFile()) found.add(path.split(sep).join('/'));
    else {
      for (const entry of readdirSync(absolute, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
        if (!file.split('/').includes('node_modules')) found.add(file);
      }
    }
  }
  return [...found].sort();
}

/** One hash of the names and contents of every file under `paths`; a missing path counts as empty. */
export function hashPaths(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  for (const file of filesOf(root, paths))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

export interface CacheEntry {
  inputs: string;
  outputs: string;
}

export class ContentCache {
  constructor(readonly file: string) {}

  private read(): Record<string, CacheEntry> {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      // No cache yet, or an unreadable one: every step runs and the file is written afresh.
      return {};
    }
  }

  /** Whether `step` last ran on these inputs and its outputs are still what it left. */
  fresh(step: string, current: CacheEntry): boolean {
    const entry = this.read()[step];
    return entry !== undefined && entry.inputs === current.inputs && entry.outputs === current.outputs;
  }

  /** Read, change, write: steps of one build (and the generate command) record into the same file. */
  record(step: string, entry: CacheEntry | undefined): void {
    const entries = this.read();
    if (entry) entries[step] = entry;
    else delete entries[step];
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(entries, null, 2)}\n`);
  }
}

/**
 * One file per process that records: `npm run build` (its steps) and the generator it starts (its groups) run at the
 * same time, and read-change-write on one shared file let one process's write drop the other's entry.
 */
export const defaultCacheFile = (root: string, owner: 'build' | 'generate') => join(root, 'node_modules', '.cache', 'connectfi', `${owner}.json`);

/** What every step's output depends on besides its own inputs: the pinned tool versions. */
export const TOOLCHAIN = ['package.json', 'package-lock.json'];
