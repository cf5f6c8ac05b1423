// The browser checks of the docs site. The real test and the fixture test (which proves each check can fail) share
// these functions, so a check that passes on the site is the same code that was seen failing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { OperationEntry } from '../../../scripts/lib/operations.ts';

export interface NetworkLog {
  /** Every URL the page requested. */
  all: string[];
  /** The ones that would have left the machine; each was aborted. */
  external: string[];
}

/** A URL that stays on this machine: the local server, or inline data. */
export function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Records every request and aborts any that would leave 127.0.0.1. Call before the first navigation. */
export async function watchNetwork(page: Page): Promise<NetworkLog> {
  const log: NetworkLog = { all: [], external: [] };
  page.on('request', (request) => {
    log.all.push(request.url());
    if (!isLocal(request.url())) log.external.push(request.url());
  });
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  return log;
}

/** Uncaught exceptions thrown in the page. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The page's in-app links as routes (`/auth`, `/auth/authgettoken`) with their text. Redoc writes a route as `/x`
 * or `#/x` depending on how the page was entered, and routes by hash either way.
 */
async function routeLinks(page: Page): Promise<{ route: string; text: string }[]> {
  return page.$$eval('a[href]', (links) => links.map((a) => ({ route: (a.getAttribute('href') ?? '').replace(/^#/, ''), text: (a.textContent ?? '').trim() })).filter((l) => l.route.startsWith('/')));
}

async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => (window.location.hash = `#${r}`), route);
}

const label = (op: OperationEntry) => `${op.operationId} (${op.kind} "${op.summary}", tag ${op.tag})`;

/**
 * Every operation and webhook of `expected` that the page does not render, with why. For each one: open its tag's
 * section from the sidebar, find the operation's own link under it by summary, open it, and wait for the section's
 * heading to carry the summary. Redoc renders sections lazily, so reading the whole DOM once would miss operations that are there.
 */
export async function missingOperations(page: Page, expected: OperationEntry[], timeoutMs = 3000): Promise<string[]> {
  const missing: string[] = [];
  const tagRoutes = new Map<string, string>();
  for (const link of await routeLinks(page)) if (link.route.split('/').length === 2) tagRoutes.set(link.text, link.route);
  const byTag = new Map<string, OperationEntry[]>();
  for (const op of expected) byTag.set(op.tag, [...(byTag.get(op.tag) ?? []), op]);
  for (const [tag, ops] of byTag) {
    const tagRoute = tagRoutes.get(tag);
    if (!tagRoute) {
      for (const op of ops) missing.push(`${label(op)}: its tag is not in the sidebar`);
      continue;
    }
    await goTo(page, tagRoute);
    // Opening a tag unfolds its entries in the sidebar: one link per operation, whose text carries the summary.
    // Wait until all are there; on timeout, what is there is the answer.
    const summaries = ops.map((op) => op.summary);
    await page
      .waitForFunction(
        ([prefix, wanted]) => {
          const texts = [...document.querySelectorAll(`a[href^="${prefix}/"], a[href^="#${prefix}/"]`)].map((a) => a.textContent ?? '');
          return wanted.every((w) => texts.some((t) => t.includes(w)));
        },
        [tagRoute, summaries] as const,
        { timeout: timeoutMs },
      )
      .catch(() => undefined);
    const entries = (await routeLinks(page)).filter((l) => l.route.startsWith(`${tagRoute}/`) && l.route.split('/').length === 3);
    for (const op of ops) {
      const opRoute = entries.find((e) => e.text.includes(op.summary))?.route;
      if (!opRoute) {
        missing.push(`${label(op)}: no sidebar entry under its tag`);
        continue;
      }
      await goTo(page, opRoute);
      const rendered = await page
        .waitForFunction(([id, summary]) => (document.getElementById(id)?.querySelector('h2')?.textContent ?? '').includes(summary), [opRoute.slice(1), op.summary] as const, { timeout: timeoutMs })
        .then(() => true)
        .catch(() => false);
      if (!rendered) missing.push(`${label(op)}: its section did not render`);
    }
  }
  return missing;
}

/** True when the site's search lists a result carrying `summary` after typing it. */
export async function searchFinds(page: Page, summary: string, timeoutMs = 3000): Promise<boolean> {
  await page.locator('[data-component-name="icons/SearchIcon/SearchIcon"]').first().click();
  await page.keyboard.type(summary);
  const found = await page
    .waitForFunction((s) => [...document.querySelectorAll('[data-component-name="Search/SearchItem"]')].some((item) => (item.textContent ?? '').includes(s)), summary, { timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  await page.keyboard.press('Escape');
  return found;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, as `rule (impact): target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n: any) => n.target.join(' ')) }));
  });
  return violations.flatMap((v: { id: string; impact: string; targets: string[] }) => v.targets.map((t) => `${v.id} (${v.impact}): ${t}`));
}

/**
 * Badges (Redoc's `Tag/Tag`) whose text matches `pattern` and is not shown whole: the badge or an element inside it
 * is narrower than its text (clipped, or cut with an ellipsis). Each as `text (shown N of M px)`.
 */
export async function truncatedBadges(page: Page, pattern: RegExp): Promise<string[]> {
  return page.$$eval(
    '[data-component-name="Tag/Tag"]',
    (badges, source) => {
      const wanted = new RegExp(source);
      return badges
        .filter((badge) => wanted.test(badge.textContent ?? ''))
        .flatMap((badge) =>
          [badge, ...badge.querySelectorAll('*')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .slice(0, 1)
            .map((e) => `${(badge.textContent ?? '').trim()} (shown ${e.clientWidth} of ${e.scrollWidth} px)`),
        );
    },
    pattern.source,
  );
}

/** The code-sample language the page shows first: the selected entry of the sample panel's language picker. */
export async function shownSampleLanguage(page: Page, labels: string[]): Promise<string | undefined> {
  return page.$$eval('button[aria-haspopup]', (buttons, known) => buttons.map((b) => (b.textContent ?? '').trim()).find((text) => known.includes(text)), labels);
}

/** The sidebar route of a tag (`/ach`), or undefined when the sidebar has none. */
export async function tagRoute(page: Page, tag: string): Promise<string | undefined> {
  return (await routeLinks(page)).find((l) => l.route.split('/').length === 2 && l.text === tag)?.route;
}

/** Opens a tag's section (and its sidebar entries) by the tag's name; false when the sidebar has no such tag. */
export async function openTag(page: Page, tag: string, settleMs = 1500): Promise<boolean> {
  const route = await tagRoute(page, tag);
  if (!route) return false;
  await goTo(page, route);
  await page.waitForTimeout(settleMs);
  return true;
}
