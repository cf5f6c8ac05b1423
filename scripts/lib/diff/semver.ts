// Semver levels and versions: the vocabulary of the diff gate and the release.
export type Level = 'major' | 'minor' | 'patch';

const ORDER: Record<Level | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxLevel(levels: Iterable<Level>): Level | 'none' {
  let max: Level | 'none' = 'none';
  for (const level of levels) if (ORDER[level] > ORDER[max]) max = level;
  return max;
}

export const atLeast = (level: Level | 'none', floor: Level | 'none') => ORDER[level] >= ORDER[floor];

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function parseVersion(text: unknown): Version | undefined {
  const match = typeof text === 'string' ? SEMVER.exec(text.trim()) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) } : undefined;
}

export const formatVersion = (v: Version) => `${v.major}.${v.minor}.${v.patch}`;

export function bump(version: Version, level: Level | 'none'): Version {
  if (level === 'major') return { major: version.major + 1, minor: 0, patch: 0 };
  if (level === 'minor') return { ...version, minor: version.minor + 1, patch: 0 };
  if (level === 'patch') return { ...version, patch: version.patch + 1 };
  return version;
}
