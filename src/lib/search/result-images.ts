/** The small picture a person's search result shows: their photo, shrunk, or their initials avatar. */
import { getImage } from 'astro:assets';
import type { Person } from '../organisation/organisation.ts';
import type { Links } from '../site/links.ts';

export const SEARCH_IMAGE_SIZE = 96;

export async function searchImageFor(person: Person, links: Links): Promise<{ src: string; alt: string }> {
  if (!person.data.photo) return { src: `${links.person(person.id)}avatar.svg`, alt: '' };
  const image = await getImage({
    src: person.data.photo,
    width: SEARCH_IMAGE_SIZE,
    height: SEARCH_IMAGE_SIZE,
    format: 'webp',
  });
  return { src: image.src, alt: '' };
}
