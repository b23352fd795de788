import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoSiteInBrowser } from '../support/browser.ts';

const site = demoSiteInBrowser();

const tipOpen = (page: Page, id: string) =>
  page.evaluate((tipId) => document.getElementById(tipId)?.matches(':popover-open') ?? false, id);

describe('glossary terms in a page, in a browser', () => {
  it('shows the definition on keyboard focus, announces it, and closes it with Esc', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.demo.url('stories/a-day-in-the-rotterdam-warehouse/'));
    const term = page.locator('a.term').first();
    const tipId = (await term.getAttribute('aria-describedby'))!;
    expect(await tipOpen(page, tipId)).toBe(false);

    // Tab through the page until the first term link has focus, as a keyboard user would.
    for (let i = 0; i < 40 && !(await term.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForFunction((id) => document.getElementById(id)?.matches(':popover-open'), tipId, { polling: 100 });
    const tip = page.locator(`#${tipId}`);
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(20);

    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).toContain(`link "${await term.textContent()}"`);

    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => !document.getElementById(id)?.matches(':popover-open'), tipId, { polling: 100 });
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('shows the definition on hover', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.demo.url('wins/faster-month-end-close/'));
    const term = page.locator('a.term').first();
    await term.hover();
    await page.waitForFunction(
      (id) => document.getElementById(id)?.matches(':popover-open'),
      (await term.getAttribute('aria-describedby'))!,
      { polling: 100 },
    );
    await page.close();
  });

  it('is a plain link that works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.demo.url('wins/faster-month-end-close/'));
    const term = page.locator('a.term').first();
    const href = (await term.getAttribute('href'))!;
    await term.click();
    await page.waitForURL(site.demo.url(href.slice(1)));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await context.close();
  });
});

describe('the glossary index, in a browser', () => {
  it('filters terms by department without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.demo.url('glossary/'));
    const visibleTerms = () => page.locator('.glossary-entry:visible h3').allTextContents();
    const everything = await visibleTerms();
    await page.getByLabel('Finance').check();
    const finance = await visibleTerms();
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.length).toBeLessThan(everything.length);
    expect(finance).toContain('Month-end close');
    expect(finance).not.toContain('SLA');
    expect(await page.locator('.glossary-letter:visible h2').allTextContents()).not.toContain('S');
    await page.getByLabel('Every department').check();
    expect(await visibleTerms()).toEqual(everything);
    await context.close();
  });
});

describe('the tool catalogue, in a browser', () => {
  it('filters tools by ring and by kind without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.demo.url('tools/'));
    const visible = () => page.locator('.tool-item:visible h4').allTextContents();
    const everything = await visible();
    expect(everything).toHaveLength(20);
    await page.getByRole('group', { name: 'Ring', exact: true }).getByLabel('Hold', { exact: true }).check();
    const onHold = await visible();
    expect(onHold).toContain('WhatsApp for work');
    expect(onHold).not.toContain('Miro');
    await page
      .getByRole('group', { name: 'Kind of tool', exact: true })
      .getByLabel('Communication', { exact: true })
      .check();
    expect((await visible()).every((name) => onHold.includes(name))).toBe(true);
    expect(await page.locator('.ring-group:visible h3').count()).toBe(1);
    await context.close();
  });
});
