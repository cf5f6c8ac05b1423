// Proof that the browser checks of test/docs/browser.test.ts can fail: the same functions, given a page that lacks
// an operation of the bundle, a page that reaches outside the machine, and a page with a clipped, low-contrast badge
// and code samples that open on curl.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';
import { missingOperations, seriousViolations, shownSampleLanguage, truncatedBadges } from './support/checks.ts';
import { openDocsSite, openFiles, type OpenSite } from './support/site.ts';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test/docs/fixtures', name), 'utf8');

describe('the browser checks fail on a deliberate fault', () => {
  const opened: OpenSite[] = [];
  afterAll(() => Promise.all(opened.map((s) => s.close())));

  it('report an operation of the bundle that the page does not render', async () => {
    const bundle = loadBundle();
    const site = await openDocsSite(bundle);
    opened.push(site);
    // The fixture bundle: one operation the page has (so the check is seen passing too) and one it lacks.
    const [route, item] = Object.entries(bundle.paths)[0];
    const fixtureBundle = { ...structuredClone(bundle), paths: { [route]: item, ...parse(fixture('unrendered-operation.yaml')) }, webhooks: {} };
    const missing = await missingOperations(site.page, listOperations(fixtureBundle), 1500);
    expect(listOperations(fixtureBundle)).toHaveLength(Object.keys(item as object).length + 1);
    expect(missing).toEqual(['healthNotOnThePage (operation "An operation the page does not have", tag Health): no sidebar entry under its tag']);
  });

  it('record and abort every request that leaves 127.0.0.1', async () => {
    const site = await openFiles({ 'index.html': fixture('phones-home.html') });
    opened.push(site);
    await site.page.waitForLoadState('networkidle');
    expect(site.network.all[0]).toBe(site.url);
    expect(site.network.external.sort()).toEqual(['https://cdn.example.com/logo.svg', 'https://telemetry.example.com/collect']);
    const logoLoaded = await site.page.$eval('img', (img) => (img as HTMLImageElement).naturalWidth > 0);
    expect(logoLoaded).toBe(false);
  });

  it('report a badge cut short, text below 4.5:1, and samples that open on another language than TypeScript', async () => {
    const site = await openFiles({ 'index.html': fixture('inaccessible-badges.html') });
    opened.push(site);
    const truncated = await truncatedBadges(site.page, /Fidelity|Deprecated/);
    expect(truncated).toHaveLength(1);
    expect(truncated[0]).toMatch(/^Fidelity: partial \(shown \d+ of \d+ px\)$/);
    expect((await seriousViolations(site.page)).filter((v) => v.startsWith('color-contrast (serious)'))).toHaveLength(1);
    expect(await shownSampleLanguage(site.page, ['TypeScript', 'curl'])).toBe('curl');
  });
});
