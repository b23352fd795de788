import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/index.ts';
import { digestContent, digestHtml } from '../../../src/lib/organisation/digest.ts';
import { createLinks } from '../../../src/lib/site/links.ts';
import { organisationOf, person, team } from '../../support/factories.ts';
import type { SiteEvent } from '../../../src/lib/organisation/organisation.ts';

function event(id: string, start: string): SiteEvent {
  const data = eventSchema.parse({
    title: `Session ${id}`,
    kind: 'deep-dive',
    start,
    location: 'Online',
    summary: 'S',
    hosts: ['ada'],
  });
  return { id, collection: 'events', filePath: `src/content/events/${id}.md`, data, body: '' } as unknown as SiteEvent;
}

const org = organisationOf({
  people: [person('ada', { name: 'Ada Okafor' })],
  teams: [team('platform', { name: 'Platform', lead: 'ada' })],
  events: [
    event('in-october', '2026-10-20T10:00:00Z'),
    event('early-november', '2026-11-03T10:00:00Z'),
    event('late-november', '2026-11-30T16:00:00Z'),
    event('december', '2026-12-01T09:00:00Z'),
  ],
});

describe('the month digest', () => {
  it('lists the sessions of the month after its own, soonest first', () => {
    expect(digestContent(org, '2026-10').comingUp.map((e) => e.id)).toEqual(['early-november', 'late-november']);
  });

  it('shows them under Coming up, with their time and a link to every session', () => {
    const html = digestHtml(org, digestContent(org, '2026-10'), {
      siteUrl: 'https://intranet.example.com/',
      links: createLinks('/'),
      photoUrl: () => undefined,
    });
    expect(html).toContain('Coming up');
    expect(html).toContain('https://intranet.example.com/events/early-november/');
    expect(html).toContain('Tuesday, 3 November 2026, 10:00–11:00 (UTC+00:00)');
    expect(html).toContain('https://intranet.example.com/events/');
  });
});
