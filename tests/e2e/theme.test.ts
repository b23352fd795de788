import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoSiteInBrowser } from '../support/browser.ts';

const site = demoSiteInBrowser();

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 23, 28)';

describe('the theme picker', () => {
  it('follows the device until the reader chooses, then remembers the choice on every page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(site.demo.url('wins/'));
    const picker = page.getByLabel('Theme');
    expect(await picker.inputValue()).toBe('auto');
    expect(await pageBackground(page)).toBe(LIGHT);

    await picker.selectOption('dark');
    expect(await pageBackground(page)).toBe(DARK);

    await page.goto(site.demo.url('people/li-jing/'));
    expect(await pageBackground(page)).toBe(DARK);
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');

    // Back to the device's choice, which is now dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Theme').selectOption('auto');
    expect(await pageBackground(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe(LIGHT);
    await page.reload();
    expect(await pageBackground(page)).toBe(LIGHT);
    expect(await page.getByLabel('Theme').inputValue()).toBe('auto');
    await context.close();
  }, 30_000);

  it('lets a reader on a dark device choose light', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(site.demo.url('glossary/sla/'));
    expect(await pageBackground(page)).toBe(DARK);
    await page.getByLabel('Theme').selectOption('light');
    await page.goto(site.demo.url('strategy/'));
    expect(await pageBackground(page)).toBe(LIGHT);
    await context.close();
  }, 30_000);

  it('is hidden without JavaScript, and the page follows the device', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(site.demo.url('wins/'));
    expect(await page.locator('#theme-picker').isVisible()).toBe(false);
    expect(await page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor)).toBe(DARK);
    await context.close();
  }, 30_000);
});
