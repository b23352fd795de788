/**
 * The layout of every kind of page at six widths, phone to desktop: no sideways scrolling, no text laid over
 * text, a short header on phones, targets a finger can hit. On the demo site and on a generated organisation.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOfEveryKind, type KindOfPage } from '../../src/lib/build/page-kinds-fs.ts';
import { serveStatic, type StaticSite } from '../../src/lib/build/static-server-fs.ts';
import { demoSiteInBrowser } from '../support/browser.ts';
import { PROJECT_ROOT, buildSite, temporaryFolder } from '../support/build-site.ts';
import { layoutProblems } from '../support/layout-checks.ts';
import { writeSyntheticOrganisation } from '../support/synthetic-organisation.ts';

/** Small phones, a common phone, a tablet upright, a small laptop, the common laptop and a desktop screen. */
const WIDTHS = [360, 390, 768, 1024, 1366, 1920] as const;
const HEIGHT = 800;

const site = demoSiteInBrowser();
// The demo site `npm test` built into dist/, the fullest page of each kind.
const demoPages = () => pageOfEveryKind(path.join(PROJECT_ROOT, 'dist'), 'warehouse');

/**
 * Waits for what a reader waits for: the islands that change the page once they run, search results, the fonts.
 * Says so if an island never ran, as the page would then be measured as it looks without JavaScript.
 */
