import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoSiteInBrowser } from '../support/browser.ts';

const site = demoSiteInBrowser();

const visibleNames = (page: Page) => page.locator('#directory li:visible h3').allTextContents();

describe('the people directory', () => {
  it('lists everyone without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.demo.url('people/'));
    expect((await visibleNames(page)).length).toBe(15);
    expect(await page.locator('.people-filter').count()).toBe(0);
    await context.close();
  });

  it('filters by team, department, location and topic, and keeps the filter in the address', async () => {
    const context = await site.browser.newContext();
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(site.demo.url('people/'));
    const form = page.getByRole('search', { name: 'Filter people' });
    await form.waitFor();
    await form.getByLabel('Team').selectOption({ label: 'Service Desk' });
    await page.waitForFunction(() => document.querySelectorAll('#directory li[hidden]').length > 0, undefined, {
      polling: 100,
    });
    const serviceDesk = await visibleNames(page);
    expect(serviceDesk).toEqual(expect.arrayContaining(['Siobhán Kelly', 'José Núñez']));
    expect(serviceDesk).not.toContain('Tomasz Nowak');
    expect(await page.getByRole('status').textContent()).toBe(`${serviceDesk.length} people`);
    expect(page.url()).toContain('team=service-desk');

    await form.getByLabel('Location').selectOption('Leeds');
    const inLeeds = await visibleNames(page);
    expect(inLeeds.length).toBeGreaterThan(0);
    expect(inLeeds.length).toBeLessThan(serviceDesk.length);

    await form.getByRole('button', { name: 'Show everyone' }).click();
    await form.getByLabel('Ask about').fill('payroll');
    await page.waitForFunction(() => document.querySelectorAll('#directory li:not([hidden])').length < 15, undefined, {
      polling: 100,
    });
    const payroll = await visibleNames(page);
    expect(payroll).toContain('Marta García López');

    await form.getByRole('button', { name: 'Show everyone' }).click();
    await form.getByLabel('Works for').selectOption({ label: 'Finance' });
    expect(await visibleNames(page)).not.toContain('Sanne Bakker');

    await page.goto(site.demo.url('people/?team=platform'));
    await page.waitForFunction(() => document.querySelectorAll('#directory li[hidden]').length > 0, undefined, {
      polling: 100,
    });
    expect(await visibleNames(page)).toEqual(expect.arrayContaining(['Tomasz Nowak', 'Chidi Eze']));
    expect(await visibleNames(page)).not.toContain('Siobhán Kelly');
    await context.close();
  });
});

describe('the organisation chart', () => {
  it('folds a manager’s reports in and out from the keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.demo.url('people/org-chart/'));
    const summary = page.locator('summary', { hasText: 'Siobhán Kelly' });
    const siobhan = summary.locator('xpath=..');
    expect(await siobhan.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await siobhan.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByRole('link', { name: 'José Núñez' }).isVisible()).toBe(false);
    await page.keyboard.press('Space');
    expect(await siobhan.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });
});
