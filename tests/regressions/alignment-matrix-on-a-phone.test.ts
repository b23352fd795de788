// Issue #16: on a 390 px phone /alignment/ was 663 px wide (the empty cells' hidden words, positioned against the
// page, escaped the matrix's scrolling box), and the matrix was cut off at the screen's edge with no sign that it
// scrolls.
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, siteInBrowser } from '../support/built-demo.ts';

const site = siteInBrowser();
const MATRIX = 'Wins and initiatives by strategy pillar and department';

describe('the alignment matrix on a phone', () => {
  it('keeps the page as wide as the screen: only the matrix scrolls sideways, inside its own box', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await site.open('alignment/', viewport);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${viewport.width} px`).toBe(
        viewport.width,
      );
      await page.context().close();
    }
    const page = await site.open('alignment/', PHONE);
    const matrix = page.getByRole('region', { name: MATRIX });
    expect(await matrix.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await page.context().close();
  });

  it('says that it scrolls, and shades the edge where departments are hidden, only when it does', async () => {
    const hint = 'Scroll sideways to see every department';
    const phone = await site.open('alignment/', PHONE);
    expect(await phone.getByText(hint).isVisible()).toBe(true);
    const shade = () =>
      phone.locator('.alignment .frame').evaluate((frame) => Number(getComputedStyle(frame, '::after').opacity));
    expect(await shade()).toBe(1);
    // Scrolled to the last department, nothing is hidden on the right any more.
    await phone.getByRole('region', { name: MATRIX }).evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await phone.waitForFunction(
      () => getComputedStyle(document.querySelector('.alignment .frame')!, '::after').opacity === '0',
    );
    await phone.context().close();

    const laptop = await site.open('alignment/', LAPTOP);
    expect(
      await laptop.getByRole('region', { name: MATRIX }).evaluate((box) => box.scrollWidth > box.clientWidth),
    ).toBe(false);
    expect(await laptop.getByText(hint).isVisible()).toBe(false);
    await laptop.context().close();
  });

  it('scrolls with the arrow keys, the pillar names staying in sight', async () => {
    const page = await site.open('alignment/', PHONE);
    const matrix = page.getByRole('region', { name: MATRIX });
    await matrix.focus();
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[role="region"]')!.scrollLeft > 100);
    const [box, pillar] = await Promise.all([matrix.boundingBox(), page.getByRole('rowheader').first().boundingBox()]);
    expect(Math.abs(pillar!.x - box!.x)).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
