/** Loads every collection once per build, checks the references between them, and hands pages the organisation. */
import fs from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { withFieldLines } from './schema-problems.ts';
import { checkContentIntegrity } from './content-integrity.ts';
import { ContentError } from './content-problems.ts';
import { buildOrganisation, type Organisation } from './organisation.ts';

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const includeDrafts = import.meta.env.DEV;

async function loadOrganisationOnce(): Promise<Organisation> {
  const [site, people, teams, departments, strategy, allWins, glossary, allStories, initiatives] = await Promise.all([
    getEntry('site', 'site'),
    getCollection('people'),
    getCollection('teams'),
    getCollection('departments'),
    getCollection('strategy'),
    getCollection('wins'),
    getCollection('glossary'),
    getCollection('stories'),
    getCollection('initiatives'),
  ]);
  if (!site) throw new ContentError([{ file: 'site.yaml', field: '', message: 'the site config is missing → create site.yaml at the root of the content folder' }]);
  const problems = checkContentIntegrity({ people, teams, departments, strategy, wins: allWins, glossary, stories: allStories, initiatives });
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
  });
}

let organisation: Promise<Organisation> | undefined;

/** Memoised for a build; reloaded on every request in dev so edits show up. */
export function loadOrganisation(): Promise<Organisation> {
  if (import.meta.env.DEV) return loadOrganisationOnce();
  organisation ??= loadOrganisationOnce();
  return organisation;
}
