// `npm run generate -- --cache`: regenerate only the groups whose inputs changed. A group's inputs are the bundle,
// generators/src, its declared `inputs` (its runtime; all of generators/ when it declares none) and the pinned
// toolchain; its outputs are the directories it owns, so a hand edit there (or a deleted file) also reruns it.
import { join, relative } from 'node:path';
import type { EmitterGroup } from './emitter.ts';
import { ContentCache, defaultCacheFile, hashPaths, TOOLCHAIN } from './content-hash.ts';
import { writeGenerated } from './run.ts';

export interface CachedRunOptions {
  root: string;
  groups: EmitterGroup[];
  specPath?: string;
  /** Ignore the cache (it is still updated). */
  force?: boolean;
  cacheFile?: string;
}

export interface CachedRunResult {
  ran: string[];
  skipped: string[];
  written: number;
}

const step = (group: EmitterGroup) => `generate:${group.name}`;

function inputsOf(root: string, group: EmitterGroup, specPath: string): string {
  return hashPaths(root, [relative(root, specPath), 'generators/src', ...(group.inputs ?? ['generators']), ...TOOLCHAIN]);
}

export async function generateCached({ root, groups, specPath = join(root, 'generated', 'openapi.json'), force = false, cacheFile = defaultCacheFile(root, 'generate') }: CachedRunOptions): Promise<CachedRunResult> {
  const cache = new ContentCache(cacheFile);
  const stale = groups.filter((g) => force || !cache.fresh(step(g), { inputs: inputsOf(root, g, specPath), outputs: hashPaths(root, g.owns) }));
  if (!stale.length) return { ran: [], skipped: groups.map((g) => g.name), written: 0 };
  // Forget first: a run that fails halfway must not leave an entry that vouches for half-written outputs.
  for (const g of stale) cache.record(step(g), undefined);
  const foreign = groups.filter((g) => !stale.includes(g)).flatMap((g) => g.owns);
  const written = await writeGenerated({ root, groups: stale, specPath, foreign });
  for (const g of stale) cache.record(step(g), { inputs: inputsOf(root, g, specPath), outputs: hashPaths(root, g.owns) });
  return { ran: stale.map((g) => g.name), skipped: groups.filter((g) => !stale.includes(g)).map((g) => g.name), written };
}
