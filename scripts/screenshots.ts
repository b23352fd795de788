/**
 * `npm run screenshots`: photographs one page of every kind of the last build, at phone and laptop width, in
 * the light and dark colour schemes, as PNG files to look at before calling a visible change done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import { launchChromium } from '../src/lib/build/chromium-fs.ts';
import { pageOfEveryKind } from '../src/lib/build/page-kinds-fs.ts';
import { serveStatic } from '../src/lib/build/static-server-fs.ts';
import { readSiteAddress } from '../src/lib/site/address-fs.ts';

const command = {
  name: 'npm run screenshots',
  usage: `
npm run screenshots [-- --out FOLDER] [-- --query WORD]

Photographs the fullest page of every kind in the last build (dist/, or ONE_TEAM_OUT_DIR; run npm run build
first) at phone (390 px) and laptop (1366 px) width, light and dark, into FOLDER as
<kind>-<width>-<scheme>.png. Uses Debian's Chromium (CHROMIUM_PATH to use another).

  --out FOLDER    where the pictures go (screenshots/ by default; emptied first)
  --query WORD    what the search page searches for ("IT" by default)
  --help          show this`,
  options: { out: { type: 'string', default: 'screenshots' }, query: { type: 'string', default: 'IT' } },
} as const;

const WIDTHS = { phone: 390, laptop: 1366 } as const;
const HEIGHTS = { phone: 844, laptop: 800 } as const;

const { values } = readCommandLine(command);
const dist = path.resolve(process.env.ONE_TEAM_OUT_DIR ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html')))
  refuse(command, `there is no build in ${path.relative(process.cwd(), dist) || '.'}/: run npm run build first`);
const out = path.resolve(values.out);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const site = await serveStatic(dist, readSiteAddress().base);
const browser = await launchChromium();
const pages = pageOfEveryKind(dist, values.query);
let written = 0;
try {
  for (const [device, width] of Object.entries(WIDTHS) as Array<[keyof typeof WIDTHS, number]>) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: HEIGHTS[device] },
        colorScheme,
        deviceScaleFactor: 1,
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
      });
      const page = await context.newPage();
      for (const { kind, route } of pages) {
        await page.goto(site.url(route), { waitUntil: 'networkidle' });
        if (kind === 'search') await page.waitForSelector('.search-result', { timeout: 5_000 }).catch(() => {});
        // A full-page picture shows what a reader sees after scrolling, lazy pictures included.
        await page.evaluate(async () => {
          const lazy = [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')];
          for (const image of lazy) image.loading = 'eager';
          await Promise.all(lazy.map((image) => image.decode().catch(() => {})));
        });
        await page.screenshot({ path: path.join(out, `${kind}-${width}-${colorScheme}.png`), fullPage: true });
        written += 1;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`Wrote ${written} screenshots of ${pages.length} pages to ${path.relative(process.cwd(), out)}/`);
