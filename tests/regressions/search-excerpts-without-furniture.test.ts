// Issue #16: search excerpts quoted page furniture ("P1, Incident, Ticket, Uptime. Used on. No story…"): Pagefind
// indexes everything inside a page's body, and the lists of related terms, the pages using a term, breadcrumbs and
// fact lists of links were indexed as if they were the page's own words.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { BUILT_DEMO } from '../support/built-demo.ts';
import { openSearch, type NodeSearch } from '../support/search-in-node.ts';
import type { PagefindResultData } from '../../src/lib/client/pagefind.ts';

let site: NodeSearch;
const FURNITURE = /Used on|Related terms|Used in|^Glossary\.|^Tools ·/;

function term(id: string): { term: string; definition: string; related: string[] } {
  const file = fs.readFileSync(path.join(PROJECT_ROOT, 'src/content/glossary', `${id}.md`), 'utf8');
  return yaml.load(file.split('---')[1]!) as { term: string; definition: string; related: string[] };
}

/** Everything Pagefind indexed of a page, which it hands back with each result beside the excerpt. */
const indexedText = (result: PagefindResultData | undefined) => (result as { content?: string } | undefined)?.content;

beforeAll(async () => {
  expect(fs.existsSync(path.join(BUILT_DEMO, 'pagefind/pagefind.js')), 'run `npm run build` first').toBe(true);
  site = await openSearch(BUILT_DEMO);
});

describe('search excerpts', () => {
  it("quote a term's definition for a word found only there, without its related terms or the pages using it", async () => {
    const uptime = term('uptime');
    expect(uptime.definition).toContain('tenth of a percent');
    const [found] = await site.search('tenth');
    expect(found?.url).toBe('/glossary/uptime/');
    expect(found?.excerpt).toContain('<mark>tenth</mark>');
    expect(found?.excerpt).not.toMatch(FURNITURE);
    expect(indexedText(found)).not.toContain(uptime.related.map((id) => term(id).term).join(', '));
  });

  it('leave a term out of the results for a word that is only the name of a related term', async () => {
    // P1 is related to SLA and to Uptime, and neither page says "P1" in its own words.
    for (const id of ['sla', 'uptime']) {
      expect(term(id).related).toContain('p1');
      expect(term(id).definition).not.toContain('P1');
    }
    const urls = (await site.search('P1')).map((result) => result.url);
    expect(urls[0]).toBe('/glossary/p1/');
    expect(urls).not.toContain('/glossary/sla/');
    expect(urls).not.toContain('/glossary/uptime/');
  });

  it("index every term and tool page's own words only: no breadcrumb, backlinks or lists of other pages", async () => {
    const pages = await site.search(null, { type: ['Glossary', 'Tool'] });
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      expect(indexedText(page), page.url).not.toMatch(FURNITURE);
      expect(page.meta.title, page.url).toBeTruthy();
      // The title is still what the page starts with.
      expect(indexedText(page)?.startsWith(page.meta.title!), page.url).toBe(true);
    }
  });

  it("never quote a glossary tooltip's definition as another page's words", async () => {
    // The Ticket tooltip sits on every page that says "ticket": only the term's own page may match its definition.
    const definition = term('ticket').definition;
    const results = await site.search('"lets us track your request"');
    expect(results.map((result) => result.url)).toEqual(['/glossary/ticket/']);
    const initiative = (await site.search('self-service catalogue laptops')).find((r) => r.url.includes('initiatives'));
    expect(indexedText(initiative)).toBeDefined();
    expect(indexedText(initiative)).not.toContain(definition.slice(0, 40));
  });
});
