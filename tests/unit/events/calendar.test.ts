import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarOf, eventCalendarOf } from '../../../src/lib/events/calendar.ts';
import type { SiteEvent } from '../../../src/lib/organisation/organisation.ts';
import { event, organisationOf, site } from '../../support/factories.ts';

const pageUrl = (id: string) => `https://intranet.example.com/it/events/${id}/`;

/** The calendar as an app reads it, through ical.js rather than by looking at the text. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
    location: vevent.getFirstPropertyValue('location'),
    url: vevent.getFirstPropertyValue('url'),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time | null)?.toJSDate().toISOString(),
  }));
  return { calendar, events };
}

const asEvents = (...entries: ReturnType<typeof event>[]) => entries as unknown as SiteEvent[];

// The clocks in the UK and the EU go back on 25 October 2026 and forward on 29 March 2026.
const autumnInLondon = event('after-the-clocks-change', { start: '2026-10-25T09:30:00+00:00' });
const autumnInBerlin = event('berlin-autumn', { start: '2026-10-25T09:30:00+01:00' });
const springInBerlin = event('berlin-spring', {
  start: '2026-03-29T09:30:00+02:00',
  end: '2026-03-29T11:00:00+02:00',
});
const chicago = event('chicago-demo', { start: '2026-11-05T14:00:00-05:00', end: '2026-11-05T15:15:00-05:00' });
const britishSummerTime = event('last-day-of-summer-time', { start: '2026-10-24T09:30:00+01:00' });

describe('the events calendar', () => {
  it('gives every session the exact instants it was written with, whatever the offset and the season', () => {
    const { events } = read(
      calendarOf(asEvents(britishSummerTime, autumnInLondon, autumnInBerlin, springInBerlin, chicago), site, pageUrl),
    );
    expect(events.map(({ start, end }) => [start, end])).toEqual([
      ['2026-10-24T08:30:00.000Z', '2026-10-24T09:30:00.000Z'],
      ['2026-10-25T09:30:00.000Z', '2026-10-25T10:30:00.000Z'],
      ['2026-10-25T08:30:00.000Z', '2026-10-25T09:30:00.000Z'],
      ['2026-03-29T07:30:00.000Z', '2026-03-29T09:00:00.000Z'],
      ['2026-11-05T19:00:00.000Z', '2026-11-05T20:15:00.000Z'],
    ]);
  });

  it('writes the instants in UTC, so no app has to guess a time zone', () => {
    const ics = calendarOf(asEvents(springInBerlin, chicago), site, pageUrl);
    expect(ics).toContain('DTSTART:20260329T073000Z\r\n');
    expect(ics).toContain('DTEND:20261105T201500Z\r\n');
    expect(ics).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('makes a session without an end an hour long', () => {
    const [session] = read(calendarOf(asEvents(autumnInLondon), site, pageUrl)).events;
    expect(session!.end).toBe('2026-10-25T10:30:00.000Z');
  });

  it('gives each session a UID of its id and the site host, the same in every build', () => {
    const first = calendarOf(asEvents(springInBerlin, chicago), site, pageUrl);
    const second = calendarOf(asEvents(springInBerlin, chicago), site, pageUrl);
    expect(read(first).events.map((e) => e.uid)).toEqual([
      'berlin-spring@intranet.example.com',
      'chicago-demo@intranet.example.com',
    ]);
    expect(second).toBe(first);
  });

  it('stamps each session with its start rather than the time of the build, so a rebuild changes nothing', () => {
    const [session] = read(calendarOf(asEvents(chicago), site, pageUrl)).events;
    expect(session!.stamp).toBe('2026-11-05T19:00:00.000Z');
  });

  it('links each session to its page on the site, with the base path', () => {
    const [session] = read(calendarOf(asEvents(chicago), site, pageUrl)).events;
    expect(session!.url).toBe('https://intranet.example.com/it/events/chicago-demo/');
  });

  it('describes a session with its summary, where to join and sign up, and its page', () => {
    const online = event('online', {
      summary: 'Three teams show what changed.',
      joinUrl: 'https://teams.example.com/meet/online',
      signUpUrl: 'https://forms.example.com/online',
      location: 'Online',
    });
    const [session] = read(calendarOf(asEvents(online), site, pageUrl)).events;
    expect(session!.description).toBe(
      [
        'Three teams show what changed.',
        'Join online: https://teams.example.com/meet/online',
        'Sign up: https://forms.example.com/online',
        'Details: https://intranet.example.com/it/events/online/',
      ].join('\n\n'),
    );
    expect(session!.location).toBe('Online');
  });

  it('reads back a title with commas, semicolons, backslashes and line breaks exactly as written', () => {
    const title = 'Stock, scanners; and\nwhat next \\ a recap';
    const [session] = read(calendarOf(asEvents(event('awkward', { title })), site, pageUrl)).events;
    expect(session!.summary).toBe(title);
  });

  it('ends every line with CRLF and keeps each under 75 octets, also in German and Japanese titles', () => {
    const title = 'Besuch in der Küche — 調達チームと一緒に在庫の数え方を見直す午後のセッション, mit Kaffee';
    const ics = calendarOf(
      asEvents(
        event('kueche', {
          title,
          summary: 'Wir schauen uns gemeinsam an, wie die Küche bestellt — 調達チームと一緒に. '.repeat(4),
          location: 'Köln, Raum 3.14 (Erdgeschoss, neben der Kantine)',
          joinUrl: `https://teams.example.com/meet/${'k'.repeat(120)}`,
        }),
      ),
      site,
      pageUrl,
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    const tooLong = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
    expect(tooLong).toEqual([]);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(read(ics).events[0]!.summary).toBe(title);
  });

  it('names the calendar after the site and says One Team made it', () => {
    const { calendar } = read(calendarOf(asEvents(chicago), site, pageUrl));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Example IT');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//One Team//Events//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('is a valid, empty calendar when there are no sessions yet, so a subscription keeps working', () => {
    const ics = calendarOf([], site, pageUrl);
    const { calendar, events } = read(ics);
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Example IT');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('lists the sessions of the organisation it is given, earliest first', () => {
    const org = organisationOf({ events: asEvents(chicago, springInBerlin, autumnInLondon) });
    const { events } = read(calendarOf(org.events, org.site, pageUrl));
    expect(events.map((e) => e.uid)).toEqual([
      'berlin-spring@intranet.example.com',
      'after-the-clocks-change@intranet.example.com',
      'chicago-demo@intranet.example.com',
    ]);
  });
});

describe('one session as a calendar file', () => {
  it('holds that session alone, with the same UID as in the feed so adding it twice does not duplicate it', () => {
    const { calendar, events } = read(eventCalendarOf(chicago as unknown as SiteEvent, pageUrl));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: 'chicago-demo@intranet.example.com', start: '2026-11-05T19:00:00.000Z' });
    expect(read(calendarOf(asEvents(chicago), site, pageUrl)).events[0]).toEqual(events[0]);
    // A calendar name would make some apps open the file as a calendar of its own instead of adding the event.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
  });
});
