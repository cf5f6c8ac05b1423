// The build's steps, their inputs (for the content-hash cache) and their order: lint beside bundle -> (generate
// beside docs), generate let go as soon as the JSON bundles are written. Used by `npm run build`, whose summary line
// the bench reads for each step's time.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ContentCache, defaultCacheFile, hashPaths, TOOLCHAIN, type CacheEntry } from '../../../generators/src/framework/content-hash.ts';
import type { Bundle } from '../bundle-spec.ts';
import { bundleJson, bundleYaml, docsOutDir, projectRoot, sandboxBundleJson, sandboxBundleYaml, sandboxSpecRoot, specRoot } from '../paths.ts';
import { runScript, withoutBanner } from '../tool.ts';

/** What each cached step reads, relative to the root; the toolchain pins count for all. */
export const STEP_INPUTS = {
  // Only the whole step: `generate --cache` then skips each unchanged group itself. Checked here first because
  // starting the generator (loading TypeScript and the emitters) costs seconds even when nothing is to be done.
  generate: [relative(projectRoot, bundleJson), relative(projectRoot, sandboxBundleJson), 'generators'],
  lint: ['openapi', 'redocly.yaml', 'scripts/lint.ts', 'scripts/lib/lint-spec.ts', 'scripts/lib/lint-spectral.ts', 'scripts/lib/lint-ruleset.ts', 'scripts/lib/lint-redocly.ts', 'scripts/lib/lint-report.ts'],
  bundle: [
    'openapi',
    'redocly.yaml',
    'scripts/lib/bundle-spec.ts',
    'scripts/lib/core-bundle.ts',
    'scripts/lib/bundle-text.ts',
    'scripts/lib/yaml-text.ts',
    'scripts/lib/lifecycle-table.ts',
    // The lifecycle tables written into status descriptions are read through the IR's lifecycles.
    'generators/src/ir/lifecycles.ts',
  ],
  // The docs read operations through the generators' IR.
  docs: [
    relative(projectRoot, bundleJson),
    relative(projectRoot, sandboxBundleJson),
    relative(projectRoot, bundleYaml),
    // The site serves the client's changelog beside the page.
    'generated/client/CHANGELOG.md',
    'docs',
    'scripts/lib/docs',
    'scripts/lib/operations.ts',
    'scripts/lib/lifecycle-table.ts',
    'scripts/lib/tool.ts',
    'generators/src/ir',
    'generators/src/spec',
  ],
};
/** Every generated package: the directories of generated/ besides the bundle and the docs (the groups own them). */
const packageDirs = () =>
  existsSync(join(projectRoot, 'generated'))
    ? readdirSync(join(projectRoot, 'generated'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'docs')
        .map((e) => `generated/${e.name}`)
    : [];

/** What each cached step writes: a hand edit or a deleted file there makes the step run again. */
const STEP_OUTPUTS = {
  lint: [] as string[],
  bundle: [relative(projectRoot, bundleYaml), relative(projectRoot, bundleJson), relative(projectRoot, sandboxBundleYaml), relative(projectRoot, sandboxBundleJson)],
  get generate() {
    return packageDirs();
  },
  docs: [relative(projectRoot, join(docsOutDir, 'index.html'))],
};

export interface StepTiming {
  step: string;
  seconds: number;
  skipped: boolean;
}

export interface BuildOptions {
  force: boolean;
  log?: (text: string) => void;
}

export async function runBuildSteps({ force, log = console.log }: BuildOptions): Promise<{ failed: string[]; timings: StepTiming[] }> {
  const cache = new ContentCache(defaultCacheFile(projectRoot, 'build'));
  const timings: StepTiming[] = [];
  const failed: string[] = [];
  // Each step's inputs are hashed once, before it runs: the freshness check and the record after the work share that
  // hash (and an input edited while the step ran is seen by the next build). Bundling rewrites what generate and
  // docs read, so their hashes are taken again after it. Outputs are hashed after the work, having changed.
  const inputHashes = new Map<Step, string>();
  const inputsOf = (step: Step) => inputHashes.get(step) ?? inputHashes.set(step, hashPaths(projectRoot, [...STEP_INPUTS[step], ...TOOLCHAIN])).get(step)!;
  const entry = (step: Step): CacheEntry => ({ inputs: inputsOf(step), outputs: hashPaths(projectRoot, STEP_OUTPUTS[step]) });

  /** Runs `work` unless the step is fresh; records it when it succeeds, prints its output either way. */
  async function step(name: Step, work: () => Promise<string>): Promise<boolean> {
    const started = performance.now();
    if (!force && cache.fresh(name, entry(name))) {
      timings.push({ step: name, seconds: 0, skipped: true });
      log(`${name}: unchanged inputs, skipped`);
      return true;
    }
    const inputs = inputsOf(name);
    cache.record(name, undefined);
    try {
      const output = await work();
      cache.record(name, { inputs, outputs: hashPaths(projectRoot, STEP_OUTPUTS[name]) });
      log(output);
      return true;
    } catch (error) {
      failed.push(name);
      log(`${name} FAILED:\n${(error as Error).message}`);
      return false;
    } finally {
      timings.push({ step: name, seconds: (performance.now() - started) / 1000, skipped: false });
    }
  }

  // `npm run lint` itself, as a child process: the build gates on exactly what an author runs. It is the longest
  // chain (Spectral alone is ~3 s of one core), so it starts first and keeps its priority; the bundle and generation
  // run beside it, and the docs renderer, which nothing waits for, takes what is left.
  const lint = step('lint', async () => {
    const run = await runScript(join(projectRoot, 'scripts/lint.ts'), [specRoot]);
    const output = withoutBanner(run.output);
    if (run.status !== 0) throw new Error(output);
    return output;
  });
  // The generator starts now and waits (`--wait`) for the bundle, so loading TypeScript and the emitters overlaps
  // with bundling; it is told `go`, or stdin ends and it exits. A child process, so that this one stays free to
  // collect every step's output as soon as it ends; `--cache` skips the emitter groups whose inputs are unchanged.
  // With the bundle unchanged, whether generation is needed is known now: a no-op build starts no generator.
  const needless = !force && cache.fresh('bundle', entry('bundle')) && cache.fresh('generate', entry('generate'));
  let generator: ChildProcess | undefined;
  const generation = needless ? Promise.resolve({ status: 0, output: '' }) : runScript(join(projectRoot, 'generators/src/generate.ts'), ['--wait', force ? '--force' : '--cache'], { stdin: true, track: (child) => (generator = child) });

  // The generator reads only the JSON bundles: it is let go as soon as they are written, and formatting the YAML
  // copies (the costliest part of the bundle step) happens beside generation instead of before it.
  let jsonWritten!: () => void;
  const json = new Promise<void>((resolve) => (jsonWritten = resolve));
  const bundled = step('bundle', async () => {
    inputHashes.delete('generate');
    inputHashes.delete('docs');
    // The API's bundle and the sandbox control API's (a document of its own), like `npm run bundle`; one load of
    // the bundler for both. Step modules load when their step runs: a build with nothing to do loads neither.
    const { buildBundleInProcess } = await import('../bundle-spec.ts');
    const bundle = await buildBundleInProcess(specRoot);
    const control = await buildBundleInProcess(sandboxSpecRoot);
    writeChanged(bundleJson, bundle.json);
    writeChanged(sandboxBundleJson, control.json);
    jsonWritten();
    writeChanged(bundleYaml, bundle.yaml);
    writeChanged(sandboxBundleYaml, control.yaml);
    return bundleSummary(bundle, control);
  });

  const generated = (async () => {
    // Either the JSON is written, or the step ended without writing it: skipped as fresh (go on) or failed (stop).
    const go = await Promise.race([json.then(() => true), bundled]);
    if (!go) {
      generator?.kill();
      return;
    }
    let started = false;
    await step('generate', async () => {
      started = true;
      generator?.stdin?.end('go\n');
      const run = await generation;
      if (run.status !== 0) throw new Error(run.output.trim());
      return run.output.trim();
    });
    // A fresh step never ran its work: the waiting generator is let go.
    if (!started) generator?.kill();
  })();
  const docs = (async () => {
    if (!(await bundled)) return;
    await step('docs', async () => {
      const { writeSiteAsync } = await import('../docs/site.ts');
      // Nothing waits for the page: its renderer (redocly build-docs, ~1.3 s CPU) runs at a lower priority, on the
      // CPU time lint and generation leave.
      const files = await writeSiteAsync(docsOutDir, lowerPriority(DOCS_NICENESS));
      const sizes = Object.entries(files)
        .map(([name, content]) => `${name} ${Math.round(Buffer.byteLength(content) / 1024)} KiB`)
        .join(', ');
      return `docs: -> ${relative(projectRoot, docsOutDir)}/ (${sizes})`;
    });
  })();
  await Promise.all([lint, generated, docs, generation]);
  return { failed, timings };
}

type Step = keyof typeof STEP_INPUTS;

/**
 * Niceness of the docs renderer (0 is normal; lint, the bundle and the generator keep it). 5 weighs a process a
 * third of a normal one: the steps others wait for go first, while on a machine others load too the renderer is
 * slowed, not starved.
 */
const DOCS_NICENESS = 5;

/** Raising a child's niceness needs no privilege; where the platform refuses, it simply runs at normal priority. */
const lowerPriority =
  (niceness: number) =>
  (child: ChildProcess): void => {
    try {
      if (child.pid) setPriority(child.pid, niceness);
    } catch {}
  };

/** Writes `text` unless the file already holds it: an unchanged bundle keeps its file untouched for watchers. */
function writeChanged(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

async function bundleSummary(bundle: Bundle, control: Bundle): Promise<string> {
  const { countOperations } = await import('../bundle-spec.ts');
  return `bundle: ${countOperations(bundle.spec)} operations, ${Object.keys(bundle.spec.webhooks ?? {}).length} webhooks, ${Object.keys(bundle.spec.components?.schemas ?? {}).length} schemas -> generated/openapi.{yaml,json}; ${countOperations(control.spec)} control operations -> generated/sandbox-openapi.{yaml,json}`;
}
