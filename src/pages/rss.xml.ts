import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadOrganisation } from '../lib/organisation/load.ts';
import { feedItems } from '../lib/organisation/feed.ts';
import { links } from '../lib/site/site-links.ts';
import { today } from '../lib/site/dates.ts';

export async function GET(context: APIContext) {
  const org = await loadOrganisation();
  return rss({
    title: `${org.site.title}: wins, stories and sessions`,
    description: org.site.description,
    site: new URL(links.home(), context.site).href,
    items: feedItems(org, links, today()),
    customData: `<language>${org.site.locale}</language>`,
  });
}
