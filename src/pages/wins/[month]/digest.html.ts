import type { APIContext } from 'astro';
import { getImage } from 'astro:assets';
import { loadOrganisation } from '../../../lib/organisation/load.ts';
import { digestContent, digestHtml } from '../../../lib/organisation/digest.ts';
import { groupWinsByMonth } from '../../../lib/organisation/wins.ts';
import { links } from '../../../lib/site/site-links.ts';

export async function getStaticPaths() {
  const org = await loadOrganisation();
  return groupWinsByMonth(org.wins).map(({ month }) => ({ params: { month } }));
}

export async function GET({ params, site }: APIContext) {
  const org = await loadOrganisation();
  const content = digestContent(org, params.month!);
  const siteUrl = new URL(links.home(), site).href;
  const photos = new Map<string, string>();
  for (const person of content.newFaces) {
    if (!person.data.photo) continue;
    const image = await getImage({ src: person.data.photo, width: 96, height: 96, format: 'jpg' });
    photos.set(person.id, new URL(image.src, siteUrl).href);
  }
  return new Response(digestHtml(org, content, { siteUrl, links, photoUrl: (person) => photos.get(person.id) }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
