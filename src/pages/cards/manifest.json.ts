import { getImage } from 'astro:assets';
import { loadOrganisation } from '../../lib/organisation/load.ts';
import { cardsForOrganisation } from '../../lib/cards/card-specs.ts';
import { CARD_PHOTO_SIZE } from '../../lib/cards/card-designs.ts';
import { handOverCardSpecs } from '../../lib/cards/card-handover.ts';
import type { Person } from '../../lib/organisation/organisation.ts';

/** The list of cards to draw: handed to the card integration now, and read by it after the build, which removes it. */
export async function GET() {
  const org = await loadOrganisation();
  const photos = new Map<string, string>();
  for (const person of org.people.filter((p): p is Person & { data: { photo: NonNullable<Person['data']['photo']> } } =>
    Boolean(p.data.photo),
  )) {
    const image = await getImage({
      src: person.data.photo,
      width: CARD_PHOTO_SIZE,
      height: CARD_PHOTO_SIZE,
      format: 'jpg',
    });
    // Site-relative, so the card integration finds the file in the built folder whatever the base path.
    photos.set(person.id, image.src.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length));
  }
  const specs = cardsForOrganisation(org, (person) => photos.get(person.id));
  handOverCardSpecs(specs);
  return Response.json(specs);
}
