// The author's loop behind `npm run dev`. A change is shown first and finished after:
//   1. preview (in process, well under a second): bundle with the warm openapi-core (the build's own bundle), build
//      the docs spec, swap it into the last built page, reload the browser;
//   2. in the background: that bundle written to <out>/openapi.{yaml,json}; as child processes, lint, the mock
//      restarted on it, `generate --cache` (only the groups whose inputs changed) and `redocly build-docs` into
//      <out>/docs/index.html, which then becomes the served page. A newer change kills the lint and build-docs
//      runs of an older one; generation is never killed halfway, it runs once more instead.
// Every failure becomes a problem shown in the terminal and in the page's overlay; the loop keeps the last good
// page and goes on watching.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Bundle } from '../bundle-spec.ts';
import { buildSiteAsync, siteSpec } from '../docs/site.ts';
import { projectRoot } from '../paths.ts';
import { runScript, withoutBanner } from '../tool.ts';
import { bundleChildren, Restartable } from './children.ts';
import { serveDevDocs, type DevDocsServer } from './docs-server.ts';
import { fastBundle, type Problem } from './fast-bundle.ts';
import { LiveReload } from './live-reload.ts';
import { specDir, type DevOptions } from './options.ts';
import { pageTemplate, pageWith, type PageTemplate } from './page.ts';
import { watchAreas, type ChangeBatch } from './watch.ts';

const PLACEHOLDER = '<!doctype html><title>npm run dev</title><body><p>No docs built yet: see the problems below and the terminal.</p></body>';
/** Paths inside the project relative to it, others (a test's temporary copy) absolute. */
const shown = (path: string) => (relative(projectRoot, path).startsWith('..') ? path : relative(projectRoot, path) || '.');
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

export class DevLoop {
  readonly live = new LiveReload();
  docs?: DevDocsServer;
  children: Restartable[] = [];
  private spec?: Record<string, any>;
  private bundle?: Bundle;
  private template?: PageTemplate;
  private page = PLACEHOLDER;
  private readonly problems = new Map<string, Problem[]>();
  /** Bumped by every change; background work of an older generation stops at its next step. */
  private generation = 0;
  private readonly running = new Set<ChildProcess>();
  private watcher?: { close(): void };

  constructor(
    readonly options: DevOptions,
    private readonly log: (line: string) => void = console.log,
  ) {}

  private get bundleJson() {
    return join(this.options.outDir, 'openapi.json');
  }

  /** Builds everything once, starts the docs server and the children, then watches. */
  async start(): Promise<void> {
    const started = performance.now();
    const fast = await fastBundle(this.options.specRoot);
    this.setProblems('bundle', fast.problems);
    if (fast.bundle) this.spec = fast.bundle.spec;
    // The children start on the bundle already on disk while the real bundle and the docs are built; if that
    // bundle turns out stale (or there was none), they restart on the new one.
    const before = existsSync(this.bundleJson) ? readFileSync(this.bundleJson, 'utf8') : undefined;
    this.children = this.options.children ? await Promise.all(bundleChildren.map((c) => Restartable.create(c))) : [];
    const early = before === undefined ? Promise.resolve() : Promise.all(this.children.map((c) => this.restartChild(c)));
    await this.finish(++this.generation, { spec: true, docs: true, changed: [], bundle: fast.bundle }, false);
    this.docs = await serveDevDocs(() => this.page, this.live);
    await early;
    const now = existsSync(this.bundleJson) ? readFileSync(this.bundleJson, 'utf8') : undefined;
    if (now !== undefined && now !== before) await Promise.all(this.children.map((c) => this.restartChild(c)));
    const dirs: ['spec' | 'docs' | 'generators', string][] = [
      ['spec', specDir(this.options)],
      ['docs', this.options.docsDir],
    ];
    if (this.options.generate) dirs.push(['generators', join(projectRoot, 'generators')]);
    this.watcher = watchAreas(dirs, projectRoot, (batch) => void this.onChange(batch));
    this.log(`docs ${this.docs.url}`);
    for (const c of this.children) this.log(`${c.child.name} ${c.url}   (${c.child.note}; restarted on each new bundle)`);
    this.log(`watching ${dirs.map(([, d]) => shown(d)).join(', ')} (ready in ${ms(started)}; Ctrl+C stops)`);
  }

  async stop(): Promise<void> {
    this.generation++;
    this.watcher?.close();
    for (const child of this.running) child.kill('SIGTERM');
    await this.generating;
    await Promise.all(this.children.map((c) => c.stop()));
    await this.docs?.close();
  }

  /** One batch of changes: the preview at once, the rest in the background. */
  async onChange(batch: ChangeBatch): Promise<void> {
    const generation = ++this.generation;
    for (const child of this.running) child.kill('SIGTERM');
    const started = performance.now();
    const spec = batch.areas.has('spec');
    const docs = batch.areas.has('docs');
    this.log(`\nchanged: ${batch.files.map((f) => shown(join(projectRoot, f))).join(', ')}`);
    let bundle: Bundle | undefined;
    if (spec) {
      const fast = await fastBundle(this.options.specRoot);
      if (generation !== this.generation) return;
      this.setProblems('bundle', fast.problems);
      bundle = fast.bundle;
      if (bundle) this.spec = bundle.spec;
      else this.setProblems('lint', []);
      if (!bundle) return this.publish();
    }
    if ((spec || docs) && this.preview()) this.log(`docs updated in ${ms(started)} (preview; full build follows)`);
    this.publish();
    void this.finish(generation, { spec, docs, changed: batch.files.filter((f) => f.startsWith('generators/')), bundle }, true);
  }

