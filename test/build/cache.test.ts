// `npm run build`'s content-hash cache, through the command on a copy of the project (its own node_modules/.cache):
// after a full build nothing runs again; an edit of a guide reruns only the docs; an edit of an operation's summary
// reruns what reads the spec and reaches the bundle. The copy's node_modules holds links to this one's packages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

const STEPS = ['lint', 'bundle', 'generate', 'docs'];

/** The build's last line, `build ok in 4.9 s: bundle 1.3 s, lint skipped (unchanged), ...`, as step -> ran. */
function stepsRun(output: string): Record<string, boolean> {
  const line = /^build ok in [\d.]+ s: (.*)$/m.exec(output)?.[1];
  if (!line) throw new Error(`no summary line in:\n${output}`);
  return Object.fromEntries(line.split(', ').map((part) => [part.split(' ')[0], !part.includes('skipped (unchanged)')]));
}

describe('npm run build, cached by content', () => {
  const root = mkdtempSync(join(tmpdir(), 'cfi-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const entry of ['openapi', 'docs', 'generators', 'scripts', 'generated', 'package.json', 'package-lock.json', 'redocly.yaml', 'tsconfig.json', 'LICENSE']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true, filter: (source) => !source.includes(`${join(projectRoot, 'generated', 'docs')}`) });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) if (entry !== '.cache') symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  const build = (...args: string[]) => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'scripts/build.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    return stepsRun(run.stdout);
  };
  const none = Object.fromEntries(STEPS.map((s) => [s, false]));

  it('runs every step, then none; a guide edit reruns the docs only; a summary edit everything that reads the spec', () => {
    expect(build('--force')).toEqual(Object.fromEntries(STEPS.map((s) => [s, true])));
    expect(build()).toEqual(none);

    const guide = join(root, 'docs', '01-start-here.md');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nOne more line.\n`);
    expect(build()).toEqual({ ...none, docs: true });
    expect(readFileSync(join(root, 'generated', 'docs', 'index.html'), 'utf8')).toContain('One more line.');

    const path = join(root, 'openapi', 'paths', 'ach', 'transfer-to_ach_query.yaml');
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(/^( {2}summary: .+)$/m, '$1 (edited here)');
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
    expect(build()).toEqual({ lint: true, bundle: true, generate: true, docs: true });
    expect(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8')).toContain('(edited here)');
    expect(build()).toEqual(none);
  }, 300_000);
});
