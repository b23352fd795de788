/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './build-site.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A browser and the demo site `npm test` built, served on loopback, for one test file. */
export function demoSiteInBrowser() {
  const state = {} as { browser: Browser; demo: StaticSite };
  beforeAll(async () => {
    state.browser = await launchChromium();
    state.demo = await serveStatic(path.join(PROJECT_ROOT, 'dist'));
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.demo?.close();
  });
  return state;
}
