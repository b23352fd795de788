import { describe, expect, it } from 'vitest';
import { demoSiteInBrowser } from '../support/browser.ts';
import { contrastRatio } from '../../src/lib/site/brand.ts';

const site = demoSiteInBrowser();

/** "rgb(11, 107, 203)" → "#0b6bcb". */
function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

describe('the header', () => {
  it('opens the sections from a Menu button on a phone, without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.demo.url('wins/'));
    const searchLink = page.getByRole('link', { name: 'Search', exact: true });
    expect(await searchLink.locator('.search-icon').boundingBox()).toMatchObject({ width: 20, height: 20 });
    const glossary = page.getByRole('link', { name: 'Glossary', exact: true });
    expect(await glossary.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await glossary.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Wins', exact: true }).getAttribute('aria-current')).toBe('page');
    await glossary.click();
    await page.waitForURL(/\/glossary\/$/);
    await context.close();
  }, 30_000);

  it('shows every section and the search field in the bar on a laptop, and / puts the cursor in it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.demo.url('stories/a-day-in-the-rotterdam-warehouse/'));
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
    for (const section of ['People', 'Teams', 'Departments', 'Strategy', 'Wins', 'Stories', 'Tools', 'Glossary'])
      expect(await page.getByRole('link', { name: section, exact: true }).isVisible(), section).toBe(true);
    // The search button shows its magnifier: a 20 px icon drawn by the stylesheet.
    const icon = page.getByRole('button', { name: 'Search' }).locator('.search-icon');
    expect(await icon.boundingBox()).toMatchObject({ width: 20, height: 20 });
    expect(await icon.evaluate((element) => getComputedStyle(element).maskImage)).toContain('data:image/svg+xml');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('payroll');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=payroll$/);
    await context.close();
  }, 30_000);
});

describe('the brand layer', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`rings focus in the accent, at 3:1 or more against the page, in the ${colorScheme} scheme`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1366, height: 800 }, colorScheme });
      const page = await context.newPage();
      await page.goto(site.demo.url('people/'));
      await page.keyboard.press('Tab'); // the skip link
      await page.keyboard.press('Tab'); // the site name
      const ring = await page.evaluate((scheme) => {
        const focused = getComputedStyle(document.activeElement!);
        const root = getComputedStyle(document.documentElement);
        return {
          style: focused.outlineStyle,
          colour: focused.outlineColor,
          page: root.backgroundColor,
          accent: root.getPropertyValue(`--accent-on-${scheme}`),
        };
      }, colorScheme);
      expect(ring.style).toBe('solid');
      expect(hex(ring.colour)).toBe(ring.accent.trim());
      expect(contrastRatio(hex(ring.colour), hex(ring.page))).toBeGreaterThanOrEqual(3);
      await context.close();
    }, 30_000);
  }

  it('leaves tile titles without an underline until the pointer is over them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.demo.url(''));
    const title = page.locator('.tile-link').first();
    const underline = () => title.evaluate((link) => getComputedStyle(link).textDecorationLine);
    expect(await underline()).toBe('none');
    await title.hover();
    expect(await underline()).toBe('underline');
    await context.close();
  }, 30_000);

  it('sets text in the brand font from site.yaml, served from the site itself', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto(site.demo.url(''), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.fonts.check('16px Inter'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Inter\b/);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.startsWith(site.demo.url('_astro/fonts/')), font).toBe(true);
    await context.close();
  }, 30_000);
});
