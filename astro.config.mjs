// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { readSiteAddress } from './src/lib/site-address.ts';

const { url, base } = readSiteAddress();

export default defineConfig({
  site: url,
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), react(), sitemap()],
  devToolbar: { enabled: false },
});
