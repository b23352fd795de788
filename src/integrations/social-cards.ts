/**
 * Draws a social card for every page. The site's card list (`cards/manifest.json`) is handed over
 * while Astro renders it, early in page generation, and drawing starts then on worker threads, using
 * the cores Astro's single-threaded page rendering leaves idle. Cards with photos wait for the end of
 * the build, when Astro has written the photos; `astro:build:done` waits for the rest.
 * ONE_TEAM_CARDS=off skips it; ONE_TEAM_CACHE_DIR moves the card cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardPhotoPath, type CardSpec } from '../lib/cards/card-specs.ts';
import { CARD_MANIFEST, cardsEnabled, cardCacheFolder } from '../lib/cards/card-settings.ts';
import { listenForCardSpecs } from '../lib/cards/card-handover.ts';
import { CardDrawing } from '../lib/cards/render-cards.ts';
import { recordBuildPhase } from '../lib/build/report-fs.ts';

export function socialCards(): AstroIntegration {
  let outDir = '';
  let drawing: CardDrawing | undefined;
  const startedEarly = new Set<string>();
  let stopListening = () => {};

  return {
    name: 'one-team:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        drawing = undefined;
        startedEarly.clear();
        if (!cardsEnabled()) return;
        stopListening = listenForCardSpecs((specs) => {
          if (drawing) return;
          const ready = specs.filter((spec) => !cardPhotoPath(spec));
          drawing = new CardDrawing({ siteFolder: outDir, cacheFolder: cardCacheFolder() });
          drawing.add(ready);
          for (const spec of ready) startedEarly.add(spec.path);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        const site = fileURLToPath(dir);
        const manifest = path.join(site, CARD_MANIFEST);
        const specs = JSON.parse(fs.readFileSync(manifest, 'utf8')) as CardSpec[];
        fs.rmSync(manifest);
        if (!cardsEnabled()) {
          logger.info('social cards skipped (ONE_TEAM_CARDS=off)');
          return;
        }
        if (drawing && path.resolve(site) !== path.resolve(outDir)) {
          await drawing.finish();
          throw new Error(`Cards were drawn into ${outDir}, but the build was written to ${site}.`);
        }
        drawing ??= new CardDrawing({ siteFolder: site, cacheFolder: cardCacheFolder() });
        drawing.add(specs.filter((spec) => !startedEarly.has(spec.path)));
        const report = await drawing.finish();
        recordBuildPhase('cards', { ...report });
        logger.info(
          `${report.cards} cards: ${report.drawn} drawn on ${report.threads} threads, ${report.fromCache} from the cache, ${(report.bytes / report.cards / 1024).toFixed(1)} KiB each; ${report.seconds.toFixed(2)} s in all, ${report.waitedSeconds.toFixed(2)} s after the pages${report.pruned ? `; ${report.pruned} cards unused for a month removed from the cache` : ''}`,
        );
      },
    },
  };
}
