/** What the home page features: a spotlight, the latest wins and stories, the pillars, the faces strip. */
import type { Organisation, Person, Story, Win } from './organisation.ts';

export const LATEST_WINS_ON_HOME = 3;
export const FACES_ON_HOME = 12;

/** The newest spotlight or day-in-the-life story, else the newest story of any kind. */
export function featuredStory(stories: readonly Story[]): Story | undefined {
  return stories.find((s) => s.data.kind === 'spotlight' || s.data.kind === 'day-in-the-life') ?? stories[0];
}

/** Newest joiners first, then everyone else in name order: new faces deserve the front row. */
export function facesForHome(people: readonly Person[], count = FACES_ON_HOME): Person[] {
  const joined = (p: Person) => p.data.joined?.getTime() ?? 0;
  const newest = [...people].sort((a, b) => joined(b) - joined(a)).slice(0, 3);
  const rest = people.filter((p) => !newest.includes(p));
  return [...newest, ...rest].slice(0, count);
}

export const MORE_STORIES_ON_HOME = 3;

/** The hero of the home page: the featured story, or the newest win when there is no story yet. */
export type Spotlight = { story: Story } | { win: Win };

export function homeHighlights(org: Organisation) {
  const story = featuredStory(org.stories);
  const heroWin = story ? undefined : org.wins[0];
  const spotlight: Spotlight | undefined = story ? { story } : heroWin ? { win: heroWin } : undefined;
  return {
    spotlight,
    latestWins: org.wins.filter((win) => win !== heroWin).slice(0, LATEST_WINS_ON_HOME),
    moreStories: org.stories.filter((other) => other !== story).slice(0, MORE_STORIES_ON_HOME),
    pillars: org.strategy.filter((s) => s.data.status === 'current'),
    faces: facesForHome(org.people),
    busyWith: org.initiatives.filter((initiative) => initiative.data.status === 'now'),
  };
}
