import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoSiteInBrowser } from '../support/browser.ts';
import { PAGE_OF_EVERY_KIND } from '../support/pages.ts';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = demoSiteInBrowser();

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function waitUntilSettled(page: Page, route: string) {
  if (route.startsWith('search/'))
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, undefined, {
      polling: 100,
    });
  if (route === 'people/') await page.waitForSelector('.people-filter');
}

describe('every kind of page, in a browser', () => {
  it('loads nothing from another host and breaks no rule of its Content-Security-Policy', async () => {
    const context = await site.browser.newContext();
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(site.demo.url()) && !request.url().startsWith('data:'))
        problems.push(`${page.url()} requested ${request.url()}`);
    });
    for (const route of PAGE_OF_EVERY_KIND) {
      await page.goto(site.demo.url(route));
      await waitUntilSettled(page, route);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), route).toBe(1);
    }
    // Use search and a glossary tooltip too: the parts that do run code.
    await page.goto(site.demo.url('search/'));
    await page.getByLabel('Search people, teams, strategy, wins, words and stories').fill('payroll');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, undefined, {
      polling: 100,
    });
    await page.goto(site.demo.url('wins/faster-month-end-close/'));
    await page.locator('a.term').first().focus();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 AA violations found by axe-core in the ${scheme} colour scheme`, async () => {
      // axe is injected into the page, which the site's own Content-Security-Policy would rightly refuse.
      const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      context.setDefaultTimeout(8_000);
      const page = await context.newPage();
      const found: string[] = [];
      for (const route of PAGE_OF_EVERY_KIND) {
        await page.goto(site.demo.url(route));
        await waitUntilSettled(page, route);
        await page.addScriptTag({ content: AXE });
        const violations = (await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations;
        })) as AxeViolation[];
        for (const v of violations)
          found.push(
            `/${route} ${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')})`,
          );
      }
      expect(found).toEqual([]);
      await context.close();
    }, 90_000);
  }
});
