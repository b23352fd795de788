// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { readSiteAddress } from './src/lib/site/address-fs.ts';
import { contentFolder, siteConfigFile } from './src/lib/content/folder.ts';
import { readBrandFont } from './src/lib/site/brand-font-fs.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { contentRefresh } from './src/integrations/content-refresh.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { buildTimeline } from './src/integrations/build-timeline.ts';
import { contentSecurityPolicy } from './src/integrations/content-security.ts';
import { commsMdxProcessor, contributorMarkdownProcessor } from './src/integrations/markdown-processors.ts';

const { url, base } = readSiteAddress();
const glossary = { folder: () => contentFolder(), base };
const brandFont = readBrandFont(siteConfigFile(), contentFolder());

export default defineConfig({
  site: url,
  base,
  trailingSlash: 'ignore',
  // Stylesheets as files, cached across pages, rather than inlined: each inlined one would add its hash to the
  // Content-Security-Policy of every page (measured: 35 hashes, 1.9 KB on each page).
  // Four pages rendered at once: a page waits on files (cached images, cards, fonts) as much as it computes,
  // and rendering others meanwhile took a warm 1,000-person build's page phase from 7.3–7.5 s to 5.0–5.5 s on
  // two cores. The pages come out byte for byte the same as one at a time; more than four gained nothing.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // A component's scope as a class rather than a data-astro-cid-… attribute: the same specificity, about half
  // the bytes on every element (measured: 2.6 KB less on a department hub).
  scopedStyleStrategy: 'class',
  // Prism marks code up with classes; Shiki's inline styles would need the CSP to allow inline styles.
  markdown: { processor: contributorMarkdownProcessor(glossary), syntaxHighlight: 'prism' },
  integrations: [
    mdx({ processor: commsMdxProcessor(glossary) }),
    react(),
    sitemap(),
    glossaryLinks(),
    contentRefresh(),
    searchIndex(),
    socialCards(),
    quietKnownWarnings(),
    buildTimeline(),
  ],
  security: { csp: contentSecurityPolicy },
  // site.yaml's brand font, served from the site; BaseLayout applies it as --font-brand.
  ...(brandFont
    ? {
        fonts: [
          {
            provider: fontProviders.local(),
            name: brandFont.family,
            cssVariable: '--font-brand',
            // The device's fonts for scripts the brand font lacks (Arabic, CJK, Devanagari…), as global.css lists them.
            fallbacks: ['system-ui', 'Segoe UI', 'Roboto', 'Noto Sans', 'Noto Sans CJK SC', 'sans-serif'],
            options: { variants: brandFont.variants },
          },
        ],
      }
    : {}),
  devToolbar: { enabled: false },
});
