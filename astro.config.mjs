// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { readSiteAddress } from './src/lib/site/address-fs.ts';
import { contentFolder } from './src/lib/content/folder.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { buildTimeline } from './src/integrations/build-timeline.ts';
import { contentSecurityPolicy } from './src/integrations/content-security.ts';
import { commsMdxProcessor, contributorMarkdownProcessor } from './src/integrations/markdown-processors.ts';

const { url, base } = readSiteAddress();
const glossary = { folder: () => contentFolder(), base };

export default defineConfig({
  site: url,
  base,
  trailingSlash: 'ignore',
  // Prism marks code up with classes; Shiki's inline styles would need the CSP to allow inline styles.
  markdown: { processor: contributorMarkdownProcessor(glossary), syntaxHighlight: 'prism' },
  integrations: [
    mdx({ processor: commsMdxProcessor(glossary) }),
    react(),
    sitemap(),
    glossaryLinks(),
    searchIndex(),
    socialCards(),
    quietKnownWarnings(),
    buildTimeline(),
  ],
  security: { csp: contentSecurityPolicy },
  devToolbar: { enabled: false },
});
