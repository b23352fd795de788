import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, htmlFilesIn } from '../support/build-site.ts';
import { elementsOf } from '../support/html-elements.ts';

// The demo site that `npm test` built just before vitest started.
const dist = path.join(PROJECT_ROOT, 'dist');
const termPages = fs
  .readdirSync(path.join(dist, 'glossary'))
  .filter((name) => fs.existsSync(path.join(dist, 'glossary', name, 'index.html')));

/** The pages a term page lists under "Used on". */
function backlinksOf(termId: string): string[] {
  const html = fs.readFileSync(path.join(dist, 'glossary', termId, 'index.html'), 'utf8');
  const usedOn = html.slice(html.indexOf('id="used-on"'));
  return [...usedOn.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);
}

/** The pages that link to a term, through <Term> or the automatic linker. */
function pagesLinkingTo(termId: string): string[] {
  return htmlFilesIn(dist)
    .filter((file) =>
      elementsOf(fs.readFileSync(file, 'utf8')).some((e) => e.tag === 'a' && e.attributes['data-term'] === termId),
    )
    .map((file) => `/${path.relative(dist, path.dirname(file))}/`);
}

describe('the demo glossary', () => {
  it('lists as backlinks exactly the pages that link to each term', () => {
    let withBacklinks = 0;
    for (const termId of termPages) {
      const backlinks = backlinksOf(termId).sort();
      expect(backlinks, termId).toEqual(pagesLinkingTo(termId).sort());
      if (backlinks.length) withBacklinks++;
    }
    expect(withBacklinks).toBeGreaterThan(10);
  });

  it('links a term used with <Term> and one found in the text', () => {
    expect(backlinksOf('pick-rate')).toContain('/stories/a-day-in-the-rotterdam-warehouse/');
    expect(backlinksOf('month-end-close')).toContain('/wins/faster-month-end-close/');
  });

  it('gives each term link a tooltip holding the definition, described by it', () => {
    const html = fs.readFileSync(path.join(dist, 'stories/a-day-in-the-rotterdam-warehouse/index.html'), 'utf8');
    const elements = elementsOf(html);
    const links = elements.filter((e) => e.tag === 'a' && e.attributes['data-term']);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      const tip = elements.find((e) => e.attributes.id === link.attributes['aria-describedby']);
      expect(tip?.attributes).toMatchObject({ role: 'tooltip', popover: 'hint' });
      expect(link.attributes.interestfor).toBe(link.attributes['aria-describedby']);
    }
  });
});
