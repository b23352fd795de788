/** Loads every collection once per build, checks the references between them, and hands pages the organisation. */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { COLLECTIONS } from '../content/registry.ts';
import { contentFolder } from '../content/folder.ts';
import { hasEntryFiles } from '../content/files-fs.ts';
import { withFieldLines } from '../content/schema-problems.ts';
import { checkContentIntegrity } from '../content/references.ts';
import { ContentError } from '../content/problems.ts';
import { buildOrganisation, type Organisation } from './organisation.ts';

/** Astro warns about an empty collection; a missing optional one is no news. */
async function entriesOf<C extends Exclude<keyof typeof COLLECTIONS, 'people'>>(collection: C) {
  return hasEntryFiles(path.join(contentFolder(), collection), COLLECTIONS[collection].extensions) ? getCollection(collection) : [];
}

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const includeDrafts = import.meta.env.DEV;

async function loadOrganisationOnce(): Promise<Organisation> {
  const [site, people, teams, departments, strategy, allWins, glossary, allStories, initiatives, tools] = await Promise.all([
    getEntry('site', 'site'),
    getCollection('people'),
    entriesOf('teams'),
    entriesOf('departments'),
    entriesOf('strategy'),
    entriesOf('wins'),
    entriesOf('glossary'),
    entriesOf('stories'),
    entriesOf('initiatives'),
    entriesOf('tools'),
  ]);
  if (!site) throw new ContentError([{ file: 'site.yaml', field: '', message: 'the site config is missing → create site.yaml at the root of the content folder' }]);
  const problems = checkContentIntegrity({ people, teams, departments, strategy, wins: allWins, glossary, stories: allStories, initiatives, tools });
  if (problems.length) throw new ContentError(withFieldLines(problems, (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)));
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
  });
}

let organisation: Promise<Organisation> | undefined;

/** Memoised for a build; reloaded on every request in dev so edits show up. */
export function loadOrganisation(): Promise<Organisation> {
  if (import.meta.env.DEV) return loadOrganisationOnce();
  organisation ??= loadOrganisationOnce();
  return organisation;
}
