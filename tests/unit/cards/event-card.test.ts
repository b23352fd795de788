import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/index.ts';
import { eventCard } from '../../../src/lib/cards/card-specs.ts';
import { eventSearchRecord } from '../../../src/lib/search/records.ts';
import { department, organisationOf, person, team } from '../../support/factories.ts';
import type { SiteEvent } from '../../../src/lib/organisation/organisation.ts';

const data = eventSchema.parse({
  title: 'December win session',
  kind: 'win-session',
  start: '2026-12-03T15:00:00+01:00',
  location: 'Online',
  summary: 'Three wins.',
  departments: ['finance'],
  hosts: ['ada'],
});
const event = { id: 'december', collection: 'events', data, body: '' } as unknown as SiteEvent;
const org = organisationOf({
  people: [person('ada', { name: 'Ada Okafor' })],
  teams: [team('platform', { name: 'Platform', lead: 'ada' })],
  departments: [department('finance', { name: 'Finance' })],
  events: [event],
});

describe('an event', () => {
  it('has a card drawn as a story’s, its kind in the corner and its time above the title', () => {
    expect(eventCard(org, event)).toMatchObject({
      path: 'cards/events/december.png',
      kind: 'story',
      section: 'Win session',
      label: 'Thursday, 3 December 2026, 14:00–15:00 (UTC+00:00)',
      title: 'December win session',
      alt: 'December win session, Thursday, 3 December 2026, 14:00–15:00 (UTC+00:00). Three wins.',
    });
  });

  it('is found in search as an Event, by its departments and its hosts’ teams, dated on its day', () => {
    expect(eventSearchRecord(org, event)).toEqual({
      filters: { type: ['Event'], department: ['Finance'], team: ['Platform'] },
      meta: { summary: 'Three wins.' },
      sort: { date: '2026-12-03' },
    });
  });
});
