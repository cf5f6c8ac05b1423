// Runs `redocly diff --format json` (the pinned CLI, `diff-recommended`) on two bundle files and returns its changes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bin } from '../paths.ts';

const CONFIG = fileURLToPath(new URL('./redocly-diff.yaml', import.meta.url));

/** One change as `redocly diff` 2.77 reports it (report version 1). */
export interface RedoclyChange {
  /** JSON pointer in the revision (or the base, for a removal), through the operation that uses it. */
  path: string;
  typeName?: string;
  kind: 'added' | 'removed' | 'modified';
  impact: 'major' | 'minor' | 'patch';
  verdicts: { ruleId: string; impact: 'major' | 'minor' | 'patch'; message: string }[];
  /** For a modification: the keyword that changed (`enum`, `required`, `description`, `key`, ...). */
  property?: string;
  base?: { pointer: string; value?: unknown };
  revision?: { pointer: string; value?: unknown };
}

export function redoclyDiff(baseFile: string, revisionFile: string): RedoclyChange[] {
  const run = spawnSync(bin('redocly'), ['diff', baseFile, revisionFile, '--format', 'json', '--config', CONFIG, '--fail-on', 'none'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = run.stdout ?? '';
  // The CLI prints a Node-20 banner and a timing line around the report: take the one JSON object.
  const start = out.indexOf('{\n');
  const end = out.lastIndexOf('\n}');
  if (run.status !== 0 || start < 0 || end < 0) {
    throw new Error(`redocly diff failed (exit ${run.status}): ${(run.stderr || out).trim().split('\n').slice(-5).join('\n')}`);
  }
  const report = JSON.parse(out.slice(start, end + 2)) as { reportVersion?: string; changes?: RedoclyChange[] };
  if (report.reportVersion !== '1' || !Array.isArray(report.changes)) {
    throw new Error(`redocly diff: unexpected report version ${report.reportVersion}; npm run diff reads version 1 (@redocly/cli 2.77.0)`);
  }
  return report.changes;
}
