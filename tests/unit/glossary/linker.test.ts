import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../../src/lib/glossary/matcher.ts';
import { linkGlossaryTerms, type LinkableTerm } from '../../../src/lib/glossary/linker.ts';
import { linkableProse, termsUsedIn } from '../../../src/lib/glossary/mentions.ts';

const matcher = createTermMatcher([
  { termId: 'sla', phrase: 'SLA' },
  { termId: 'sla', phrase: 'service level agreement' },
  { termId: 'api', phrase: 'API' },
]);
const terms = new Map<string, LinkableTerm>([
  ['sla', { href: '/it/glossary/sla/', definition: 'A promise about how fast we respond.' }],
  ['api', { href: '/it/glossary/api/', definition: 'A way for systems to talk.' }],
]);

const page = (prose: string, autolink = 'on') =>
  `<!DOCTYPE html><html><head><title>t</title></head><body><nav>SLA</nav><main><h1>SLA</h1><div class="prose" data-glossary-autolink="${autolink}">${prose}</div></main></body></html>`;

function linksIn(html: string): string[] {
  return [...html.matchAll(/<a class="term" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);
}

describe('linking glossary terms on a page', () => {
  it('links the first mention of each term only, with its definition as a tooltip', () => {
    const { html, linked } = linkGlossaryTerms(page('<p>Our SLA says one hour. The SLA is reviewed yearly, as is the API.</p>'), matcher, terms);
    expect(linked).toEqual(['sla', 'api']);
    expect(linksIn(html)).toEqual(['SLA → /it/glossary/sla/', 'API → /it/glossary/api/']);
    expect(html).toContain(
      '<a class="term" href="/it/glossary/sla/" data-term="sla" interestfor="term-sla-1" aria-describedby="term-sla-1">SLA</a><span class="term-tip" id="term-sla-1" popover="hint" role="tooltip">A promise about how fast we respond.</span> says one hour. The SLA is reviewed',
    );
  });

  it('links an alias to its term, matching any case', () => {
    const { html } = linkGlossaryTerms(page('<p>Read the Service Level Agreement.</p>'), matcher, terms);
    expect(linksIn(html)).toEqual(['Service Level Agreement → /it/glossary/sla/']);
  });

  it('matches whole words only', () => {
    const { linked } = linkGlossaryTerms(page('<p>SLAs, APIs and rapid replies.</p>'), matcher, terms);
    expect(linked).toEqual([]);
  });

  it('never links inside headings, links, code or outside the prose', () => {
    const prose = '<h2>The SLA</h2><p><a href="/x">our SLA</a> and <code>SLA</code> and <pre>API</pre></p><p>Finally the SLA.</p>';
    const { html } = linkGlossaryTerms(page(prose), matcher, terms);
    expect(linksIn(html)).toEqual(['SLA → /it/glossary/sla/']);
    expect(html).toContain('<nav>SLA</nav>');
    expect(html).toContain('<h1>SLA</h1>');
    expect(html).toContain('<h2>The SLA</h2>');
    expect(html).toContain('<p>Finally the <a class="term"');
  });

  it('does not link a term the page already links with <Term>', () => {
    const prose = '<p>Our <a class="term" href="/it/glossary/sla/" data-term="sla">service level</a> and the SLA.</p>';
    expect(linkGlossaryTerms(page(prose), matcher, terms).linked).toEqual([]);
  });

  it('leaves a page that opted out alone, returning it unchanged', () => {
    const input = page('<p>Our SLA.</p>', 'off');
    expect(linkGlossaryTerms(input, matcher, terms)).toEqual({ linked: [], html: input });
  });

  it('leaves out terms that opted out of automatic linking', () => {
    const onlyApi = new Map([...terms].filter(([id]) => id === 'api'));
    expect(linkGlossaryTerms(page('<p>Our SLA and API.</p>'), matcher, onlyApi).linked).toEqual(['api']);
  });
});

describe('which terms a page uses', () => {
  it('counts mentions in prose and <Term> uses, not headings, code or link texts', () => {
    const markdown = '# SLA\n\nSee `API` and [the API](/x).\n\n```\nSLA\n```\n\nWe use a <Term id="api">way in</Term>.';
    expect(linkableProse(markdown)).not.toMatch(/SLA|API/);
    expect([...termsUsedIn(markdown, matcher, true)]).toEqual(['api']);
    expect([...termsUsedIn('Our service level agreement.', matcher, true)]).toEqual(['sla']);
    expect([...termsUsedIn('Our service level agreement.', matcher, false)]).toEqual([]);
  });
});
