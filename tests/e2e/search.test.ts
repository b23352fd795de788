import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, buildSite, temporaryFolder } from '../support/build-site.ts';
import { demoSiteInBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../../src/lib/build/static-server-fs.ts';
import { PAGE_SCRIPT } from '../../src/lib/site/page-script.ts';

const site = demoSiteInBrowser();

async function openPage(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  // Fail with Playwright's own message, naming the step, well before the test's time runs out.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const resultTitles = (page: Page) => page.locator('.search-result-link').allTextContents();

// Playwright's own waiting rather than expect.poll, whose timer in vitest 5 can outlive a passing test and fail it
// later.
const waitForResults = (page: Page, atLeast = 1) =>
  page.waitForFunction((count) => document.querySelectorAll('.search-result').length >= count, atLeast, {
    polling: 100,
  });

describe('searching in a browser', () => {
  it('shows results as you type, narrows them with a facet, and follows a result', async () => {
    const page = await openPage(site.demo.url('search/'));
    await page.getByLabel('Search people, teams, strategy, wins, words and stories').fill('warehouse');
    await waitForResults(page, 4);
    const before = await page.locator('.search-result').count();

    await page
      .getByRole('group', { name: 'Type' })
      .getByLabel(/^Person/)
      .check();
    await page.waitForFunction((count) => document.querySelectorAll('.search-result').length < count, before, {
      polling: 100,
    });
    const types = await page.locator('.search-type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Person']));
    expect(page.url()).toContain('type=Person');

    const first = page.locator('.search-result-link').first();
    const name = await first.textContent();
    await first.click();
    await page.waitForURL(/\/people\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.context().close();
  });

  it('keeps words typed before the search code has loaded', async () => {
    const context = await site.browser.newContext();
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    // Hold the island's code back until the words are in the box.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.demo.url('search/'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Search people, teams, strategy, wins, words and stories').fill('payroll');
    release();
    await waitForResults(page);
    expect(await page.getByLabel('Search people, teams, strategy, wins, words and stories').inputValue()).toBe(
      'payroll',
    );
    await context.close();
  });

  it('shows the results of a shared ?q= link as soon as the page loads', async () => {
    const page = await openPage(site.demo.url('search/?q=service%20level%20agreement'));
    await waitForResults(page);
    expect(await resultTitles(page)).toContain('SLA');
    expect(await page.getByLabel('Search people, teams, strategy, wins, words and stories').inputValue()).toBe(
      'service level agreement',
    );
    expect(await page.getByRole('status').textContent()).toMatch(/results? for “service level agreement”/);
    await page.context().close();
  });

  it('is usable from the keyboard: / focuses the box, arrows move through results, Enter opens one', async () => {
    const page = await openPage(site.demo.url('search/?q=payroll'));
    await waitForResults(page, 2);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(second).toBe((await resultTitles(page))[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    await page.context().close();
  });

  it('sends the header search box to the search page, which says search needs JavaScript when it is off', async () => {
    const page = await openPage(site.demo.url('glossary/'), { javaScriptEnabled: false });
    await page.getByLabel('Search the site').filter({ visible: true }).fill('month-end');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=month-end$/);
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    await page.context().close();
  });

  it('loads no JavaScript file on a content page until search is used', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(site.demo.url('people/li-jing/'));
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    // The only script is the inline theme memory.
    expect(await page.locator('script').evaluateAll((scripts) => scripts.map((s) => s.textContent))).toEqual([
      PAGE_SCRIPT,
    ]);
    await page.getByLabel('Search the site').filter({ visible: true }).fill('laptop');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=laptop$/);
    await waitForResults(page);
    expect(scripts.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });
});

describe('searching a site served under a base path', () => {
  let site: StaticSite;

  beforeAll(async () => {
    const dist = path.join(temporaryFolder('search-base'), 'dist');
    const result = await buildSite(path.join(FIXTURES, 'org-elsewhere'), dist, { ONE_TEAM_BASE: '/it/' });
    expect(result.code, result.output).toBe(0);
    site = await serveStatic(dist, '/it/');
  }, 120_000);

  afterAll(() => site?.close());

  it('finds pages and links to them under the base path', async () => {
    const page = await openPage(site.url('search/?q=tablets'));
    await waitForResults(page);
    expect(await page.locator('.search-result-link').first().getAttribute('href')).toMatch(/^\/it\//);
    await page.locator('.search-result-link').first().click();
    await page.waitForURL(/\/it\/(wins|strategy|people|stories|initiatives)\//);
    expect(await page.title()).not.toMatch(/not found/i);
    await page.context().close();
  });
});
