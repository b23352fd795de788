/**
 * Checks that need every collection at once: references point at existing entries,
 * and the manager chain never loops back on itself.
 */
import type { ContentProblem } from './problems.ts';
import { closestMatch } from './closest-match.ts';

/** The least the checks need of an entry: its id, its file and its frontmatter. */
export interface CheckedEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

export type CollectionsToCheck = Record<string, readonly CheckedEntry[]>;

/** Which field of which collection points into which collection. */
export const REFERENCE_FIELDS: ReadonlyArray<{ collection: string; field: string; target: string }> = [
  { collection: 'people', field: 'team', target: 'teams' },
  { collection: 'people', field: 'manager', target: 'people' },
  { collection: 'people', field: 'serves', target: 'departments' },
  { collection: 'teams', field: 'lead', target: 'people' },
  { collection: 'teams', field: 'serves', target: 'departments' },
  { collection: 'strategy', field: 'owner', target: 'people' },
  { collection: 'strategy', field: 'departments', target: 'departments' },
  { collection: 'wins', field: 'departments', target: 'departments' },
  { collection: 'wins', field: 'people', target: 'people' },
  { collection: 'wins', field: 'strategy', target: 'strategy' },
  { collection: 'glossary', field: 'department', target: 'departments' },
  { collection: 'glossary', field: 'related', target: 'glossary' },
  { collection: 'stories', field: 'people', target: 'people' },
  { collection: 'stories', field: 'departments', target: 'departments' },
  { collection: 'wins', field: 'initiative', target: 'initiatives' },
  { collection: 'initiatives', field: 'strategy', target: 'strategy' },
  { collection: 'initiatives', field: 'departments', target: 'departments' },
  { collection: 'initiatives', field: 'owner', target: 'people' },
  { collection: 'initiatives', field: 'team', target: 'teams' },
  { collection: 'tools', field: 'owner', target: 'people' },
  { collection: 'teams', field: 'owner', target: 'people' },
  { collection: 'departments', field: 'owner', target: 'people' },
  { collection: 'stories', field: 'owner', target: 'people' },
  { collection: 'tools', field: 'departments', target: 'departments' },
  { collection: 'tools', field: 'replaces', target: 'tools' },
];

function fileOf(entry: CheckedEntry, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

/** What `<Person>` and `<Term>` suggest when no id is close: the file name, not a list of every id. */
export const PERSON_FALLBACK = 'use the file name of a profile in people/';
export const TERM_FALLBACK = 'use the file name of a term in glossary/';

/**
 * `"x" is not in people/ → did you mean "y"?`, with `fallback` (or the ids to choose from) when no id is
 * close: the one wording for a reference to a missing entry, wherever it is found.
 */

export function notInCollectionMessage(id: string, collection: string, known: Iterable<string>, fallback?: string): string {
  const ids = [...known];
  const suggestion = closestMatch(id, ids);
  const fix = suggestion
    ? `did you mean "${suggestion}"?`
    : (fallback ?? (ids.length ? `use one of: ${listOf(ids.sort())}` : `add ${collection}/${id}.md first`));
  return `"${id}" is not in ${collection}/ → ${fix}`;
}

function listOf(ids: string[]): string {
  const shown = ids.slice(0, 8).join(', ');
  return ids.length > 8 ? `${shown}, … ${ids.length - 8} more` : shown;
}

export function findBrokenReferences(collections: CollectionsToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const idsByCollection = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  for (const { collection, field, target } of REFERENCE_FIELDS) {
    const known = idsByCollection.get(target) ?? new Set<string>();
    for (const entry of collections[collection] ?? []) {
      const value = entry.data[field];
      const referenced = Array.isArray(value) ? value : value === undefined ? [] : [value];
      referenced.forEach((id, index) => {
        if (typeof id !== 'string' || known.has(id)) return;
        problems.push({
          file: fileOf(entry, collection),
          field: Array.isArray(value) ? `${field}.${index}` : field,
          message: notInCollectionMessage(id, target, known),
        });
      });
    }
  }
  return problems;
}

export function findManagerCycles(people: readonly CheckedEntry[]): ContentProblem[] {
  const managerOf = new Map(people.map((p) => [p.id, typeof p.data.manager === 'string' ? p.data.manager : undefined]));
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const person of people) {
    const chain: string[] = [];
    let current: string | undefined = person.id;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = managerOf.get(current);
    }
    if (current === undefined) continue;
    const loop = chain.slice(chain.indexOf(current));
    const key = [...loop].sort().join('>');
    if (reported.has(key) || !loop.includes(person.id)) continue;
    reported.add(key);
    problems.push({
      file: fileOf(person, 'people'),
      field: 'manager',
      message: `the manager chain loops: ${[...loop, current].join(' → ')} → remove or change one of these managers`,
    });
  }
  return problems;
}

/** /wins/<YYYY-MM>/ is a month's archive, so a win file may not be named like a month. */
export function findWinsNamedLikeMonths(wins: readonly CheckedEntry[]): ContentProblem[] {
  return wins
    .filter((win) => /^\d{4}-\d{2}$/.test(win.id))
    .map((win) => ({
      file: fileOf(win, 'wins'),
      field: '',
      message: `a win cannot be named like a month, since /wins/${win.id}/ lists that month's wins → rename the file, e.g. ${win.id}-what-was-achieved.mdx`,
    }));
}

/** Pages the site itself puts beside entry pages, whose names an entry file cannot take. */
export const RESERVED_IDS: Readonly<Record<string, readonly string[]>> = { people: ['org-chart'] };

export function findReservedIds(collections: CollectionsToCheck): ContentProblem[] {
  return Object.entries(RESERVED_IDS).flatMap(([collection, reserved]) =>
    (collections[collection] ?? [])
      .filter((entry) => reserved.includes(entry.id))
      .map((entry) => ({
        file: fileOf(entry, collection),
        field: '',
        message: `"${entry.id}" is the name of a page the site already has (/${collection}/${entry.id}/) → rename the file`,
      })),
  );
}

export function checkContentIntegrity(collections: CollectionsToCheck): ContentProblem[] {
  return [
    ...findBrokenReferences(collections),
    ...findManagerCycles(collections.people ?? []),
    ...findWinsNamedLikeMonths(collections.wins ?? []),
    ...findReservedIds(collections),
  ];
}
