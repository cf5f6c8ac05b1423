// Debian's Chromium driven by playwright-core (no browser download is possible or needed), with the flags that stop
// the browser itself from reaching the network, so every request the test sees comes from the page.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (see README.md#docs-site)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
