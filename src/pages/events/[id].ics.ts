/** /events/<id>.ics: one event as a calendar file, for "Add to calendar". */
import type { APIContext } from 'astro';
import { eventCalendarOf } from '../../lib/events/calendar.ts';
import { calendarResponse, eventPageUrl } from '../../lib/events/calendar-response.ts';
import { loadOrganisation } from '../../lib/organisation/load.ts';
import type { SiteEvent } from '../../lib/organisation/organisation.ts';

export async function getStaticPaths() {
  const org = await loadOrganisation();
  return org.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}

export function GET(context: APIContext<{ event: SiteEvent }>) {
  return calendarResponse(eventCalendarOf(context.props.event, eventPageUrl(context.site)));
}
