/** Links the first mention of each glossary term on story, strategy, win and department pages, after the build. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordBuildPhase } from '../lib/build/report-fs.ts';
import { contentFolder } from '../lib/content/folder.ts';
import { glossaryMatcher } from '../lib/glossary/mentions.ts';
import { linkGlossaryTerms, type LinkableTerm } from '../lib/glossary/linker.ts';
import { readGlossary } from '../lib/glossary/source-fs.ts';
import { createLinks } from '../lib/site/links.ts';
import { htmlFilesIn } from '../lib/build/site-files-fs.ts';


export function glossaryLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'one-team:glossary-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const glossary = readGlossary(contentFolder());
        const links = createLinks(base);
        const terms = new Map<string, LinkableTerm>(glossary.map((t) => [t.id, { href: links.term(t.id), definition: t.data.definition }]));
        const matcher = glossaryMatcher(glossary);
        let pages = 0;
        let linked = 0;
        for (const file of htmlFilesIn(fileURLToPath(dir))) {
          const html = fs.readFileSync(file, 'utf8');
          const result = linkGlossaryTerms(html, matcher, terms);
          if (result.linked.length === 0) continue;
          fs.writeFileSync(file, result.html);
          pages++;
          linked += result.linked.length;
        }
        const seconds = (performance.now() - started) / 1000;
        recordBuildPhase('glossary', { terms: glossary.length, phrases: matcher.phrases, pages, linked, seconds });
        logger.info(`linked ${linked} glossary mentions on ${pages} pages in ${seconds.toFixed(2)} s (${glossary.length} terms)`);
      },
    },
  };
}
