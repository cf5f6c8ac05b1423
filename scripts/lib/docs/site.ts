// The whole docs site from a bundle: the guides in docs/, the generated lifecycle page, the changelog, the annotated
// spec, the page, and beside it the files the page links to (the bundle as YAML and JSON, the changelog), so the
// folder can be served as is.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleTexts, type BundleTexts } from '../bundle-text.ts';
import { bundleJson, bundleYaml, docsOutDir, projectRoot } from '../paths.ts';
import { buildDocsHtml, buildDocsHtmlAsync, redocOptions } from './build-html.ts';
import { SAMPLE_LANGUAGES } from './code-samples.ts';
import { addControlSection, readControlBundle } from './control-section.ts';
import type { Track } from '../tool.ts';
import { docsSpec } from './docs-spec.ts';
import { buildIR } from '../../../generators/src/ir/build.ts';
import { changelogGuide, lifecycleGuide, loadGuides } from './guides.ts';
import { withSandboxTables } from './sandbox-guide.ts';

export const guidesDir = join(projectRoot, 'docs');
export { docsOutDir };
/** The changelog the site shows and serves: the client package's, generated from the spec's history. */
export const changelogFile = join(projectRoot, 'generated', 'client', 'CHANGELOG.md');

/** The files beside index.html, by the name the page links to them with. */
export const DOWNLOADS = { yaml: 'openapi.yaml', json: 'openapi.json', changelog: 'CHANGELOG.md' } as const;

export interface SiteSources {
  /** docs/ */
  guides?: string;
  /** The changelog's Markdown. */
  changelog?: string;
  /**
   * The sandbox control API's bundle, shown as a section of its own; read from generated/ when left out, none when
   * `null`.
   */
  control?: any;
  /**
   * The bundle's text as generated/openapi.{yaml,json} hold it, served beside the page; formatted from the bundle
   * when left out (a fixture bundle has no files).
   */
  texts?: BundleTexts;
}

const readChangelog = () => readFileSync(changelogFile, 'utf8');

/** The download links the page's introduction starts with. */
export function downloadsLine(): string {
  return `**Download** the OpenAPI 3.1 description as [YAML](${DOWNLOADS.yaml}) or [JSON](${DOWNLOADS.json}); what changed between versions: [CHANGELOG.md](${DOWNLOADS.changelog}).`;
}

export function siteSpec(bundle: any, sources: SiteSources = {}): any {
  const changelog = sources.changelog ?? readChangelog();
  // Built once: the sandbox guide's tables and every operation's annotations read the same IR.
  const ir = buildIR(bundle);
  const guides = loadGuides(sources.guides ?? guidesDir).map((g) => withSandboxTables(g, ir));
  const spec = docsSpec(bundle, [...guides, lifecycleGuide(bundle), changelogGuide(changelog)], ir);
  spec.info = { ...spec.info, description: [downloadsLine(), (spec.info?.description ?? '').trim()].filter(Boolean).join('\n\n') };
  return spec;
}

export const siteTitle = (bundle: any) => `${bundle.info?.title ?? 'API'} reference`;

/** What build-docs renders: the annotated spec with the control API's section, and Redoc's options. */
function pageInput(bundle: any, sources: SiteSources): { spec: any; options: object } {
  const downloads = [
    { title: 'OpenAPI (YAML)', url: DOWNLOADS.yaml },
    { title: 'OpenAPI (JSON)', url: DOWNLOADS.json },
  ];
  const spec = siteSpec(bundle, sources);
  const control = sources.control === undefined ? readControlBundle() : sources.control;
  return { spec: control ? addControlSection(spec, control) : spec, options: redocOptions(SAMPLE_LANGUAGES, downloads) };
}

export function buildSite(bundle: any, sources: SiteSources = {}): string {
  const { spec, options } = pageInput(bundle, sources);
  return buildDocsHtml(spec, siteTitle(bundle), options);
}

/** The page without blocking the event loop (the build runs it beside generation; the dev loop keeps serving). */
export function buildSiteAsync(bundle: any, sources: SiteSources = {}, track?: Track): Promise<string> {
  const { spec, options } = pageInput(bundle, sources);
  return buildDocsHtmlAsync(spec, siteTitle(bundle), options, track);
}

/** Every file of the site folder, by name: the page, the bundle (YAML and JSON), the changelog. */
export function siteFiles(bundle: any, sources: SiteSources = {}): Record<string, string> {
  const changelog = sources.changelog ?? readChangelog();
  return { 'index.html': buildSite(bundle, { ...sources, changelog }), ...downloadFiles(bundle, changelog, sources.texts) };
}

/** The files beside the page, by name. */
function downloadFiles(bundle: any, changelog: string, texts = bundleTexts(bundle)): Record<string, string> {
  return { [DOWNLOADS.yaml]: texts.yaml, [DOWNLOADS.json]: texts.json, [DOWNLOADS.changelog]: changelog };
}

/** The bundle as generated/ holds it: parsed for the page, as text for the downloads. */
export function readBundleFiles(): { bundle: any; texts: BundleTexts } {
  const texts = { yaml: readFileSync(bundleYaml, 'utf8'), json: readFileSync(bundleJson, 'utf8') };
  return { bundle: JSON.parse(texts.json), texts };
}

function writeFiles(outDir: string, files: Record<string, string>): Record<string, string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  return files;
}

/** Writes the site folder afresh (nothing left from an earlier build) from generated/'s bundle; returns the files written. */
export function writeSite(outDir = docsOutDir): Record<string, string> {
  const { bundle, texts } = readBundleFiles();
  return writeFiles(outDir, siteFiles(bundle, { texts }));
}

/** writeSite without blocking the event loop: the build's docs step, beside generation. */
export async function writeSiteAsync(outDir = docsOutDir, track?: Track): Promise<Record<string, string>> {
  const { bundle, texts } = readBundleFiles();
  const changelog = readChangelog();
  return writeFiles(outDir, { 'index.html': await buildSiteAsync(bundle, { changelog }, track), ...downloadFiles(bundle, changelog, texts) });
}
