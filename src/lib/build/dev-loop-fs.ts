/**
 * The writer's loop in `npm run dev`, measured for `npm run bench`: how long the first page takes after the
 * server starts, and how long an edit to a win's title takes to show in the open page, from saving the file
 * to the heading changing in the browser (the dev server's own reload included).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium-fs.ts';

export interface DevLoop {
  /** From starting `npm run dev` to the home page's first answer. */
  firstPageSeconds: number;
  /** Each edit's time until the page showed it, in the order made. */
  editMilliseconds: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function firstAnswer(url: string, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`the dev server did not answer ${url} in time`);
}

/** Runs `npm run dev` over a copy of `content` in `work`, edits a win `edits` times, and stops the server. */
export async function measureDevLoop(
  projectRoot: string,
  content: string,
  work: string,
  { edits = 10, port = 4700 + Math.floor(Math.random() * 200) } = {},
): Promise<DevLoop> {
  const copy = path.join(work, 'dev-content');
  fs.cpSync(content, copy, { recursive: true });
  const winFile = fs
    .readdirSync(path.join(copy, 'wins'))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()[0];
  if (!winFile) throw new Error('the dev loop needs a win to edit');
  const winPath = path.join(copy, 'wins', winFile);
  const log = path.join(work, 'dev-server.log');
  const output = fs.openSync(log, 'w');
  const started = performance.now();
  // Its own process group, so that stopping it stops the Astro server it starts.
  const server = spawn(process.execPath, ['scripts/serve.ts', 'dev', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ONE_TEAM_CONTENT: copy, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', output, output],
  });
  const browser = await launchChromium();
  try {
    const base = `http://localhost:${port}`;
    await firstAnswer(`${base}/`, started + 120_000);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    // In every document the page loads: the moment of the first frame drawn with the heading, on the clock Node
    // reads too, so that Playwright's own polling after a reload is not counted as the writer's wait.
    await page.addInitScript(() => {
      const look = () => {
        const heading = document.querySelector('h1')?.textContent;
        if (heading)
          (window as { headingShown?: object }).headingShown = {
            heading,
            at: performance.timeOrigin + performance.now(),
          };
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    // The page is open as a writer has it: loaded, listening to the dev server for reloads, and done with the
    // reload Vite makes after a first visit to a page that needs more of the packages prepared.
    let listening = 0;
    let navigated = performance.now();
    page.on('framenavigated', () => ((navigated = performance.now()), (listening = 0)));
    page.on('console', (message) => {
      if (message.text().includes('[vite] connected')) listening = performance.now();
    });
    await page.goto(`${base}/wins/${encodeURIComponent(winFile.replace(/\.mdx?$/, ''))}/`);
    while (!listening || performance.now() - navigated < 1000) await sleep(50);
    const editMilliseconds: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const title = `Bench edit ${edit} ${Date.now()}`;
      const text = fs.readFileSync(winPath, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
      const saved = Date.now();
      fs.writeFileSync(winPath, text);
      const shown = await page.waitForFunction(
        (expected) => {
          const shown = (window as { headingShown?: { heading: string; at: number } }).headingShown;
          return shown?.heading.includes(expected) ? shown.at : 0;
        },
        title,
        { timeout: 30_000 },
      );
      editMilliseconds.push(Number(await shown.jsonValue()) - saved);
      // A pause between saves, as a writer makes them: each edit is measured on a settled server.
      await sleep(500);
    }
    return { firstPageSeconds, editMilliseconds };
  } catch (error) {
    const said = fs.readFileSync(log, 'utf8').trim().split('\n').slice(-20).join('\n');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\nThe dev server said:\n${said}`, {
      cause: error,
    });
  } finally {
    fs.closeSync(output);
    await browser.close();
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
