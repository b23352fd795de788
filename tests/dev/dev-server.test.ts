/**
 * `npm run dev` as a writer uses it: glossary links show as in the built site, a saved edit shows in the open
 * page by itself, and a mistake is reported with its line, in the terminal and over the page, while the last
 * good page stays up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/build/chromium-fs.ts';
import { PROJECT_ROOT, copyOfFixture, environmentOfAUser } from '../support/build-site.ts';

let server: ChildProcess;
let browser: Browser | undefined;
let output = '';
let content: string;
const port = 4900 + Math.floor(Math.random() * 90);
/** Where the server says it listens: Astro moves to the next port when the one asked for is taken. */
const address = () => output.match(/Local\s+(http:\/\/localhost:\d+)/)?.[1];

async function page(route: string): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 150; attempt++) {
    const html = await fetch(`${address() ?? `http://localhost:${port}`}${route}`).then(
      async (r) => (r.ok ? r.text() : ((last = `${r.status} ${(await r.text()).slice(0, 300)}`), '')),
      (error: Error) => ((last = String(error.cause ?? error)), ''),
    );
    if (html) return html;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the dev server did not answer ${route} (${last}):\n${output}`);
}

/** Asks again until the page shows what is expected, as a writer reloads after saving. */
async function pageShowing(route: string, expected: RegExp): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < 50 && !expected.test(html); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    html = await page(route);
  }
  return html;
}

function edit(file: string, change: (text: string) => string) {
  fs.writeFileSync(path.join(content, file), change(fs.readFileSync(path.join(content, file), 'utf8')));
}

beforeAll(async () => {
  content = copyOfFixture('org-elsewhere');
  edit('departments/kitchens.md', (t) => `${t}\nWe count the covers of every sitting.\n`);
  edit('stories/a-day-in-the-kitchens.mdx', (t) =>
    t.replace('The first tablet wakes up.', 'The first tablet joins the Wi-Fi.'),
  );
  // Its own process group, so that stopping it stops the Astro server it starts too.
  server = spawn(process.execPath, ['scripts/serve.ts', 'dev', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...environmentOfAUser(), ONE_TEAM_CONTENT: content, NO_COLOR: '1' },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await page('/');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (server.pid) process.kill(-server.pid);
});

/**
 * A page open in Chromium as a writer keeps it: loaded, listening to the dev server for reloads, and settled (the
 * first page to connect is also sent the reload of the server's first content store, which an edit must not race).
 */
async function openPage(route: string): Promise<Page> {
  browser ??= await launchChromium();
  const opened = await browser.newPage();
  let listening = 0;
  let navigated = Date.now();
  opened.on('framenavigated', () => ((navigated = Date.now()), (listening = 0)));
  opened.on('console', (message) => {
    if (message.text().includes('[vite] connected')) listening = Date.now();
  });
  await opened.goto(`${address()}${route}`);
  while (!listening || Date.now() - navigated < 1000) await new Promise((resolve) => setTimeout(resolve, 50));
  return opened;
}

// A dev server shares CI's two cores with builds run by other test files: each step may take seconds there.
describe('npm run dev', { timeout: 40_000 }, () => {
  it('links glossary terms in MDX and Markdown pages, as the build does', async () => {
    expect(await page('/stories/a-day-in-the-kitchens/')).toMatch(/<a[^>]*data-term="wifi"/);
    expect(await page('/departments/kitchens/')).toMatch(/<a[^>]*data-term="covers"/);
  });

  it('shows an edited term definition in the tooltips of pages that use it', async () => {
    edit('glossary/covers.md', (t) =>
      t.replace(/^definition: .*$/m, 'definition: Guests served in one sitting, as edited.'),
    );
    expect(await pageShowing('/departments/kitchens/', /as edited/)).toContain(
      'Guests served in one sitting, as edited.',
    );
  });

  it('shows a saved title in the open page by itself, without the writer reloading it', async () => {
    const open = await openPage('/wins/tablets-in-every-kitchen/');
    edit('wins/tablets-in-every-kitchen.mdx', (t) => t.replace(/^title: .*$/m, 'title: Tablets at every station'));
    await open.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('at every station'), null, {
      timeout: 20_000,
    });
    await open.close();
  });

  it('shows a mistake over the open page, and the page again once it is mended', async () => {
    const open = await openPage('/departments/kitchens/');
    const before = fs.readFileSync(path.join(content, 'departments/kitchens.md'), 'utf8');
    edit('departments/kitchens.md', (t) => t.replace(/^head: .*$/m, 'head: 12'));
    const overlay = open.locator('astro-dev-overlay, vite-error-overlay');
    await overlay.waitFor({ timeout: 20_000 });
    expect(await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')).toMatch(
      /departments\/kitchens\.md:\d+ {2}head {2}/,
    );
    fs.writeFileSync(path.join(content, 'departments/kitchens.md'), before);
    await overlay.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await open.locator('h1').textContent()).toBe('Kitchens');
    await open.close();
  });

  it('reports a mistake with its file and line, and keeps serving the last good page', async () => {
    edit('departments/kitchens.md', (t) => t.replace(/^name: (.*)$/m, 'name: $1\nbogus: 1'));
    for (let attempt = 0; attempt < 50 && !output.includes('"bogus" is not a field'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output).toMatch(/departments\/kitchens\.md:\d+ {2}bogus {2}"bogus" is not a field → remove it/);
    expect(await page('/departments/kitchens/')).toContain('data-term="covers"');
  });
});
