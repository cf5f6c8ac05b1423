// The built docs site in a real browser, offline: every operation and webhook renders, search works, nothing leaves
// 127.0.0.1, no page error and no critical accessibility violation. test/docs/browser-fixtures.test.ts proves the
// first and third checks fail when they should.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';
import { criticalViolations, missingOperations, searchFinds } from './support/checks.ts';
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

  it('has no critical accessibility violation (axe-core)', async () => {
    await site.page.evaluate(() => (window.location.hash = '#/'));
    expect(await criticalViolations(site.page)).toEqual([]);
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    await site.page.screenshot({ path: join(projectRoot, 'test-results', 'docs-site.png') });
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
