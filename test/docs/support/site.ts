// A fresh build of the docs site in a temp folder, served on 127.0.0.1, and a Chromium page watching it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { siteFiles } from '../../../scripts/lib/docs/site.ts';
import { serveDirectory, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { launchChromium } from './browser.ts';
import { watchNetwork, watchPageErrors, type NetworkLog } from './checks.ts';

export interface OpenSite {
  page: Page;
  network: NetworkLog;
  pageErrors: string[];
  url: string;
  close(): Promise<void>;
}

/** Serves `files` (name → content) from a temp folder and opens `/` in Chromium, the network watched from the start. */
export async function openFiles(files: Record<string, string>, ready?: (page: Page) => Promise<unknown>, entry = ''): Promise<OpenSite> {
  const dir = mkdtempSync(join(tmpdir(), 'cfi-site-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveDirectory(dir);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const network = await watchNetwork(page);
    const pageErrors = watchPageErrors(page);
    await page.goto(server.url + entry, { waitUntil: 'load' });
    await ready?.(page);
    const [s, b] = [server, browser];
    return {
      page,
      network,
      pageErrors,
      url: server.url,
      close: async () => {
        await b.close();
        await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The docs site folder built from `bundle` (the page and the files it links to), open once Redoc has rendered its content panel. It is opened at `#/` because
 * Redoc routes by hash only when the page starts on one; a static server has no routes for history paths.
 */
export function openDocsSite(bundle: any): Promise<OpenSite> {
  return openFiles(siteFiles(bundle), (page) => page.waitForSelector('#api-content h1', { timeout: 15_000 }), '#/');
}
