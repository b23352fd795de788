/**
 * Sessions in time: which are still to come, the past ones by month, and when one is, in words.
 *
 * Times are shown in the organisation's home time zone (site.yaml `timeZone`) with its offset written after
 * them, as an intranet's regional settings do: the parsed instant no longer knows the offset its author wrote,
 * and a static page cannot know the reader's zone. The calendar links beside every time let each reader's
 * calendar app show their own local time.
 */
import type { SiteEvent } from './organisation.ts';
import { formatMonth } from '../site/dates.ts';

const HOUR = 3_600_000;

/** YYYY-MM of `instant` on the clocks of `timeZone`. */
function monthIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', timeZone }).formatToParts(instant);
  const of = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${of('year')}-${of('month')}`;
}

/** When a session ends: its `end`, or an hour after its start. */
export function eventEnd(event: SiteEvent): Date {
  return event.data.end ?? new Date(event.data.start.getTime() + HOUR);
}

/** Sessions that have not ended by `now`, soonest first (one under way counts as coming up). */
export function upcomingEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return events
    .filter((event) => eventEnd(event) > now)
    .sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}

export interface EventMonth {
  /** YYYY-MM, in the organisation's time zone. */
  month: string;
  /** "October 2026", in the site's locale. */
  label: string;
  /** Newest first. */
  events: SiteEvent[];
}

/**
 * Sessions that ended by `now`, grouped by the month they started in (in `timeZone`), newest month and
 * session first.
 */
export function pastEventsByMonth(
  events: readonly SiteEvent[],
  now: Date,
  locale: string,
  timeZone = 'UTC',
): EventMonth[] {
  const past = events
    .filter((event) => eventEnd(event) <= now)
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  const months = new Map<string, SiteEvent[]>();
  for (const event of past) {
    const month = monthIn(event.data.start, timeZone);
    months.set(month, [...(months.get(month) ?? []), event]);
  }
  return [...months].map(([month, inMonth]) => ({ month, label: formatMonth(month, locale), events: inMonth }));
}

/** "UTC+01:00": the offset of `timeZone` at `instant` (Intl writes it GMT+01:00, and plain GMT for zero). */
export function utcOffset(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace(/^GMT/, '') || '+00:00';
  return `UTC${offset}`;
}

/**
 * "Thursday, 3 December 2026, 15:00–16:00 (UTC+01:00)" in the organisation's time zone; a session over two
 * days names both.
 */
export function eventWhen(event: SiteEvent, locale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return `${format.formatRange(event.data.start, eventEnd(event))} (${utcOffset(event.data.start, timeZone)})`;
}

/** "15:00–16:00" in the organisation's time zone, for lists that show the day apart. */
export function eventHours(event: SiteEvent, locale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  return format.formatRange(event.data.start, eventEnd(event));
}

/** The day on a date badge: "3" and "Dec", in the organisation's time zone like eventWhen. */
export function eventDay(event: SiteEvent, locale: string, timeZone: string): { day: string; month: string } {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(event.data.start);
  return { day: part({ day: 'numeric' }), month: part({ month: 'short' }) };
}

/** A debrief's actions, still open and done, each in the order written. */
export function actionsByState(event: SiteEvent) {
  const actions = event.data.debrief?.actions ?? [];
  return { open: actions.filter((action) => !action.done), done: actions.filter((action) => action.done) };
}