  /** Swaps the new docs spec into the last built page and reloads the browser; false when there is nothing to show. */
  private preview(): boolean {
    if (!this.spec || !this.template) return false;
    try {
      this.page = pageWith(this.template, siteSpec(this.spec, { guides: this.options.docsDir }));
      this.setProblems('docs', []);
      this.live.reload();
      return true;
    } catch (error) {
      this.setProblems('docs', [{ source: 'docs', text: (error as Error).message }]);
      return false;
    }
  }

  /** The slow half: lint, the real bundle, children, generation and the built docs, each stopped if outdated. */
  private async finish(generation: number, what: { spec: boolean; docs: boolean; changed: string[]; bundle?: Bundle }, background: boolean): Promise<void> {
    const current = () => generation === this.generation;
    const track = (child: ChildProcess) => {
      this.running.add(child);
      child.once('exit', () => this.running.delete(child));
    };
    const lint = what.spec && this.options.lint && background && this.spec ? this.lint(track, current) : Promise.resolve();
    if (what.spec && what.bundle) {
      // The preview's bundle is the build's (core-bundle.ts, byte for byte the redocly CLI's): written, not made again.
      this.bundle = what.bundle;
      const changed = this.writeBundle(what.bundle);
      this.log(`bundle written${changed ? '' : ', unchanged'}`);
      if (changed && background) {
        for (const child of this.children) void this.restartChild(child);
      }
      if ((changed || what.changed.length) && this.options.generate) this.regenerate();
    } else if (what.changed.length && this.options.generate) {
      this.regenerate();
      if (what.changed.some((f) => /^generators\/src\/(ir|spec)\//.test(f))) {
        this.log('note: the served docs read operations through generators/src/ir as loaded at start; restart npm run dev to see this change there');
      }
    }
    if ((what.spec || what.docs) && this.bundle) {
      const started = performance.now();
      try {
        const html = await buildSiteAsync(this.bundle.spec, { guides: this.options.docsDir }, track);
        if (!current()) return;
        mkdirSync(join(this.options.outDir, 'docs'), { recursive: true });
        writeFileSync(join(this.options.outDir, 'docs', 'index.html'), html);
        this.template = pageTemplate(html);
        const first = this.page === PLACEHOLDER;
        this.page = html;
        this.setProblems('docs', []);
        if (first && background) this.live.reload();
        this.log(`docs built (redocly build-docs) in ${ms(started)} -> ${shown(join(this.options.outDir, 'docs', 'index.html'))}`);
      } catch (error) {
        if (current()) this.setProblems('docs', [{ source: 'docs', text: (error as Error).message }]);
      }
    }
    this.publish();
    await lint;
  }

  private writeBundle(bundle: Bundle): boolean {
    const files: [string, string][] = [
      [join(this.options.outDir, 'openapi.yaml'), bundle.yaml],
      [this.bundleJson, bundle.json],
    ];
    const changed = files.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
    mkdirSync(this.options.outDir, { recursive: true });
    for (const [file, text] of changed) writeFileSync(file, text);
    return changed.length > 0;
  }

  private async restartChild(child: Restartable): Promise<void> {
    const started = performance.now();
    try {
      await child.restart(this.bundleJson);
      this.setProblems(child.child.name, []);
      this.log(`${child.child.name} restarted on the new bundle in ${ms(started)}`);
    } catch (error) {
      this.setProblems(child.child.name, [{ source: child.child.name, text: (error as Error).message }]);
    }
    this.publish();
  }

  private async lint(track: (c: ChildProcess) => void, current: () => boolean): Promise<void> {
    const started = performance.now();
    const run = await runScript(join(projectRoot, 'scripts/lint.ts'), [this.options.specRoot], { track });
    if (!current() || run.status === null) return;
    const findings = withoutBanner(run.output)
      .split('\n')
      .filter((l) => !/^(layout|spectral|redocly): ok$/.test(l.trim()));
    this.setProblems('lint', run.status === 0 ? [] : [{ source: 'lint', text: findings.join('\n').trim() }]);
    this.log(`lint ${run.status === 0 ? 'ok' : 'FAILED'} in ${ms(started)}`);
    this.publish();
  }

  private generating?: Promise<void>;
  private generateAgain = false;

  /**
   * Generation is never killed halfway (it would leave generated/ half-written): a change during a run asks for
   * one more run after it.
   */
  private regenerate(): void {
    if (this.generating) {
      this.generateAgain = true;
      return;
    }
    this.generating = (async () => {
      do {
        this.generateAgain = false;
        await this.generateOnce();
      } while (this.generateAgain);
    })().finally(() => (this.generating = undefined));
  }

  private async generateOnce(): Promise<void> {
    const started = performance.now();
    // --cache reruns only the groups whose inputs changed (the bundle, generators/src, or their own runtime).
    const run = await runScript(join(projectRoot, 'generators/src/generate.ts'), ['--cache']);
    if (run.status === null) return;
    this.setProblems('generate', run.status === 0 ? [] : [{ source: 'generate', text: run.output.trim() }]);
    this.log(run.status === 0 ? `${run.output.trim()} (${ms(started)})` : 'generate FAILED');
    this.publish();
  }

  private setProblems(source: string, problems: Problem[]): void {
    this.problems.set(source, problems);
  }

  private shown = '[]';

  /** Prints the problems when they change and sends them to the page. */
  private publish(): void {
    const all = [...this.problems.values()].flat();
    const text = JSON.stringify(all);
    if (text === this.shown) return;
    this.shown = text;
    this.live.setProblems(all);
    if (all.length) for (const p of all) this.log(`\n[${p.source}] ${p.text}`);
    else this.log('no problems');
  }
}
