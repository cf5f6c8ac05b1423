// Runs `npm run diff`'s script the way a user does, in a throw-away git repository: the base bundle committed,
// the revision in the working tree.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../scripts/lib/paths.ts';

export interface DiffRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The --json report, when the run printed one. */
  report?: { level: string; changes: { level: string; category: string; action: string; where: string; what: string; rules: string[] }[]; gate: { pass: boolean; message: string } };
}

const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
};

/** Runs asynchronously, so the cases of a file (each about 2 s of redocly) can run side by side. */
export async function runDiff(base: unknown, revision: unknown, args: string[] = ['--base', 'HEAD', '--json'], tag?: string): Promise<DiffRun> {
  const dir = mkdtempSync(join(tmpdir(), 'diff-gate-'));
  try {
    mkdirSync(join(dir, 'generated'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'generated/openapi.json'), JSON.stringify(base, null, 2));
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    if (tag) git(dir, 'tag', tag);
    writeFileSync(join(dir, 'generated/openapi.json'), JSON.stringify(revision, null, 2));
    const child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/diff.ts'), ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const json = args.includes('--json') && stdout.trim().startsWith('{') ? JSON.parse(stdout) : undefined;
    return { status, stdout, stderr, report: json };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
