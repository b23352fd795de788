/** The RSS feed's items: published wins and stories, newest first. */
import type { Organisation } from './organisation.ts';
import type { Links } from '../site/links.ts';

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** A win is dated on the first of its month, the day its month's wins are announced. */
export function feedItems(org: Organisation, links: Links): FeedItem[] {
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
  return [...wins, ...stories].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
