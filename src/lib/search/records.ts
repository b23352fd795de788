/**
 * What each page tells the search index about itself: its type, the facets it can be filtered by,
 * a date to sort by, and the one-line summary and image shown in results.
 */
import type {
  Department,
  GlossaryTerm,
  Initiative,
  Organisation,
  Person,
  SiteEvent,
  StrategyPillar,
  Story,
  Team,
  Tool,
  Win,
} from '../organisation/organisation.ts';
import { isoDay } from '../site/dates.ts';

/** Facet names, as the search page groups and labels them. */
export const SEARCH_FILTERS = {
  type: 'Type',
  department: 'Department',
  team: 'IT team',
  month: 'Month',
} as const;

export type SearchFilterName = keyof typeof SEARCH_FILTERS;

export const SEARCH_TYPES = {
  person: 'Person',
  team: 'Team',
  department: 'Department',
  strategy: 'Strategy',
  win: 'Win',
  glossary: 'Glossary',
  story: 'Story',
  initiative: 'Initiative',
  tool: 'Tool',
  event: 'Event',
  measure: 'Measure',
} as const;

export interface SearchRecord {
  filters: Partial<Record<SearchFilterName, string[]>>;
  /** Shown in results: `summary` always; `image` where the page has a picture. */
  meta: { summary: string; image?: string; image_alt?: string };
  /** `date` (YYYY-MM-DD) on wins and stories, for "newest first". */
  sort?: { date: string };
}

function departmentNames(org: Organisation, ids: readonly string[]): string[] {
  return ids.map((id) => org.department(id).data.name);
}

export function personSearchRecord(
  org: Organisation,
  person: Person,
  image: { src: string; alt: string },
): SearchRecord {
  const team = org.team(person.data.team);
  return {
    filters: {
      type: [SEARCH_TYPES.person],
      team: [team.data.name],
      department: departmentNames(org, person.data.serves),
    },
    meta: { summary: `${person.data.role}, ${team.data.name}`, image: image.src, image_alt: image.alt },
  };
}

export function teamSearchRecord(org: Organisation, team: Team): SearchRecord {
  return {
    filters: { type: [SEARCH_TYPES.team], team: [team.data.name], department: departmentNames(org, team.data.serves) },
    meta: { summary: team.data.mission },
  };
}

export function departmentSearchRecord(department: Department): SearchRecord {
  return {
    filters: { type: [SEARCH_TYPES.department], department: [department.data.name] },
    meta: { summary: department.data.summary },
  };
}

export function strategySearchRecord(org: Organisation, pillar: StrategyPillar): SearchRecord {
  return {
    filters: { type: [SEARCH_TYPES.strategy], department: departmentNames(org, pillar.data.departments) },
    meta: { summary: pillar.data.summary },
  };
}

export function winSearchRecord(org: Organisation, win: Win): SearchRecord {
  const teams = [...new Set(win.data.people.map((id) => org.team(org.person(id).data.team).data.name))];
  return {
    filters: {
      type: [SEARCH_TYPES.win],
      department: departmentNames(org, win.data.departments),
      team: teams,
      month: [win.data.month],
    },
    meta: { summary: win.data.goal },
    sort: { date: `${win.data.month}-01` },
  };
}

export function glossarySearchRecord(org: Organisation, term: GlossaryTerm): SearchRecord {
  return {
    filters: {
      type: [SEARCH_TYPES.glossary],
      department: term.data.department ? departmentNames(org, [term.data.department]) : [],
    },
    meta: { summary: term.data.definition },
  };
}

export function storySearchRecord(org: Organisation, story: Story): SearchRecord {
  const teams = [...new Set(story.data.people.map((id) => org.team(org.person(id).data.team).data.name))];
  return {
    filters: { type: [SEARCH_TYPES.story], department: departmentNames(org, story.data.departments), team: teams },
    meta: { summary: story.data.summary },
    sort: { date: isoDay(story.data.date) },
  };
}

export function eventSearchRecord(org: Organisation, event: SiteEvent): SearchRecord {
  const teams = [...new Set(event.data.hosts.map((id) => org.team(org.person(id).data.team).data.name))];
  return {
    filters: { type: [SEARCH_TYPES.event], department: departmentNames(org, event.data.departments), team: teams },
    meta: { summary: event.data.summary },
    sort: { date: isoDay(event.data.start) },
  };
}

export function initiativeSearchRecord(org: Organisation, initiative: Initiative): SearchRecord {
  return {
    filters: {
      type: [SEARCH_TYPES.initiative],
      department: departmentNames(org, initiative.data.departments),
      team: [org.team(initiative.data.team).data.name],
    },
    meta: { summary: initiative.data.summary },
  };
}

export function toolSearchRecord(org: Organisation, tool: Tool): SearchRecord {
  return {
    filters: { type: [SEARCH_TYPES.tool], department: departmentNames(org, tool.data.departments) },
    meta: { summary: `${tool.data.ring}: ${tool.data.summary}` },
  };
}

/** The pulse and pace pages: found by what they measure, their headline as the result's summary. */
export function measureSearchRecord(summary: string): SearchRecord {
  return { filters: { type: [SEARCH_TYPES.measure] }, meta: { summary } };
}
