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
  const started = performance.now();
  // Its own process group, so that stopping it stops the Astro server it starts.
  const server = spawn(process.execPath, ['scripts/serve.ts', 'dev', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ONE_TEAM_CONTENT: copy, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: 'ignore',
  });
  const browser = await launchChromium();
  try {
    const base = `http://localhost:${port}`;
    await firstAnswer(`${base}/`, started + 120_000);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    await page.goto(`${base}/wins/${encodeURIComponent(winFile.replace(/\.mdx?$/, ''))}/`);
    const editMilliseconds: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const title = `Bench edit ${edit} ${Date.now()}`;
      const text = fs.readFileSync(winPath, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
      const saved = performance.now();
      fs.writeFileSync(winPath, text);
      await page.waitForFunction((expected) => document.querySelector('h1')?.textContent?.includes(expected), title, {
        polling: 'raf',
        timeout: 30_000,
      });
      editMilliseconds.push(performance.now() - saved);
      // A pause between saves, as a writer makes them: each edit is measured on a settled server.
      await sleep(500);
    }
    return { firstPageSeconds, editMilliseconds };
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