async function settle(page: Page, kind: KindOfPage['kind']): Promise<string[]> {
  // Astro takes `ssr` off an island once it has run; an island that waits to be scrolled into view never runs.
  const ran = await page
    .waitForSelector('astro-island[ssr]:not([client="visible"])', { state: 'detached', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (kind === 'search') await page.waitForSelector('.search-result', { timeout: 5_000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return ran ? [] : ['an island did not run within 5 s'];
}

/** Every page in one window of `width`, measured one after another in the same tab. */
async function layoutProblemsAt(served: StaticSite, pages: KindOfPage[], width: number): Promise<string[]> {
  // A desktop window made narrow rather than phone emulation: an emulated phone zooms out to fit a page that is
  // too wide, which would hide the very sideways scrolling this looks for.
  const context = await site.browser.newContext({
    viewport: { width, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    for (const { kind, route } of pages) {
      await page.goto(served.url(route));
      const where = `${kind} /${route} at ${width} px`;
      problems.push(...(await settle(page, kind)).map((problem) => `${where}: ${problem}`));
      problems.push(...(await layoutProblems(page, where)));
    }
  } finally {
    await context.close();
  }
  return problems;
}

describe('the demo site keeps its layout', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px: no sideways scrolling, no text over text, a short header on phones, targets of 24 px`, async () => {
      expect(await layoutProblemsAt(site.demo, demoPages(), width)).toEqual([]);
    }, 60_000);
  }
});

describe('an organisation that is not the demo keeps its layout', () => {
  // Generated, with names in many scripts. Forty people build in a few seconds and fill every kind of page the
  // generator writes (it writes no initiatives or tools, so those lists are empty and their pages absent).
  const generated = {} as { site: StaticSite; pages: KindOfPage[] };

  beforeAll(async () => {
    const work = temporaryFolder('layout');
    await writeSyntheticOrganisation(path.join(work, 'content'), 40);
    const dist = path.join(work, 'dist');
    const result = await buildSite(path.join(work, 'content'), dist);
    expect(result.code, result.output).toBe(0);
    // Department 1 is always Finance, so the search page shows results.
    generated.pages = pageOfEveryKind(dist, 'Finance');
    generated.site = await serveStatic(dist);
  }, 120_000);

  afterAll(async () => {
    await generated.site?.close();
  });

  for (const width of WIDTHS) {
    it(`at ${width} px: no sideways scrolling, no text over text, a short header on phones, targets of 24 px`, async () => {
      expect(await layoutProblemsAt(generated.site, generated.pages, width)).toEqual([]);
    }, 60_000);
  }
});

const BROKEN_PAGE = `<!doctype html>
<html lang="en">
<meta name="viewport" content="width=device-width">
<title>Broken</title>
<style>
  body { margin: 0; font: 16px/1.5 sans-serif; }
  .site-header { height: 190px; }
  .too-wide { width: 600px; }
  .stack { position: relative; height: 3rem; }
  .stack p { position: absolute; top: 0; left: 0; margin: 0; }
  .tiny { width: 10px; height: 10px; padding: 0; border: 0; }
</style>
<header class="site-header"><a href="/" style="display: inline-block; padding: 12px">One Team</a></header>
<main>
  <div class="too-wide">A box wider than a phone</div>
  <div class="stack"><p class="under">Text underneath</p><p class="over">Laid on top</p></div>
  <p><button class="tiny" aria-label="First"></button> <button class="tiny" aria-label="Second"></button></p>
</main>
</html>`;

const CLEAN_PAGE = `<!doctype html>
<html lang="en">
<meta name="viewport" content="width=device-width">
<title>Clean</title>
<style>
  body { margin: 0; padding: 0 16px; font: 16px/1.5 sans-serif; }
  .site-header { height: 56px; }
  .brand { display: inline-block; padding: 16px 0; }
  .over-the-brand { position: absolute; top: 16px; left: 16px; margin: 0; }
  .visually-hidden { width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .tight { line-height: 1.2; }
  .scroll { overflow-x: auto; }
  table { width: 900px; }
  .cut { height: 1.5em; overflow: hidden; margin: 0; }
  .cut + p { margin-top: 0; }
  .lone { width: 10px; height: 10px; padding: 0; border: 0; margin: 32px; }
  label { display: inline-flex; align-items: center; gap: 8px; min-height: 24px; }
</style>
<header class="site-header">
  <a class="brand" href="/">One Team</a>
  <span class="visually-hidden over-the-brand">A visually hidden heading over the brand</span>
  <span class="term-tip over-the-brand" role="tooltip">A tooltip, shown over the brand</span>
</header>
<main>
  <p class="tight">Read <a href="/policy/">the policy</a><br><a href="/ask/">ask us</a> if you are unsure.</p>
  <div class="scroll"><table><tr><td>A wide table</td><td>scrolls in a box of its own</td></tr></table></div>
  <p class="cut">One line shows.<br>The line below it is cut off by the box and would lie over the next text.</p>
  <p>The next text.</p>
  <p>
    An <a class="term" href="/glossary/sla/" aria-describedby="tip">SLA</a>
    <span id="tip" class="term-tip" popover="hint" role="tooltip">Service level agreement, shown on focus</span>
    is a promise.
  </p>
  <button class="lone" aria-label="Alone, far from anything"></button>
  <p><label><input type="checkbox"> Remember me</label></p>
  <details><summary>More</summary><p class="over-the-brand">Folded away, over the brand</p></details>
</main>
</html>`;

describe('the layout checks', () => {
  it('report sideways scrolling, text over text, a tall header and small targets close together', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: HEIGHT } });
    await page.setContent(BROKEN_PAGE);
    const problems = await layoutProblems(page, 'broken');
    await page.close();
    expect(problems).toEqual([
      expect.stringMatching(/^broken: scrolls sideways, 600 px wide in a 390 px window; widest: main > div\.too-wide/),
      expect.stringMatching(/^broken: text overlaps .*div\.stack > p\.under "Text underneath".*p\.over "Laid on top"/),
      'broken: header header.site-header is 190 px tall, more than 64 px',
      expect.stringMatching(/^broken: target main > p > button\.tiny "First" is 10×10 px.*"Second"/),
      expect.stringMatching(/^broken: target main > p > button\.tiny "Second" is 10×10 px.*"First"/),
    ]);
  });

  // Each thing the checks set aside on the clean page, put back in sight, is reported: the exceptions are no
  // wider than they should be.
  const faultsOnceSeen = [
    {
      fault: 'text cut off by its box, once the box stops clipping',
      hiding: '.cut { height: 1.5em; overflow: hidden;',
      shown: '.cut { height: 1.5em;',
      reported: /text overlaps .*p\.cut "One line shows/,
    },
    {
      fault: 'a wide table, once its box stops scrolling',
      hiding: '.scroll { overflow-x: auto; }',
      shown: '',
      reported: /scrolls sideways.*widest: main > div\.scroll > table/,
    },
    {
      fault: 'visually hidden text, once shown',
      hiding: 'class="visually-hidden over-the-brand"',
      shown: 'class="over-the-brand"',
      reported: /text overlaps .*a\.brand "One Team" and .*"A visually hidden heading/,
    },
    {
      fault: 'a tooltip that is not a term tip',
      hiding: 'class="term-tip over-the-brand"',
      shown: 'class="over-the-brand"',
      reported: /text overlaps .*a\.brand "One Team" and .*"A tooltip, shown over the brand"/,
    },
    {
      fault: 'the inside of a <details>, once open',
      hiding: '<details>',
      shown: '<details open>',
      reported: /text overlaps .*a\.brand "One Team" and .*"Folded away, over the brand"/,
    },
    {
      fault: 'links with no sentence around them',
      hiding: 'Read <a href="/policy/">the policy</a><br><a href="/ask/">ask us</a> if you are unsure.',
      shown: '<a href="/policy/">the policy</a><br><a href="/ask/">ask us</a>',
      reported:
        /target main > p\.tight > a "the policy" is [\d.]+×\d+ px, under 24×24, and its 24 px circle touches .*"ask us"/,
    },
    {
      fault: 'small buttons side by side',
      hiding: '<button class="lone" aria-label="Alone, far from anything"></button>',
      shown:
        '<p><button class="lone" style="margin: 0" aria-label="One"></button><button class="lone" style="margin: 0" aria-label="Two"></button></p>',
      reported: /target main > p > button\.lone "One" is 10×10 px, under 24×24, and its 24 px circle touches .*"Two"/,
    },
  ];
  for (const { fault, hiding, shown, reported } of faultsOnceSeen) {
    it(`report ${fault}`, async () => {
      expect(CLEAN_PAGE).toContain(hiding);
      const page = await site.browser.newPage({ viewport: { width: 390, height: HEIGHT } });
      await page.setContent(CLEAN_PAGE.replace(hiding, shown));
      const problems = await layoutProblems(page, 'shown');
      await page.close();
      expect(problems).toContainEqual(expect.stringMatching(reported));
    });
  }

  for (const width of [390, 1366]) {
    it(`pass a page without these faults at ${width} px, setting aside what no reader sees and the WCAG exceptions`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: HEIGHT } });
      await page.setContent(CLEAN_PAGE);
      const problems = await layoutProblems(page, 'clean');
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});
