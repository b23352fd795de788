/** Events as iCalendar (RFC 5545) text: the feed people subscribe to once, and one event to add to a calendar. */
import ical, { type ICalCalendar } from 'ical-generator';
import type { SiteConfig, SiteEvent } from '../organisation/organisation.ts';
import { eventEnd } from '../organisation/events.ts';

export type CalendarSite = Pick<SiteConfig, 'title' | 'organisation'>;

/** What a calendar app shows under the title: the summary, then where to join and sign up, then the page. */
function descriptionOf(event: SiteEvent, page: string): string {
  const { summary, joinUrl, signUpUrl } = event.data;
  return [
    summary,
    joinUrl ? `Join online: ${joinUrl}` : undefined,
    signUpUrl ? `Sign up: ${signUpUrl}` : undefined,
    `Details: ${page}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

type PageUrl = (eventId: string) => string;

/** One VEVENT per event, in the order given; the caller adds what the calendar as a whole says. */
function calendarWith(events: readonly SiteEvent[], pageUrl: PageUrl): ICalCalendar {
  const calendar = ical({ prodId: { company: 'One Team', product: 'Events', language: 'EN' } });
  for (const event of events) {
    const page = pageUrl(event.id);
    calendar.createEvent({
      id: `${event.id}@${new URL(page).host}`,
      // Instants in UTC (…Z): exact whatever offset the start was written with, with no VTIMEZONE to go stale.
      start: event.data.start,
      end: eventEnd(event),
      // DTSTAMP is required, and without a METHOD it means "last revised" (RFC 5545 §3.8.7.2). The build's own
      // clock would change every file on every build, so that identical content no longer gives identical output
      // (and every subscriber re-downloads); the start is stable and moves when a session is rescheduled, the change
      // an app most needs to notice.
      stamp: event.data.start,
      summary: event.data.title,
      description: descriptionOf(event, page),
      location: event.data.location,
      url: page,
    });
  }
  return calendar;
}

// RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last one bare.
const icsText = (calendar: ICalCalendar) => `${calendar.toString()}\r\n`;

/**
 * The feed people subscribe to: the events as one named VCALENDAR, in the order given. `pageUrl` gives an event
 * page's absolute address (site URL and base); its host also names the UIDs (`<event id>@<host>`), so a
 * subscriber's app recognises an event it already has across builds and updates a rescheduled one in place.
 */
export function calendarOf(events: readonly SiteEvent[], site: CalendarSite, pageUrl: PageUrl): string {
  const calendar = calendarWith(events, pageUrl)
    .name(site.title)
    .description(`Sessions run by ${site.title} for ${site.organisation}`)
    // How often a subscribed app should look again (REFRESH-INTERVAL, X-PUBLISHED-TTL); left out, each app picks
    // its own interval, and a session announced a day ahead could arrive too late.
    .ttl(12 * 60 * 60);
  return icsText(calendar);
}

/**
 * One event as a file to open and add. No calendar name: with one (X-WR-CALNAME), some apps, Outlook among them,
 * open the file as a calendar of its own rather than add the event to the reader's calendar.
 */
export function eventCalendarOf(event: SiteEvent, pageUrl: PageUrl): string {
  return icsText(calendarWith([event], pageUrl));
}
