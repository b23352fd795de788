// Issue #16: on a profile the email address ran into the Chat value beside it, and where an avatar of initials sat
// inside a link (a person mentioned in a story), the link's underline ran through the initials.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT, buildSite, temporaryFolder } from '../support/build-site.ts';
import { LAPTOP, PHONE, siteInBrowser } from '../support/built-demo.ts';

const demo = siteInBrowser();
const people = fs
  .readdirSync(path.join(PROJECT_ROOT, 'src/content/people'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.replace(/\.md$/, ''));

/** Facts whose words reach past their own column, and addresses broken anywhere but before the @. */
function factProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const value of document.querySelectorAll('.facts dd')) {
      if (value.scrollWidth > value.clientWidth + 1) problems.push(`"${value.textContent}" is wider than its column`);
    }
    for (const email of document.querySelectorAll<HTMLAnchorElement>('.facts a[href^="mailto:"]')) {
      // The line each character lands on: a new line may start only at the @.
      const text = email.textContent!;
      const range = document.createRange();
      const tops: number[] = [];
      const walker = document.createTreeWalker(email, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let offset = 0; offset < node.textContent!.length; offset++) {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      tops.forEach((top, index) => {
        if (index > 0 && top > tops[index - 1]! && text[index] !== '@')
          problems.push(`${text} breaks before "${text.slice(index)}"`);
      });
    }
    return problems;
  });
}

describe('a profile', () => {
  it('keeps each fact in its own column, an email address breaking only before its @', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const context = await demo.browser.newContext({ viewport });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const person of people) {
        await page.goto(demo.site.url(`people/${person}/`));
        problems.push(...(await factProblems(page)).map((problem) => `${viewport.width} px, ${person}: ${problem}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 60_000);
});

describe('an avatar of initials inside a link', () => {
  // Every demo person has a photo; in org-elsewhere Sam Lee has none, and a story mentions him.
  const dist = path.join(temporaryFolder('initials'), 'dist');
  const elsewhere = siteInBrowser(() => dist);
  beforeAll(async () => {
    const build = await buildSite(path.join(FIXTURES, 'org-elsewhere'), dist);
    expect(build.code, build.output).toBe(0);
  }, 120_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is never underlined, even when the link is hovered (${colorScheme})`, async () => {
      // The page's Content-Security-Policy would rightly refuse the stylesheet the test adds below.
      const context = await elsewhere.browser.newContext({ viewport: LAPTOP, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(elsewhere.site.url('stories/a-day-in-the-kitchens/'));
      const mention = page.locator('a.person-mention', { hasText: 'Sam Lee' });
      const initials = mention.locator('.initials');
      expect(await initials.textContent()).toBe('SL');
      const looks = async () => initials.screenshot({ animations: 'disabled' });
      const asDrawn = await looks();
      await mention.hover();
      const hovered = await looks();
      // The same avatar with every underline on the page turned off: what an avatar should look like.
      await page.addStyleTag({ content: 'a, a:hover { text-decoration: none !important; }' });
      const withoutUnderlines = await looks();
      expect(asDrawn.equals(withoutUnderlines), 'underlined as drawn').toBe(true);
      expect(hovered.equals(withoutUnderlines), 'underlined on hover').toBe(true);
      await context.close();
    });
  }
});
