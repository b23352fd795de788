/** The RSS feed's items: published wins and stories, and what was learned at past sessions, newest first. */
import type { Organisation } from './organisation.ts';
import type { Links } from '../site/links.ts';
import { eventKindLabel } from '../site/labels.ts';
import { eventEnd } from './events.ts';

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/**
 * A win is dated on the first of its month, the day its month's wins are announced. A session is news once
 * it has a debrief, dated when it ended; sessions still to come are in the calendar (events.ics), not here,
 * since an item dated in the future would sit atop every reader's list until the day came.
 */
export function feedItems(org: Organisation, links: Links, now: Date = new Date()): FeedItem[] {
  const wins = org.wins.map((win) => ({
    title: win.data.title,
    description: win.data.goal,
    link: links.win(win.id),
    pubDate: new Date(`${win.data.month}-01T00:00:00Z`),
    categories: ['win', ...win.data.departments.map((id) => org.department(id).data.name)],
  }));
  const stories = org.stories.map((story) => ({
    title: story.data.title,
    description: story.data.summary,
    link: links.story(story.id),
    pubDate: story.data.date,
    categories: ['story', story.data.kind],
  }));
  const debriefs = org.events
    .filter((event) => event.data.debrief && eventEnd(event) <= now)
    .map((event) => ({
      title: `What we learned: ${event.data.title}`,
      description: `${event.data.debrief!.itLearned} ${event.data.debrief!.businessLearned}`,
      link: links.event(event.id),
      pubDate: eventEnd(event),
      categories: ['event', eventKindLabel(event.data.kind)],
    }));
  return [...wins, ...stories, ...debriefs].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
