// The build against the third-party tools it wraps, in the same run: `npm run build -- --force` (every step, no
// cache), `npm run build` again (nothing changed: every step skipped), `npm run build` after an edit of one
// operation's summary (the author's usual build: the real file is edited, built, restored and built again), and
// each tool run once on its own (redocly bundle, Spectral, redocly lint, openapi-typescript, redocly build-docs),
// summed. Runs alternate (tools, build, tools, build, ...) so that the load of a shared machine hits both alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, bundleJson, projectRoot, specRoot } from '../../scripts/lib/paths.ts';
import { QUIET_ENV } from '../../scripts/lib/tool.ts';

export interface BuildFigures {
  /** Median seconds of `npm run build -- --force`. */
  cold: number;
  /** Median seconds of `npm run build` right after, with nothing changed. */
  warm: number;
  /** Median seconds of `npm run build` after an edit of one operation's summary (EDITED_FILE). */
  edited: number;
  /** Median of each step's time inside the cold build, as the build printed it. */
  steps: Record<string, number>;
  /** Median seconds of each tool run alone, and their sum. */
  tools: Record<string, number>;
  toolsTotal: number;
  /** Median CPU seconds (every process of the tree) of the cold build and of the tools together. */
  cpu: { build: number; tools: number; edited: number };
  runs: number;
}

/**
 * CPU seconds (user + system) of this process's finished children and all their descendants, from /proc: a
 * measure the load of a shared machine hardly moves, unlike wall time.
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function timed(command: string, args: string[], cwd = projectRoot): { seconds: number; cpu: number; output: string } {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...QUIET_ENV }, timeout: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  return { seconds, cpu: childrenCpuSeconds() - cpuBefore, output: `${run.stdout}${run.stderr}` };
}

function toolsOnce(): { seconds: Record<string, number>; cpu: number } {
  const tmp = mkdtempSync(join(tmpdir(), 'cfi-bench-tools-'));
  try {
    const runs = {
      'redocly bundle': timed(bin('redocly'), ['bundle', specRoot, '--output', join(tmp, 'openapi.yaml')]),
      spectral: timed(bin('spectral'), ['lint', specRoot, '--ruleset', join(projectRoot, 'openapi/lint/ruleset.yaml'), '--fail-severity', 'warn']),
      'redocly lint': timed(bin('redocly'), ['lint', specRoot, '--config', join(projectRoot, 'redocly.yaml')]),
      // In an empty directory: in the root it would read redocly.yaml's apis and ask for their output paths.
      'openapi-typescript': timed(bin('openapi-typescript'), [bundleJson, '--output', join(tmp, 'schema.ts')], tmp),
      'redocly build-docs': timed(bin('redocly'), ['build-docs', bundleJson, '--output', join(tmp, 'index.html'), '--lint-config', 'off'], tmp),
    };
    return {
      seconds: Object.fromEntries(Object.entries(runs).map(([tool, run]) => [tool, run.seconds])),
      cpu: Object.values(runs).reduce((sum, run) => sum + run.cpu, 0),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The operation whose summary the edited build changes: an ordinary path file, as an author edits one. */
export const EDITED_FILE = 'openapi/paths/ach/transfer-to_ach_query.yaml';

/**
 * `npm run build` after appending to the operation's summary in the real file; the file is then restored and built
 * again (untimed), so the project is left as it was, even when the run is interrupted.
 */
function afterSummaryEdit(): { seconds: number; cpu: number } {
  const file = join(projectRoot, EDITED_FILE);
  const original = readFileSync(file, 'utf8');
  const edited = original.replace(/^( {2}summary: .+)$/m, '$1 (edited)');
  if (edited === original) throw new Error(`${EDITED_FILE} has no operation summary to edit; point EDITED_FILE at a path file`);
  const restore = () => writeFileSync(file, original);
  process.once('exit', restore);
  writeFileSync(file, edited);
  try {
    return timed('npm', ['run', 'build']);
  } finally {
    restore();
    process.off('exit', restore);
    timed('npm', ['run', 'build']);
  }
}

/** `build ok in 37.3 s: bundle 4.3 s, docs 3.7 s, lint 18.4 s, generate 32.3 s` -> { bundle: 4.3, ... } */
export function stepTimes(output: string): Record<string, number> {
  const line = /^build ok in [\d.]+ s: (.*)$/m.exec(output)?.[1];
  if (!line) throw new Error(`npm run build printed no summary line:\n${output}`);
  return Object.fromEntries([...line.matchAll(/(\w+) ([\d.]+) s/g)].map((m) => [m[1], Number(m[2])]));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function measureBuild(runs: number): BuildFigures {
  const samples = {
    cold: [] as number[],
    warm: [] as number[],
    edited: [] as number[],
    steps: [] as Record<string, number>[],
    tools: [] as Record<string, number>[],
    cpuBuild: [] as number[],
    cpuTools: [] as number[],
    cpuEdited: [] as number[],
  };
  for (let run = 0; run < runs; run++) {
    const tools = toolsOnce();
    samples.tools.push(tools.seconds);
    samples.cpuTools.push(tools.cpu);
    const cold = timed('npm', ['run', 'build', '--', '--force']);
    samples.cold.push(cold.seconds);
    samples.cpuBuild.push(cold.cpu);
    samples.steps.push(stepTimes(cold.output));
    samples.warm.push(timed('npm', ['run', 'build']).seconds);
    const edited = afterSummaryEdit();
    samples.edited.push(edited.seconds);
    samples.cpuEdited.push(edited.cpu);
  }
  const medians = (records: Record<string, number>[]) => Object.fromEntries(Object.keys(records[0]).map((k) => [k, median(records.map((r) => r[k]))]));
  const tools = medians(samples.tools);
  return {
    cold: median(samples.cold),
    warm: median(samples.warm),
    edited: median(samples.edited),
    steps: medians(samples.steps),
    tools,
    toolsTotal: median(samples.tools.map((t) => Object.values(t).reduce((a, b) => a + b, 0))),
    cpu: { build: median(samples.cpuBuild), tools: median(samples.cpuTools), edited: median(samples.cpuEdited) },
    runs,
  };
}
