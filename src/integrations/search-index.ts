/** Indexes the built site with Pagefind at the end of `astro build`, unless ONE_TEAM_SEARCH=off. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/index-fs.ts';
import { recordBuildPhase } from '../lib/build/report-fs.ts';

export function searchIndex({ enabled = process.env.ONE_TEAM_SEARCH !== 'off' } = {}): AstroIntegration {
  return {
    name: 'one-team:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) {
          logger.info('search index skipped (ONE_TEAM_SEARCH=off)');
          return;
        }
        const report = await writeSearchIndex(fileURLToPath(dir));
        recordBuildPhase('search', { ...report });
        logger.info(
          `indexed ${report.pages} pages in ${report.seconds.toFixed(2)} s (${(report.indexBytes / 1024).toFixed(0)} KiB of index)`,
        );
      },
    },
  };
}
