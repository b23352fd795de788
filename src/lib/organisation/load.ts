/**
 * Hands pages the organisation: every collection read once per build (each already validated by the
 * content loaders, src/lib/content/loader-fs.ts), with drafts, and entries whose `publishAt` day has not come,
 * left out of a production build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { entryFilesIn } from '../content/files-fs.ts';
import { contentFolder } from '../content/folder.ts';
import { ContentError } from '../content/problems.ts';
import { COLLECTIONS, TABLES, TABLE_NAMES, type CollectionName, type TableSpec } from '../content/registry.ts';
import { today } from '../site/dates.ts';
import { buildOrganisation, type Organisation } from './organisation.ts';
import { isPublished } from './publishing.ts';

/** A collection's entries; Astro warns about a collection with none, and an organisation may leave one out. */
async function entriesOf<C extends CollectionName>(collection: C) {
  const hasEntries =
    entryFilesIn(path.join(contentFolder(), collection), COLLECTIONS[collection].extensions).length > 0;
  return hasEntries ? getCollection(collection) : [];
}

/** A table's months, or its ids file's entries; Astro warns about an empty collection, so an absent folder is none. */
async function tableEntriesOf<C extends 'pulse' | 'pace' | 'pulseQuestions'>(collection: C) {
  // The questions live in the pulse's folder: the table whose ids file gives that collection.
  const folder = TABLE_NAMES.find((name) => (TABLES[name] as TableSpec).ids?.collection === collection) ?? collection;
  return fs.existsSync(path.join(contentFolder(), folder)) ? getCollection(collection) : [];
}

/**
 * Drafts and scheduled entries show while writing (`npm run dev`); a production build publishes them from their
 * `publishAt` day, so a daily build (the schedule in .github/workflows/check.yml) brings them out on time.
 */
const includeDrafts = import.meta.env.DEV;
const published = (entry: Parameters<typeof isPublished>[0]) => includeDrafts || isPublished(entry, today());

async function loadOrganisationOnce(): Promise<Organisation> {
  const [
    site,
    people,
    teams,
    departments,
    strategy,
    allWins,
    glossary,
    allStories,
    initiatives,
    tools,
    allEvents,
    visits,
    announcements,
    feedback,
    pulse,
    pulseQuestions,
    pace,
  ] = await Promise.all([
    getEntry('site', 'site'),
    entriesOf('people'),
    entriesOf('teams'),
    entriesOf('departments'),
    entriesOf('strategy'),
    entriesOf('wins'),
    entriesOf('glossary'),
    entriesOf('stories'),
    entriesOf('initiatives'),
    entriesOf('tools'),
    entriesOf('events'),
    entriesOf('visits'),
    entriesOf('announcements'),
    entriesOf('feedback'),
    tableEntriesOf('pulse'),
    tableEntriesOf('pulseQuestions'),
    tableEntriesOf('pace'),
  ]);
  if (!site)
    throw new ContentError([
      {
        file: 'site.yaml',
        field: '',
        message: 'the site config is missing → create site.yaml at the root of the content folder',
      },
    ]);
  return buildOrganisation({
    site: site.data,
    people,
    teams,
    departments,
    strategy,
    wins: allWins.filter(published),
    glossary,
    stories: allStories.filter(published),
    initiatives,
    tools,
    events: allEvents.filter(published),
    visits,
    announcements,
    feedback,
    pulse,
    pulseQuestions,
    pace,
  });
}

let organisation: Promise<Organisation> | undefined;

// In `npm run dev`, kept until the content changes: Astro tells the server's modules when it stores new content.
// A page asks for the organisation several times (the page, its layout, each <Person> and <Term>), and building it
// each time cost a win page 90–180 ms of the writer's wait after a save.
import.meta.hot?.on('astro:content-changed', () => {
  organisation = undefined;
});

/** Memoised for a build, and in dev until the content changes. */
export function loadOrganisation(): Promise<Organisation> {
  if (import.meta.env.DEV && !import.meta.hot) return loadOrganisationOnce();
  organisation ??= loadOrganisationOnce();
  return organisation;
}
