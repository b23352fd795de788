import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/index.ts';
import { feedItems } from '../../../src/lib/organisation/feed.ts';
import { createLinks } from '../../../src/lib/site/links.ts';
import { organisationOf, person } from '../../support/factories.ts';
import type { SiteEvent } from '../../../src/lib/organisation/organisation.ts';

function event(id: string, start: string, debriefed: boolean): SiteEvent {
  const data = eventSchema.parse({
    title: `Session ${id}`,
    kind: 'role-play',
    start,
    location: 'Online',
    summary: 'S',
    hosts: ['ada'],
    ...(debriefed ? { debrief: { itLearned: 'IT learned.', businessLearned: 'We learned.' } } : {}),
  });
  return { id, collection: 'events', filePath: `src/content/events/${id}.md`, data, body: '' } as unknown as SiteEvent;
}

describe('the feed', () => {
  it('tells of a past session once it has a debrief, dated when it ended, and never of one to come', () => {
    const org = organisationOf({
      people: [person('ada', { name: 'Ada Okafor' })],
      events: [
        event('debriefed', '2026-10-14T08:00:00Z', true),
        event('not-yet-debriefed', '2026-10-20T08:00:00Z', false),
        event('to-come', '2026-12-03T14:00:00Z', true),
      ],
    });
    const items = feedItems(org, createLinks('/'), new Date('2026-11-23T12:00:00Z'));
    expect(items).toEqual([
      {
        title: 'What we learned: Session debriefed',
        description: 'IT learned. We learned.',
        link: '/events/debriefed/',
        pubDate: new Date('2026-10-14T09:00:00Z'),
        categories: ['event', 'Role-play'],
      },
    ]);
  });
});
