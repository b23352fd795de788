/** The demo site in Debian's Chromium, for one test file. */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/build/chromium-fs.ts';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './build-site.ts';
import { serveStatic, type StaticSite } from '../../src/lib/build/static-server-fs.ts';

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
