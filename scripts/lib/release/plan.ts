// What the next release is: the base (the last `v*` tag, else the first commit), the changes since its bundle,
// the level they require, and the next version (the base's version moved by that level).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareBundles } from '../diff/compare.ts';
import type { Change } from '../diff/change.ts';
import { BUNDLE_PATH, bundleAt, firstCommit, git, lastReleaseTag } from '../diff/git.ts';
import { bump, formatVersion, maxLevel, parseVersion, type Level } from '../diff/semver.ts';

/** What a release of the packages depends on besides the spec: a change here alone is a patch. */
export const GENERATOR_PATHS = ['generators/src', 'generators/runtime'];

export interface ReleasePlan {
  baseRef: string;
  baseLabel: string;
  previous: string;
  next: string;
  level: Level | 'none';
  changes: Change[];
  /** Set when the spec did not change but the generators did. */
  generatorsOnly: boolean;
}

export function planRelease(cwd: string, raise?: Level): ReleasePlan {
  const tag = lastReleaseTag(cwd);
  const baseRef = tag ?? firstCommit(cwd);
  const baseLabel = tag ?? `the first commit ${baseRef.slice(0, 7)}`;
  const base = bundleAt(cwd, baseRef);
  const current = JSON.parse(readFileSync(join(cwd, BUNDLE_PATH), 'utf8'));
  // A tag's version is the last release; before the first tag the spec's own version is where releases start.
  const from = (tag && parseVersion(base.info?.version)) || parseVersion(current.info?.version);
  if (!from) throw new Error(`info.version "${current.info?.version}" in openapi/openapi.yaml is not a semver version (e.g. 0.1.0)`);
  const { changes, level: specLevel } = compareBundles(base, current);
  const generatorsChanged = specLevel === 'none' && !git(cwd, ['diff', '--quiet', baseRef, '--', ...GENERATOR_PATHS]).ok;
  const level = maxLevel([...(specLevel === 'none' ? [] : [specLevel]), ...(generatorsChanged ? ['patch' as const] : []), ...(raise ? [raise] : [])]);
  return { baseRef, baseLabel, previous: formatVersion(from), next: formatVersion(bump(from, level)), level, changes, generatorsOnly: generatorsChanged };
}
