// Runs `npm run lint`'s script on a spec root and reads its printed findings back, one per line:
// `file:line:column  severity  rule  message`. Tests assert what a user sees, not what a rule function returns.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../../scripts/lib/paths.ts';

export interface PrintedFinding {
  file: string;
  line?: number;
  severity: string;
  rule: string;
  message: string;
}

export interface LintRun {
  code: number;
  output: string;
  findings: PrintedFinding[];
}

const FINDING = /^(\S+?)(?::(\d+):(\d+))? {2}(error|warning|info|hint) {2}(\S+) {2}(.*)$/;

export function lint(root: string): Promise<LintRun> {
  return new Promise((done) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/lint.ts'), root], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const findings = output.split('\n').flatMap((l) => {
        const m = FINDING.exec(l);
        if (!m) return [];
        return [{ file: resolve(projectRoot, m[1]), line: m[2] ? Number(m[2]) : undefined, severity: m[4], rule: m[5], message: m[6] }];
      });
      done({ code: code ?? 1, output, findings });
    });
  });
}

/** Copies of a fixture with one edit each, removed when the suite ends. */
export class Mutations {
  private dirs: string[] = [];
  constructor(private readonly fixture: string) {}

  /** A copy with `file` (relative to the fixture) edited; returns the copy's root document and the edited file. */
  make(file: string, edit: (text: string) => string): { root: string; file: string; text: string } {
    const dir = mkdtempSync(join(tmpdir(), 'cfi-lint-'));
    this.dirs.push(dir);
    cpSync(this.fixture, dir, { recursive: true });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`mutation of ${file} changed nothing`);
    writeFileSync(path, after);
    return { root: join(dir, 'openapi.yaml'), file: path, text: after };
  }

  cleanup() {
    for (const d of this.dirs) rmSync(d, { recursive: true, force: true });
  }
}

/**
 * The 1-based number of the first line that contains `marker` (below the first line containing `after`, if given);
 * throws when none does, so a case cannot pass vacuously.
 */
export function lineOf(text: string, marker: string, after?: string): number {
  const lines = text.split('\n');
  const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = from === -1 ? -1 : lines.findIndex((l, i) => i > from - (after === undefined ? 1 : 0) && l.includes(marker));
  if (index === -1) throw new Error(`no line contains ${JSON.stringify(marker)}${after ? ` below ${JSON.stringify(after)}` : ''}`);
  return index + 1;
}
