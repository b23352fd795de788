/**
 * The writer's loop in `npm run dev`: a saved change anywhere in the content folder loads the content again
 * through Astro's own refresh (`refreshContent`), which writes the content store at once and reloads the open
 * page. A loader's own watcher would leave the store to Astro's half-second debounced save (measured: a win's
 * new title took 941–1,142 ms to show, 500 of them that wait). Changes that arrive while a refresh runs are
 * taken together in the next one. Problems are said once in the terminal and over the open page, while the
 * last good content stays.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { contentFolder } from '../lib/content/folder.ts';
import { formatContentProblems, type ContentProblem } from '../lib/content/problems.ts';

/** How long the watcher must be quiet after a save before the content is read: 40 ms, a tenth of a reload. */
const SETTLE_MS = 40;

const isInContentFolder = (file: string) => path.resolve(file).startsWith(contentFolder() + path.sep);

/**
 * An MDX entry is also a module of the page. Vite would reload the page the moment its file is saved, before
 * the content is stored again: the page then showed the old content, and the store's own reload could arrive
 * while the browser was still reloading and be lost. Here the entry's modules are only marked stale; the one
 * reload comes when the content is stored.
 */
function reloadOnceStored(): Plugin {
  return {
    name: 'one-team:reload-once-stored',
    enforce: 'pre',
    hotUpdate: {
      order: 'pre',
      handler({ file, modules, timestamp }) {
        if (!isInContentFolder(file)) return;
        const { environment } = this;
        if (!('moduleGraph' in environment)) return [];
        for (const module of modules) environment.moduleGraph.invalidateModule(module, new Set(), timestamp, true);
        // Only the entry's own modules run again: pages import entries when they render them, so the pages and
        // the content modules above stay as they are (running those again cost each reload about 100 ms).
        if (isRunnableDevEnvironment(environment)) {
          for (const module of modules) {
            const evaluated = module.id ? environment.runner.evaluatedModules.getModuleById(module.id) : undefined;
            if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
          }
        }
        return [];
      },
    },
  };
}

interface ThrownContentError extends Error {
  hint?: string;
  problems?: readonly ContentProblem[];
}

/** A content error as the loaders throw it: the problems already written for people, and what to do. */
function isContentError(error: unknown): error is ThrownContentError {
  return error instanceof Error && error.name === 'ContentError';
}

function describe(error: unknown): string {
  if (isContentError(error)) return error.hint ? `${error.message}\n\n${error.hint}` : error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** What Astro's error overlay shows over the open page: the problems, and the first one's file to open. */
function overlayOf(error: unknown) {
  if (!isContentError(error)) return { message: describe(error), stack: '' };
  const first = error.problems?.find((problem) => problem.severity !== 'warning');
  return {
    name: 'ContentError',
    title: 'The content has a mistake',
    // Only the mistakes: the folder's warnings are not the writer's to fix before the page comes back.
    message: error.problems
      ? formatContentProblems(error.problems.filter((p) => p.severity !== 'warning'))
      : error.message,
    hint: 'Fix each line above and save: this page reloads by itself. The fields are described in docs/content-model.md.',
    stack: '',
    ...(first ? { loc: { file: first.file, line: first.line ?? 0, column: first.column ?? 0 } } : {}),
  };
}

/**
 * From a save until its content is stored, pages wait rather than show what was there before: a reload already
 * under way when the store's own reload arrives would otherwise keep the old content on screen. Astro writes
 * the store to `.astro/data-store.json` in dev; should it move, the wait still ends with the refresh.
 */
function holdPagesWhileStoring(server: ViteDevServer) {
  const dataStore = path.join(server.config.root, '.astro', 'data-store.json');
  let storing: { stored: Promise<void>; release: () => void } | undefined;
  const release = () => storing?.release();
  server.watcher.on('change', (changed) => {
    if (path.resolve(changed) === dataStore) release();
  });
  server.middlewares.use((request, _response, next) => {
    if (!storing || !request.headers.accept?.includes('text/html')) return next();
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      clearTimeout(waited);
      next();
    };
    const waited = setTimeout(answer, 3000);
    void storing.stored.then(answer);
  });
  return {
    hold() {
      if (storing) return;
      let resolve = () => {};
      const stored = new Promise<void>((done) => (resolve = done));
      storing = { stored, release: () => ((storing = undefined), resolve()) };
    },
    release,
  };
}

export function contentRefresh(): AstroIntegration {
  return {
    name: 'one-team:content-refresh',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [reloadOnceStored()] } });
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        server.watcher.add(contentFolder());
        const pages = holdPagesWhileStoring(server);
        let rounds = 0;
        let running: Promise<void> | undefined;
        let again = false;
        let lastError = '';
        const refresh = async () => {
          for (let attempt = 0; attempt < 50; attempt++) {
            again = false;
            // The loaders mark the round they load; Astro skips a refresh while it reads its content config.
            const round = { round: ++rounds, loaded: false };
            try {
              // Every collection: they come from one validation, and a change in one (a renamed team) can
              // be a problem in another. Entries whose text did not change are kept as they are.
              await refreshContent({ context: round });
              if (!round.loaded) {
                again = true;
                await new Promise((resolve) => setTimeout(resolve, 100));
              } else if (lastError) {
                // Mended: reload even when the content is back as it was stored, to take the message away.
                lastError = '';
                server.environments.client.hot.send({ type: 'full-reload', path: '*' });
              }
            } catch (error) {
              const said = describe(error);
              if (said !== lastError) logger.error(said);
              lastError = said;
              // The open page says it too, over the last good content, until the mistake is mended.
              server.environments.client.hot.send({ type: 'error', err: overlayOf(error) });
            }
            if (!again) break;
          }
          running = undefined;
          pages.release();
        };
        // A save can reach the watcher as several events (an editor or a script emptying the file, then
        // writing it): the refresh starts once they have settled, so it never reads a file half written.
        let settling: ReturnType<typeof setTimeout> | undefined;
        const onChange = (changed: string) => {
          if (!isInContentFolder(changed)) return;
          pages.hold();
          clearTimeout(settling);
          settling = setTimeout(() => {
            if (running) again = true;
            else running = refresh();
          }, SETTLE_MS);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
