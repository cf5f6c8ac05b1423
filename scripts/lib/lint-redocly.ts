// redocly lint (structure per the OpenAPI 3.1 schema and redocly.yaml's rules) as a child process, so that it runs
// while Spectral works in this one. Its JSON report becomes findings printed like every other tool's.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Finding, Severity } from './lint-report.ts';
import { bin } from './paths.ts';

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { source?: { ref?: string }; start?: { line: number; col: number } }[];
}

const SEVERITY: Record<string, Severity> = { error: 'error', warn: 'warning' };

/** Findings, or `failure` (what it printed) when redocly could not run or report. */
export function runRedocly(root: string, config: string, track?: (child: ChildProcess) => void): Promise<{ findings: Finding[]; failure?: string }> {
  const cwd = process.cwd();
  return new Promise((done) => {
    const child = spawn(bin('redocly'), ['lint', root, '--config', config, '--format', 'json', '--max-problems', '1000'], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_UPDATE_NOTIFIER: '1' },
    });
    track?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => done({ findings: [], failure: `redocly could not start: ${error.message}` }));
    child.on('close', (status) => {
      if (status === null) {
        done({ findings: [], failure: 'redocly was stopped before it finished' });
        return;
      }
      let problems: RedoclyProblem[];
      try {
        problems = JSON.parse(stdout.slice(stdout.indexOf('{'))).problems;
      } catch {
        // Redocly prints a boxed Node-version banner on every run; it is not the failure.
        done({ findings: [], failure: `${stdout}${stderr}`.replace(/^.*[╔║╚].*\n/gm, '').trim() });
        return;
      }
      const seen = new Set<string>();
      const findings = problems.flatMap((p): Finding[] => {
        const at = p.location?.[0];
        const finding: Finding = {
          file: at?.source?.ref ? resolve(cwd, at.source.ref) : root,
          line: at?.start?.line,
          column: at?.start?.col,
          severity: SEVERITY[p.severity] ?? 'error',
          rule: p.ruleId,
          message: p.message,
        };
        // no-invalid-media-type-examples repeats one problem once per example it visits.
        const key = JSON.stringify(finding);
        if (seen.has(key)) return [];
        seen.add(key);
        return [finding];
      });
      done({ findings });
    });
  });
}
