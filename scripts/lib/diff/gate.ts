// The breaking-change gate: a major change passes only when the version (info.version, which every package takes)
// moved to a higher major than the base's.
import type { DiffReport } from './compare.ts';
import { parseVersion } from './semver.ts';

export interface GateResult {
  pass: boolean;
  message: string;
}

export function gate(report: DiffReport, baseVersion: unknown, revisionVersion: unknown): GateResult {
  const breaking = report.changes.filter((c) => c.level === 'major').length;
  if (!breaking) return { pass: true, message: `no breaking change (next release: ${report.level === 'none' ? 'nothing to release' : report.level})` };
  const before = parseVersion(baseVersion);
  const after = parseVersion(revisionVersion);
  if (before && after && after.major > before.major) {
    return { pass: true, message: `${breaking} breaking changes, allowed: the major version moved ${baseVersion} -> ${revisionVersion}` };
  }
  return {
    pass: false,
    message:
      `${breaking} breaking changes and the major version did not move (${String(baseVersion)} -> ${String(revisionVersion)}): ` +
      'make the change additive (an optional field, a new value on what clients send), or release it as a major (npm run release)',
  };
}
