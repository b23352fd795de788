/**
 * Checks that need every collection at once: references point at existing entries (reference fields are
 * read from the schemas' metadata, `<Person id>` and `<Term id>` from MDX bodies), the manager chain never
 * loops, and no entry takes the name of a page the site already has.
 */
import { imagesAsPaths } from '../../schemas/index.ts';
import { closestMatch } from './closest-match.ts';
import type { ContentProblem } from './problems.ts';
import { COLLECTIONS, plainSchema, type CollectionName, type CollectionSpec } from './registry.ts';
import { referenceFields, valuesAt } from './schema-fields.ts';

/** The least the checks need of an entry: its id, its file and its frontmatter. */
export interface CheckedEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

export type CollectionsToCheck = Partial<Record<CollectionName, readonly CheckedEntry[]>>;

/** One place an entry names another: a reference field's value, or a component's id attribute. */
export interface ReferenceUse {
  file: string;
  line?: number;
  column?: number;
  /** `team`, `serves.1`, `<Person id>`. */
  field: string;
  target: string;
  id: string;
}

function fileOf(entry: CheckedEntry, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

/**
 * `"x" is not in people/ → did you mean "y"?`, or the ids to choose from when none is close: the one
 * wording for a reference to a missing entry, wherever it is found.
 */
export function notInCollectionMessage(id: string, collection: string, known: Iterable<string>): string {
  const ids = [...known];
  const suggestion = closestMatch(id, ids);
  const fix = suggestion
    ? `did you mean "${suggestion}"?`
    : ids.length
      ? `use one of: ${listOf(ids.sort())}`
      : `add ${collection}/${id}.md first`;
  return `"${id}" is not in ${collection}/ → ${fix}`;
}

function listOf(ids: string[]): string {
  const shown = ids.slice(0, 8).join(', ');
  return ids.length > 8 ? `${shown}, … ${ids.length - 8} more` : shown;
}

/** Every id an entry's frontmatter names, with the field it is written in. */
function frontmatterReferences(collection: CollectionName, entry: CheckedEntry): ReferenceUse[] {
  return referenceFields(plainSchema(COLLECTIONS[collection].schema, imagesAsPaths)).flatMap(({ path, target }) =>
    valuesAt(entry.data, path).flatMap(({ path: at, value }) =>
      typeof value === 'string' ? [{ file: fileOf(entry, collection), field: at.join('.'), target, id: value }] : [],
    ),
  );
}

export function findBrokenReferences(
  collections: CollectionsToCheck,
  componentUses: readonly ReferenceUse[] = [],
): ContentProblem[] {
  const idsOf = new Map(
    Object.entries(collections).map(([name, entries]) => [name, new Set((entries ?? []).map((e) => e.id))]),
  );
  const uses = [
    ...Object.entries(collections).flatMap(([name, entries]) =>
      (entries ?? []).flatMap((entry) => frontmatterReferences(name as CollectionName, entry)),
    ),
    ...componentUses,
  ];
  return uses.flatMap(({ id, target, ...at }) => {
    const known = idsOf.get(target) ?? new Set<string>();
    return known.has(id) ? [] : [{ ...at, message: notInCollectionMessage(id, target, known) }];
  });
}

/**
 * Each loop in the manager chain, once, named from its member that comes first. Every person is walked
 * once (linear in the size of the organisation, however deep the reporting lines).
 */
export function findManagerCycles(people: readonly CheckedEntry[]): ContentProblem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const managerOf = (id: string) => {
    const manager = byId.get(id)?.data.manager;
    return typeof manager === 'string' && byId.has(manager) ? manager : undefined;
  };
  const order = new Map(people.map((p, index) => [p.id, index]));
  const state = new Map<string, 'walking' | 'done'>();
  const problems: ContentProblem[] = [];
  for (const person of people) {
    const path: string[] = [];
    let current: string | undefined = person.id;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = managerOf(current);
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = path.slice(path.indexOf(current));
      const first = loop.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      const named = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
      problems.push({
        file: fileOf(byId.get(first)!, 'people'),
        field: 'manager',
        message: `the manager chain loops: ${shortChain(named)} → remove or change one of these managers`,
      });
    }
    for (const id of path) state.set(id, 'done');
  }
  return problems;
}

/** A loop of a dozen people is named in full; a longer one by its ends, with how many are between. */
function shortChain(names: readonly string[]): string {
  if (names.length <= 12) return names.join(' → ');
  return [...names.slice(0, 6), `… ${names.length - 10} more …`, ...names.slice(-4)].join(' → ');
}

/** Entries named like a page the site already has (`/people/org-chart/`, a month's `/wins/2026-03/`). */
function findReservedIds(collections: CollectionsToCheck): ContentProblem[] {
  return Object.entries(collections).flatMap(([name, entries]) => {
    const reserved = (COLLECTIONS[name as CollectionName] as CollectionSpec).reservedIds ?? [];
    return (entries ?? []).flatMap((entry) =>
      reserved.flatMap((rule) => {
        if (typeof rule === 'string') {
          return rule === entry.id
            ? [
                {
                  file: fileOf(entry, name),
                  field: '',
                  message: `"${entry.id}" is the name of a page the site already has (/${name}/${entry.id}/) → rename the file`,
                },
              ]
            : [];
        }
        return rule.pattern.test(entry.id)
          ? [{ file: fileOf(entry, name), field: '', message: rule.message(entry.id) }]
          : [];
      }),
    );
  });
}

export function checkContentIntegrity(
  collections: CollectionsToCheck,
  componentUses: readonly ReferenceUse[] = [],
): ContentProblem[] {
  return [
    ...findBrokenReferences(collections, componentUses),
    ...findManagerCycles(collections.people ?? []),
    ...findReservedIds(collections),
  ];
}
