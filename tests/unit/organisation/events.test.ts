import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/index.ts';
import type { SiteEvent } from '../../../src/lib/organisation/organisation.ts';
import {
  actionsByState,
  eventDay,
  eventEnd,
  eventHours,
  eventWhen,
  pastEventsByMonth,
  upcomingEvents,
  utcOffset,
} from '../../../src/lib/organisation/events.ts';

/** An event parsed through the real schema, as pages see it. */
function event(id: string, raw: Record<string, unknown>): SiteEvent {
  const data = eventSchema.parse({
    title: id,
    kind: 'win-session',
    location: 'Online',
    summary: 'S',
    hosts: ['ada'],
    ...raw,
  });
  return { id, collection: 'events', filePath: `src/content/events/${id}.md`, data, body: '' } as unknown as SiteEvent;
}

const now = new Date('2026-11-23T12:00:00Z');
const events = [
  event('october', { start: '2026-10-14T10:00:00+02:00' }),
  event('late-september', { start: '2026-09-30T23:30:00+00:00' }),
  event('early-september', { start: '2026-09-02T09:00:00+02:00' }),
  event('december', { start: '2026-12-03T15:00:00+01:00' }),
  event('under-way', { start: '2026-11-23T11:30:00Z', end: '2026-11-23T13:00:00Z' }),
  event('just-ended', { start: '2026-11-23T10:00:00Z' }),
];

describe('upcomingEvents', () => {
  it('lists sessions that have not ended yet, soonest first, counting one under way', () => {
    expect(upcomingEvents(events, now).map((e) => e.id)).toEqual(['under-way', 'december']);
  });
});

describe('eventEnd', () => {
  it('is an hour after the start when no end is written', () => {
    expect(eventEnd(events[3]!).toISOString()).toBe('2026-12-03T15:00:00.000Z');
  });
});

describe('pastEventsByMonth', () => {
  it('groups ended sessions by month, newest month and session first', () => {
    const months = pastEventsByMonth(events, now, 'en-GB');
    expect(months.map((m) => [m.label, m.events.map((e) => e.id)])).toEqual([
      ['November 2026', ['just-ended']],
      ['October 2026', ['october']],
      ['September 2026', ['late-september', 'early-september']],
    ]);
  });

  it('puts a session in the month it starts in on the organisation’s clocks', () => {
    const months = pastEventsByMonth(events, now, 'en-GB', 'Europe/Amsterdam');
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(months[1]!.events.map((e) => e.id)).toEqual(['october', 'late-september']);
  });
});

describe('eventWhen', () => {
  it('gives the day and hours in the organisation’s time zone, with its offset from UTC', () => {
    expect(eventWhen(events[3]!, 'en-GB', 'Europe/Amsterdam')).toBe(
      'Thursday, 3 December 2026, 15:00–16:00 (UTC+01:00)',
    );
    expect(eventWhen(events[3]!, 'en-GB', 'Europe/London')).toBe('Thursday, 3 December 2026, 14:00–15:00 (UTC+00:00)');
  });

  it('names both days of a session that runs past midnight', () => {
    const overnight = event('overnight', { start: '2026-12-05T22:00:00Z', end: '2026-12-06T02:00:00Z' });
    expect(eventWhen(overnight, 'en-GB', 'UTC')).toBe(
      // Intl sets the dash between two dates in thin spaces.
      'Saturday, 5 December 2026 at 22:00\u2009–\u2009Sunday, 6 December 2026 at 02:00 (UTC+00:00)',
    );
  });

  it('uses the offset in force on the day, summer or winter', () => {
    expect(utcOffset(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe('UTC+01:00');
    expect(utcOffset(new Date('2026-12-01T12:00:00Z'), 'America/New_York')).toBe('UTC-05:00');
  });
});

describe('eventHours and eventDay', () => {
  it('give the hours and the date badge in the organisation’s time zone', () => {
    expect(eventHours(events[3]!, 'en-GB', 'Europe/Amsterdam')).toBe('15:00–16:00');
    expect(eventDay(events[1]!, 'en-GB', 'Europe/Amsterdam')).toEqual({ day: '1', month: 'Oct' });
  });
});

describe('actionsByState', () => {
  it('splits a debrief’s actions into open and done', () => {
    const debriefed = event('debriefed', {
      start: '2026-10-01T10:00:00Z',
      debrief: {
        itLearned: 'I',
        businessLearned: 'B',
        actions: [
          { text: 'One', owner: 'ada', due: '2026-12-01' },
          { text: 'Two', owner: 'ada', due: '2026-11-01', done: true },
        ],
      },
    });
    const { open, done } = actionsByState(debriefed);
    expect(open.map((a) => a.text)).toEqual(['One']);
    expect(done.map((a) => a.text)).toEqual(['Two']);
    expect(actionsByState(events[0]!)).toEqual({ open: [], done: [] });
  });
});
