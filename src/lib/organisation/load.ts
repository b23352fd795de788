/**
 * Hands pages the organisation: every collection read once per build (each already validated by the
 * content loaders, src/lib/content/loader-fs.ts), with drafts left out of a production build.
 */
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { entryFilesIn } from '../content/files-fs.ts';
import { contentFolder } from '../content/folder.ts';
import { ContentError } from '../content/problems.ts';
import { COLLECTIONS, type CollectionName } from '../content/registry.ts';
import { buildOrganisation, type Organisation } from './organisation.ts';

/** A collection's entries; Astro warns about a collection with none, and an organisation may leave one out. */
async function entriesOf<C extends CollectionName>(collection: C) {
  const hasEntries =
    entryFilesIn(path.join(contentFolder(), collection), COLLECTIONS[collection].extensions).length > 0;
  return hasEntries ? getCollection(collection) : [];
}

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const includeDrafts = import.meta.env.DEV;

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
    wins: allWins.filter((w) => includeDrafts || !w.data.draft),
    glossary,
    stories: allStories.filter((s) => includeDrafts || !s.data.draft),
    initiatives,
    tools,
    events: allEvents.filter((e) => includeDrafts || !e.data.draft),
    visits,
  });
}

let organisation: Promise<Organisation> | undefined;

/** Memoised for a build; reloaded on every request in dev so edits show up. */
export function loadOrganisation(): Promise<Organisation> {
  if (import.meta.env.DEV) return loadOrganisationOnce();
  organisation ??= loadOrganisationOnce();
  return organisation;
}
