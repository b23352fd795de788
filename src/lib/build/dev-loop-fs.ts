/**
 * The writer's loop in `npm run dev`, measured for `npm run bench`: how long the first page takes after the
 * server starts, and how long an edit takes to show in the open page, from saving the file to the first frame
 * the browser draws with the new heading (the dev server's own reload included): a win's title, a story's
 * title, a person's name and a glossary term in turn, each on its own page.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium-fs.ts';

/** What a writer saves, and the field whose new value the page's heading shows. */
const EDITED = [
  { collection: 'wins', field: 'title' },
  { collection: 'stories', field: 'title' },
  { collection: 'people', field: 'name' },
  { collection: 'glossary', field: 'term' },
] as const;

export type EditedCollection = (typeof EDITED)[number]['collection'];

export interface DevLoop {
  /** From starting `npm run dev` to the home page's first answer. */
  firstPageSeconds: number;
  /** Each edit's time until the open page showed it, in the order made: wins, stories, people, glossary in turn. */
  edits: { collection: EditedCollection; milliseconds: number }[];
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
  { edits: count = 12, port = 4700 + Math.floor(Math.random() * 200) } = {},
): Promise<DevLoop> {
  const copy = path.join(work, 'dev-content');
  fs.cpSync(content, copy, { recursive: true });
  // The first entry of each kind the organisation has.
  const targets = EDITED.flatMap(({ collection, field }) => {
    const folder = path.join(copy, collection);
    const file = fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter((name) => /\.mdx?$/.test(name))
          .sort()[0]
      : undefined;
    if (!file) return [];
    const route = `/${collection}/${encodeURIComponent(file.replace(/\.mdx?$/, ''))}/`;
    return [{ collection, field, file: path.join(folder, file), route }];
  });
  if (!targets.length) throw new Error('the dev loop needs a win, story, person or glossary term to edit');
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
    // Whether the page is listening to the dev server for reloads, and when it last loaded: the first page to
    // connect is also sent the reload of the server's first content store, which an edit must not race.
    let listening = 0;
    let navigated = performance.now();
    page.on('framenavigated', () => ((navigated = performance.now()), (listening = 0)));
    page.on('console', (message) => {
      if (message.text().includes('[vite] connected')) listening = performance.now();
    });
    /** Opens the page as a writer has it: loaded, listening to the dev server, done with any reload Vite makes. */
    const open = async (route: string) => {
      listening = 0;
      await page.goto(`${base}${route}`);
      while (!listening || performance.now() - navigated < 1000) await sleep(50);
    };
    const edits: DevLoop['edits'] = [];
    for (let edit = 1; edit <= count; edit++) {
      const target = targets[(edit - 1) % targets.length]!;
      if (page.url() !== `${base}${target.route}`) await open(target.route);
      const value = `Bench edit ${edit} ${Date.now()}`;
      const text = fs
        .readFileSync(target.file, 'utf8')
        .replace(new RegExp(`^${target.field}: .*$`, 'm'), `${target.field}: ${value}`);
      const saved = Date.now();
      fs.writeFileSync(target.file, text);
      const shown = await page.waitForFunction(
        (expected) => {
          const shown = (window as { headingShown?: { heading: string; at: number } }).headingShown;
          return shown?.heading.includes(expected) ? shown.at : 0;
        },
        value,
        { timeout: 30_000 },
      );
      edits.push({ collection: target.collection, milliseconds: Number(await shown.jsonValue()) - saved });
      // A pause between saves, as a writer makes them: each edit is measured on a settled server.
      await sleep(500);
    }
    return { firstPageSeconds, edits };
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
