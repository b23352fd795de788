import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writeSyntheticOrganisation } from '../support/synthetic-organisation.ts';
import { buildSite, temporaryFolder } from '../support/build-site.ts';
import { openSearch } from '../support/search-in-node.ts';

it('builds and indexes a generated organisation with names in many scripts and photos', async () => {
  const work = temporaryFolder('synthetic');
  const counts = await writeSyntheticOrganisation(path.join(work, 'content'), 80);
  const dist = path.join(work, 'dist');
  const result = await buildSite(path.join(work, 'content'), dist);
  expect(result.code, result.output).toBe(0);
  expect(fs.readdirSync(path.join(dist, 'people')).filter((name) => name.startsWith('person-'))).toHaveLength(
    counts.people,
  );
  const search = await openSearch(dist);
  const facets = await search.facets();
  expect(facets.type?.Person).toBe(counts.people);
  expect(facets.type?.Win).toBe(counts.wins);
  expect(facets.type?.Glossary).toBe(counts.glossary);
}, 120_000);
