import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { openSearch, type NodeSearch } from '../support/search-in-node.ts';

// The demo site that `npm test` built just before vitest started.
const dist = path.join(PROJECT_ROOT, 'dist');
let site: NodeSearch;

const urls = (results: { url: string }[]) => results.map((r) => r.url);

beforeAll(async () => {
  expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js')), 'run `npm run build` first').toBe(true);
  site = await openSearch(dist);
});

describe('searching the demo site', () => {
  it('finds a person by name, first', async () => {
    const results = await site.search('Siobhán Kelly');
    expect(results[0]?.url).toBe('/people/siobhan-kelly/');
    expect(results[0]?.meta).toMatchObject({ title: 'Siobhán Kelly', summary: 'Service Desk Lead, Service Desk' });
    expect(results[0]?.filters.type).toEqual(['Person']);
  });

  it('finds a person by a topic they can be asked about', async () => {
    const person = fs.readFileSync(path.join(PROJECT_ROOT, 'src/content/people/li-jing.md'), 'utf8');
    expect(person).toMatch(/askMeAbout:.*why a number changed/);
    expect(urls(await site.search('why a number changed'))[0]).toBe('/people/li-jing/');
  });

  it('finds a glossary term by one of its aliases', async () => {
    const results = await site.search('service level agreement');
    expect(results[0]?.url).toBe('/glossary/sla/');
  });

  it('ranks a page title above pages that only mention the words', async () => {
    expect(urls(await site.search('phishing'))[0]).toBe('/glossary/phishing/');
  });

  it('narrows results with facets, any value within a facet and every facet', async () => {
    const everything = await site.search('warehouse');
    const people = await site.search('warehouse', { type: ['Person'] });
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThan(everything.length);
    expect(people.every((r) => r.filters.type?.[0] === 'Person')).toBe(true);
    const peopleOrWins = await site.search('warehouse', { type: ['Person', 'Win'] });
    expect(peopleOrWins.length).toBeGreaterThan(people.length);
    const platformPeople = await site.search('warehouse', { type: ['Person'], team: ['Platform'] });
    expect(platformPeople.length).toBeLessThan(people.length);
    expect(platformPeople.every((r) => r.filters.team?.includes('Platform'))).toBe(true);
  });

  it('lists what IT did for a department in a month through facets alone', async () => {
    const results = await site.search(null, { type: ['Win'], department: ['Finance'] });
    expect(urls(results)).toContain('/wins/faster-month-end-close/');
    expect(results.every((r) => r.filters.department?.includes('Finance'))).toBe(true);
    const facets = await site.facets();
    expect(Object.keys(facets.month ?? {})).toEqual(expect.arrayContaining(['2026-08', '2026-09', '2026-10']));
  });

  it('indexes page content only: navigation, footers and cards are left out', async () => {
    expect(await site.search('News feed')).toEqual([]);
    // "Sanne Bakker" appears on the Operations page only as a partner card, so that page is not a result.
    expect(urls(await site.search('Sanne Bakker'))).not.toContain('/departments/operations/');
  });

  it('leaves index pages and the search page itself out of the index', async () => {
    const all = await site.search(null, {});
    expect(urls(all).filter((url) => /^\/(people|wins|glossary|search)\/$/.test(url))).toEqual([]);
  });

  it("carries a person's photo as their picture (every demo person has one; the initials avatar is tested with org-elsewhere)", async () => {
    for (const name of ['Ngozi Adeyemi', 'Chidi Eze']) {
      const [person] = await site.search(name);
      expect(person?.meta.image, name).toMatch(/^\/_astro\/[a-z-]+\.[^/]+\.webp$/);
    }
  });
});
