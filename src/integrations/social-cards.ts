/**
 * Draws a social card for every page at the end of `astro build`, from the card list the site wrote to
 * `cards/manifest.json`. ONE_TEAM_CARDS=off skips it; ONE_TEAM_CACHE_DIR moves the card cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardSpec } from '../lib/cards/card-specs.ts';
import { CARD_MANIFEST, cardsEnabled, cardCacheFolder } from '../lib/cards/card-settings.ts';
import { renderCards } from '../lib/cards/render-cards.ts';
import { recordBuildPhase } from '../lib/build-report.ts';

export function socialCards(): AstroIntegration {
  return {
    name: 'one-team:social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = path.join(site, CARD_MANIFEST);
        const specs = JSON.parse(fs.readFileSync(manifest, 'utf8')) as CardSpec[];
        fs.rmSync(manifest);
        if (!cardsEnabled()) {
          logger.info('social cards skipped (ONE_TEAM_CARDS=off)');
          return;
        }
        const report = await renderCards(specs, { siteFolder: site, cacheFolder: cardCacheFolder() });
        recordBuildPhase('cards', { ...report });
        logger.info(
          `${report.cards} cards in ${report.seconds.toFixed(2)} s: ${report.drawn} drawn on ${report.threads} threads, ${report.fromCache} from the cache, ${(report.bytes / report.cards / 1024).toFixed(1)} KiB each`,
        );
      },
    },
  };
}
