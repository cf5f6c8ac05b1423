// The built docs site in a real browser, offline: every operation and webhook renders, search works, nothing leaves
// 127.0.0.1, no page error, no serious or critical accessibility violation, every badge whole, TypeScript as the
// first sample, and the bundle and changelog served beside the page and linked from it.
// test/docs/browser-fixtures.test.ts proves the checks fail when they should.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';
import { parse } from 'yaml';
import { SAMPLE_LANGUAGES } from '../../scripts/lib/docs/code-samples.ts';
import { DOWNLOADS, changelogFile, guidesDir } from '../../scripts/lib/docs/site.ts';
import { loadGuides } from '../../scripts/lib/docs/guides.ts';
import { readFileSync } from 'node:fs';
import { missingOperations, openTag, searchFinds, seriousViolations, shownSampleLanguage, truncatedBadges } from './support/checks.ts';
import { openDocsSite, type OpenSite } from './support/site.ts';

describe('the docs site in Chromium', () => {
  const bundle = loadBundle();
  const operations = listOperations(bundle);
  let site: OpenSite;
  beforeAll(async () => {
    site = await openDocsSite(bundle);
  });
  afterAll(() => site?.close());

  it('renders every operation and webhook of the bundle', async () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(await missingOperations(site.page, operations)).toEqual([]);
    console.log(`docs: ${operations.length} of ${operations.length} operations and webhooks rendered`);
  });

  it('finds an operation and a webhook by their summary', async () => {
    const samples = [operations[0], operations.at(-1)!, operations.find((o) => o.kind === 'webhook')].filter((o) => o !== undefined);
    for (const op of new Set(samples)) expect(await searchFinds(site.page, op.summary), op.summary).toBe(true);
  });

  /** Tags whose sections show every kind of badge: each fidelity, a deprecated operation, and a webhook. */
  const badgeTags = () => [
    ...new Set(
      [...['documented', 'partial', 'designed'].map((f) => operations.find((o) => o.fidelity === f)?.tag), operations.find((o) => o.deprecated)?.tag, operations.find((o) => o.kind === 'webhook')?.tag].filter(
        (t): t is string => t !== undefined,
      ),
    ),
  ];

  it('has no serious or critical accessibility violation on the landing page, a guide with code, and every kind of badge (axe-core)', async () => {
    const violations: string[] = [];
    await site.page.evaluate(() => (window.location.hash = '#/'));
    await site.page.waitForTimeout(1000);
    violations.push(...(await seriousViolations(site.page)).map((v) => `#/ ${v}`));
    const guideWithCode = loadGuides(guidesDir).find((g) => g.body.includes('```'));
    for (const tag of [...(guideWithCode ? [guideWithCode.title] : []), ...badgeTags()]) {
      expect(await openTag(site.page, tag), tag).toBe(true);
      violations.push(...(await seriousViolations(site.page)).map((v) => `${tag}: ${v}`));
    }
    expect(badgeTags().length).toBeGreaterThanOrEqual(3);
    expect(violations).toEqual([]);
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    await site.page.screenshot({ path: join(projectRoot, 'test-results', 'docs-site.png') });
  });

  it('shows every fidelity and deprecation badge whole, in the sidebar and beside the operation', async () => {
    const truncated: string[] = [];
    let seen = 0;
    for (const tag of badgeTags()) {
      await openTag(site.page, tag);
      seen += await site.page.$$eval('[data-component-name="Tag/Tag"]', (badges) => badges.filter((b) => /Fidelity|Deprecated/.test(b.textContent ?? '')).length);
      truncated.push(...(await truncatedBadges(site.page, /Fidelity|Deprecated/)).map((b) => `${tag}: ${b}`));
    }
    expect(seen).toBeGreaterThan(0);
    expect(truncated).toEqual([]);
  });

  it("opens an operation's code samples on TypeScript, the client call", async () => {
    const op = operations.find((o) => o.kind === 'operation')!;
    await openTag(site.page, op.tag);
    expect(
      await shownSampleLanguage(
        site.page,
        SAMPLE_LANGUAGES.map((l) => l.label),
      ),
    ).toBe('TypeScript');
    const firstCode = await site.page.$eval('[data-component-name="CodeBlock/CodeBlock"]', (c) => c.textContent ?? '');
    expect(firstCode).toContain("from '@connectfi/client'");
  });

  it('links the bundle (YAML and JSON) and the changelog, served beside the page', async () => {
    await site.page.evaluate(() => (window.location.hash = '#/'));
    await site.page.waitForSelector(`a[href="${DOWNLOADS.json}"]`, { timeout: 5000 });
    const hrefs = await site.page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
    for (const file of Object.values(DOWNLOADS)) expect(hrefs, file).toContain(file);
    const served = async (file: string) =>
      site.page.evaluate(async (f) => {
        const response = await fetch(f);
        return { status: response.status, text: await response.text() };
      }, file);
    const [json, yaml, changelog] = await Promise.all([served(DOWNLOADS.json), served(DOWNLOADS.yaml), served(DOWNLOADS.changelog)]);
    expect([json.status, yaml.status, changelog.status]).toEqual([200, 200, 200]);
    expect(JSON.parse(json.text)).toEqual(bundle);
    expect(parse(yaml.text)).toEqual(bundle);
    expect(changelog.text).toBe(readFileSync(changelogFile, 'utf8'));
  });

  // Last, so that they cover every navigation above.
  it('sends no request that leaves 127.0.0.1', () => {
    expect(site.network.all.length).toBeGreaterThan(0);
    expect(site.network.external).toEqual([]);
  });

  it('throws no page error', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
