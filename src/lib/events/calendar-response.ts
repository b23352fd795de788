/** What the calendar endpoints share: the event pages' absolute addresses and the response a calendar app expects. */
import { links } from '../site/site-links.ts';

/** An event page's absolute address: the site's URL, its base and the page, as a calendar's URL and UIDs need. */
export function eventPageUrl(site: URL | undefined): (eventId: string) => string {
  if (!site) throw new Error('The site has no URL → set `url` in site.yaml (or ONE_TEAM_SITE); calendars need it');
  return (eventId) => new URL(links.event(eventId), site).href;
}

export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
