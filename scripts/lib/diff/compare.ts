// Compares two bundles: Redocly's changes, re-rated by our rules where Redocly lacks one, described for people.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from './change.ts';
import { describe } from './describe.ts';
import { locate } from './locate.ts';
import { redoclyDiff, type RedoclyChange } from './redocly.ts';
import { CONNECTFI_RULES } from './rules.ts';
import { maxLevel, type Level } from './semver.ts';

export interface DiffReport {
  changes: Change[];
  /** The highest level of any change; `none` when the bundles describe the same API. */
  level: Level | 'none';
}

const RANK: Record<Level, number> = { major: 0, minor: 1, patch: 2 };

/**
 * Left out: the version (what a release moves because of the other changes), and reusable components, which
 * Redocly reports again through every operation that uses them; one no operation uses is no part of the API.
 */
const isApiSurface = (change: RedoclyChange) =>
  !(change.path === '#/info/version' || (change.path === '#/info' && change.property === 'version')) && !/^#\/components\/(schemas|examples|responses|parameters|requestBodies|headers)(\/|$)/.test(change.path);

export function compareBundleFiles(baseFile: string, revisionFile: string): DiffReport {
  const changes = redoclyDiff(baseFile, revisionFile)
    .filter(isApiSurface)
    .flatMap((change) => {
      const at = locate(change.path);
      const verdict = CONNECTFI_RULES.map((rule) => rule(change, at)).find((v) => v !== undefined);
      return describe(change, verdict);
    });
  changes.sort((a, b) => RANK[a.level] - RANK[b.level] || a.where.localeCompare(b.where) || a.what.localeCompare(b.what));
  return { changes, level: maxLevel(changes.map((c) => c.level)) };
}

/** The same, for bundles in memory (written to a temp directory for the CLI). */
export function compareBundles(base: unknown, revision: unknown): DiffReport {
  const dir = mkdtempSync(join(tmpdir(), 'connectfi-diff-'));
  try {
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'revision.json'), JSON.stringify(revision));
    return compareBundleFiles(join(dir, 'base.json'), join(dir, 'revision.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
