// The build's steps, their inputs (for the content-hash cache) and their order: lint beside bundle -> (generate
// beside docs). Shared by `npm run build` and the bench, which times each step.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ContentCache, defaultCacheFile, hashPaths, TOOLCHAIN, type CacheEntry } from '../../../generators/src/framework/content-hash.ts';
import { buildBundleAsync, countOperations } from '../bundle-spec.ts';
import { docsOutDir, writeSiteAsync } from '../docs/site.ts';
import { runLint } from '../lint-child.ts';
import { bundleJson, bundleYaml, projectRoot, sandboxBundleJson, sandboxBundleYaml, sandboxSpecRoot, specRoot } from '../paths.ts';
import { runTool, withoutBanner } from '../tool.ts';

/** What each cached step reads, relative to the root; the toolchain pins count for all. */
export const STEP_INPUTS = {
  // Only the whole step: `generate --cache` then skips each unchanged group itself. Checked here first because
  // starting the generator (loading TypeScript and the emitters) costs seconds even when nothing is to be done.
  generate: [relative(projectRoot, bundleJson), relative(projectRoot, sandboxBundleJson), 'generators'],
  lint: ['openapi', 'redocly.yaml', 'scripts/lint.ts', 'scripts/lib/lint-spec.ts', 'scripts/lib/lint-spectral.ts', 'scripts/lib/lint-ruleset.ts', 'scripts/lib/lint-redocly.ts', 'scripts/lib/lint-report.ts'],
  bundle: ['openapi', 'scripts/lib/bundle-spec.ts', 'scripts/lib/lifecycle-table.ts', 'scripts/lib/tool.ts'],
  // The docs read operations through the generators' IR.
  docs: [
    relative(projectRoot, bundleJson),
    relative(projectRoot, sandboxBundleJson),
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
  const cache = new ContentCache(defaultCacheFile(projectRoot));
  const timings: StepTiming[] = [];
  const failed: string[] = [];
  const entry = (step: keyof typeof STEP_INPUTS): CacheEntry => ({ inputs: hashPaths(projectRoot, [...STEP_INPUTS[step], ...TOOLCHAIN]), outputs: hashPaths(projectRoot, STEP_OUTPUTS[step]) });

  /** Runs `work` unless the step is fresh; records it when it succeeds, prints its output either way. */
  async function step(name: keyof typeof STEP_INPUTS, work: () => Promise<string>): Promise<boolean> {
    const started = performance.now();
    if (!force && cache.fresh(name, entry(name))) {
      timings.push({ step: name, seconds: 0, skipped: true });
      log(`${name}: unchanged inputs, skipped`);
      return true;
    }
    cache.record(name, undefined);
    try {
      const output = await work();
      cache.record(name, entry(name));
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

  // `npm run lint` itself, as a child process: the build gates on exactly what an author runs.
  const lint = step('lint', async () => {
    const run = await runLint(specRoot);
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
  const generation = needless ? Promise.resolve({ status: 0, output: '' }) : runTool('tsx', [join(projectRoot, 'generators/src/generate.ts'), '--wait', force ? '--force' : '--cache'], { stdin: true, track: (child) => (generator = child) });
  const rest = (async () => {
    const bundled = await step('bundle', async () => {
      // The API's bundle and the sandbox control API's (a document of its own), like `npm run bundle`.
      const [bundle, control] = await Promise.all([buildBundleAsync(specRoot), buildBundleAsync(sandboxSpecRoot)]);
      for (const [file, text] of [
        [bundleYaml, bundle.yaml],
        [bundleJson, bundle.json],
        [sandboxBundleYaml, control.yaml],
        [sandboxBundleJson, control.json],
      ]) {
        mkdirSync(dirname(file), { recursive: true });
        if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
      }
      return `bundle: ${countOperations(bundle.spec)} operations, ${Object.keys(bundle.spec.webhooks ?? {}).length} webhooks, ${Object.keys(bundle.spec.components?.schemas ?? {}).length} schemas -> generated/openapi.{yaml,json}; ${countOperations(control.spec)} control operations -> generated/sandbox-openapi.{yaml,json}`;
    });
    if (!bundled) {
      generator?.kill();
      await generation;
      return;
    }
    const docs = step('docs', async () => {
      const bundle = JSON.parse(readFileSync(bundleJson, 'utf8'));
      const files = await writeSiteAsync(bundle);
      const sizes = Object.entries(files)
        .map(([name, content]) => `${name} ${Math.round(Buffer.byteLength(content) / 1024)} KiB`)
        .join(', ');
      return `docs: -> ${relative(projectRoot, docsOutDir)}/ (${sizes})`;
    });
    let started = false;
    const generated = step('generate', async () => {
      started = true;
      generator?.stdin?.end('go\n');
      const run = await generation;
      if (run.status !== 0) throw new Error(run.output.trim());
      return run.output.trim();
    });
    // A fresh step never ran its work: the waiting generator is let go.
    if (!started) generator?.kill();
    await Promise.all([docs, generated, generation]);
  })();
  await Promise.all([lint, rest]);
  return { failed, timings };
}
