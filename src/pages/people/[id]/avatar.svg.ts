import type { APIContext } from 'astro';
import { loadOrganisation } from '../../../lib/organisation/load.ts';
import { initialsAvatarSvg } from '../../../lib/site/avatar.ts';
import type { Person } from '../../../lib/organisation/organisation.ts';

export async function getStaticPaths() {
  const org = await loadOrganisation();
  return org.people
    .filter((person) => !person.data.photo)
    .map((person) => ({ params: { id: person.id }, props: { person } }));
}

export function GET({ props }: APIContext<{ person: Person }>) {
  return new Response(initialsAvatarSvg(props.person.data.name, props.person.id), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
