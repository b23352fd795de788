/** The people directory's filters: what each person can be found by, and the filter as it lives in the address bar. */
import type { Organisation, Person } from './organisation.ts';

export interface DirectoryFilter {
  team: string;
  department: string;
  location: string;
  /** Matches any askMeAbout topic containing these words, ignoring case. */
  topic: string;
}

export const NO_FILTER: DirectoryFilter = { team: '', department: '', location: '', topic: '' };

/** Written on each person's list item as data attributes, so the filter needs no other data. */
export interface PersonFacets {
  team: string;
  departments: string[];
  location: string;
  topics: string[];
}

export function personFacets(person: Person): PersonFacets {
  return {
    team: person.data.team,
    departments: person.data.serves,
    location: person.data.location ?? '',
    topics: person.data.askMeAbout,
  };
}

export function matchesDirectoryFilter(person: PersonFacets, filter: DirectoryFilter): boolean {
  const topic = filter.topic.trim().toLowerCase();
  return (
    (!filter.team || person.team === filter.team) &&
    (!filter.department || person.departments.includes(filter.department)) &&
    (!filter.location || person.location === filter.location) &&
    (!topic || person.topics.some((t) => t.toLowerCase().includes(topic)))
  );
}

export function readDirectoryFilter(search: string): DirectoryFilter {
  const params = new URLSearchParams(search);
  return {
    team: params.get('team') ?? '',
    department: params.get('department') ?? '',
    location: params.get('location') ?? '',
    topic: params.get('topic') ?? '',
  };
}

export function writeDirectoryFilter(filter: DirectoryFilter): string {
  const params = new URLSearchParams(Object.entries(filter).filter(([, value]) => value.trim() !== ''));
  const encoded = params.toString();
  return encoded ? `?${encoded}` : '';
}

export interface DirectoryOptions {
  teams: Array<{ value: string; label: string }>;
  departments: Array<{ value: string; label: string }>;
  locations: string[];
  topics: string[];
}

/** The choices the filter offers: only values someone actually has. */
export function directoryOptions(org: Organisation): DirectoryOptions {
  const collator = new Intl.Collator(org.site.locale, { sensitivity: 'base' });
  const served = new Set(org.people.flatMap((p) => p.data.serves));
  return {
    teams: org.teams.filter((t) => org.membersOf(t.id).length).map((t) => ({ value: t.id, label: t.data.name })),
    departments: org.departments.filter((d) => served.has(d.id)).map((d) => ({ value: d.id, label: d.data.name })),
    locations: [...new Set(org.people.flatMap((p) => (p.data.location ? [p.data.location] : [])))].sort(
      collator.compare,
    ),
    topics: [...new Set(org.people.flatMap((p) => p.data.askMeAbout))].sort(collator.compare),
  };
}
