/** /events.ics: every published event as one calendar, to subscribe to once. */
import type { APIContext } from 'astro';
import { calendarOf } from '../lib/events/calendar.ts';
import { calendarResponse, eventPageUrl } from '../lib/events/calendar-response.ts';
import { loadOrganisation } from '../lib/organisation/load.ts';

export async function GET(context: APIContext) {
  const org = await loadOrganisation();
  return calendarResponse(calendarOf(org.events, org.site, eventPageUrl(context.site)));
}
