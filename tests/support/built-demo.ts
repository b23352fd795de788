/**
 * The demo site the last build wrote: dist/, or ONE_TEAM_OUT_DIR when the build was told to write elsewhere (as
 * `npm run screenshots` reads it), and that site in Debian's Chromium for one test file.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/lib/build/chromium-fs.ts';
import { serveStatic, type StaticSite } from '../../src/lib/build/static-server-fs.ts';
import { PROJECT_ROOT } from './build-site.ts';

export const BUILT_DEMO = path.resolve(PROJECT_ROOT, process.env.ONE_TEAM_OUT_DIR ?? 'dist');

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1366, height: 800 } as const;

export interface SiteInBrowser {
  browser: Browser;
  site: StaticSite;
  /** A page of the site at this size and colour scheme, in a context of its own; close it with page.context(). */
  open: (route: string, viewport: { width: number; height: number }, colorScheme?: 'light' | 'dark') => Promise<Page>;
}

/** A built site served on loopback and a browser to read it, for one test file; the demo unless told otherwise. */
export function siteInBrowser(folder: () => string = () => BUILT_DEMO): SiteInBrowser {
  const state = {} as SiteInBrowser;
  beforeAll(async () => {
    state.browser = await launchChromium();
    state.site = await serveStatic(folder());
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  state.open = async (route, viewport, colorScheme = 'light') => {
    const context = await state.browser.newContext({ viewport, colorScheme });
    // Fail with Playwright's own message, naming the step, well before the test's time runs out.
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(state.site.url(route), { waitUntil: 'networkidle' });
    return page;
  };
  return state;
}
