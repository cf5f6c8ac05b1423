// Renders the docs copy of the spec to one self-contained HTML page with `redocly build-docs --inlineBundle`, then
// removes the last thing that would reach the network: Redoc's "API docs by" logo, loaded from cdn.redoc.ly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESSIBLE_SCRIPT, ACCESSIBLE_STYLE } from './accessibility.ts';
import { runTool, runToolSync, type ToolRun, type Track } from '../tool.ts';

/** The logo URLs the pinned Redoc (3.0.1, in @redocly/cli 2.77.0) renders in its footer. */
const REMOTE_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const ATTRIBUTION_LINK = 'https://redocly.com/redoc/';
// The footer link is hidden; with `data:,` as its image, Redoc's own onError handler drops the image, so nothing is fetched
// even if the CSS stops matching after an upgrade.
const HIDE_ATTRIBUTION = `<style>a[href="${ATTRIBUTION_LINK}"]{display:none!important}</style>`;

/** Fails loudly when Redoc changes: a silent miss would let the page reach the CDN again. */
export function makeOffline(html: string): string {
  let out = html;
  for (const url of REMOTE_LOGOS) {
    if (!out.includes(url)) throw new Error(`docs: Redoc no longer references ${url}; re-check what the page loads (test/docs/browser.test.ts)`);
    out = out.split(url).join('data:,');
  }
  if (!out.includes('</head>')) throw new Error('docs: the page has no </head> to add the offline style to');
  return out.replace('</head>', `${HIDE_ATTRIBUTION}\n${ACCESSIBLE_STYLE}\n${ACCESSIBLE_SCRIPT}\n</head>`);
}

/**
 * Redoc's options for the page: the code-sample languages in the order the page offers them (the first is the one
 * it opens with: TypeScript, then curl; without the list Redoc opens every operation on curl) and the download
 * buttons for the files the site folder carries beside the page.
 */
export function redocOptions(samples: { lang: string; label: string }[], downloads: { title: string; url: string }[]): object {
  return { codeSamples: { languages: samples }, downloadUrls: downloads };
}

function prepare(docsSpec: unknown, title: string, options: object) {
  const tmp = mkdtempSync(join(tmpdir(), 'cfi-docs-'));
  const input = join(tmp, 'openapi.json');
  const output = join(tmp, 'index.html');
  // `--openapi` takes Redoc's options as a JSON file: arrays (the sample languages) cannot be given in dot notation.
  const redocOptionsFile = join(tmp, 'redoc-options.json');
  writeFileSync(input, JSON.stringify(docsSpec));
  writeFileSync(redocOptionsFile, JSON.stringify({ ...options, disableTelemetry: true }));
  const args = ['build-docs', input, '--inlineBundle', '--output', output, '--title', title, '--openapi', redocOptionsFile, '--lint-config', 'off'];
  return { tmp, args, output };
}

function finish(run: ToolRun, output: string): string {
  if (run.status !== 0) throw new Error(`redocly build-docs failed:\n${run.output}`);
  const html = readFileSync(output, 'utf8');
  if (!html.includes('"disableTelemetry":true')) throw new Error('docs: the page was built without disableTelemetry');
  return makeOffline(html);
}

export function buildDocsHtml(docsSpec: unknown, title: string, options: object = {}): string {
  const { tmp, args, output } = prepare(docsSpec, title, options);
  try {
    return finish(runToolSync('redocly', args, tmp), output);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The same without blocking the event loop (the build runs it beside generation; the dev loop keeps serving). */
export async function buildDocsHtmlAsync(docsSpec: unknown, title: string, options: object = {}, track?: Track): Promise<string> {
  const { tmp, args, output } = prepare(docsSpec, title, options);
  try {
    return finish(await runTool('redocly', args, { cwd: tmp, track }), output);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
