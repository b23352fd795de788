import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contributorMarkdownProcessor } from '../../../src/integrations/markdown-processors.ts';
import type { MdastNode } from '../../../src/lib/markdown/mdx.ts';
import { createTermMatcher } from '../../../src/lib/glossary/matcher.ts';
import { planTermLinks, termsMentioned, type LinkableTerm } from '../../../src/lib/glossary/mentions.ts';

const matcher = createTermMatcher([
  { termId: 'sla', phrase: 'SLA' },
  { termId: 'sla', phrase: 'service level agreement' },
  { termId: 'api', phrase: 'API' },
]);
const terms = new Map<string, LinkableTerm>([
  ['sla', { href: '/it/glossary/sla/', definition: 'A promise about how fast we respond.' }],
  ['api', { href: '/it/glossary/api/', definition: 'A way for systems to talk.' }],
]);

const tree = (mdx: string) => mdxToMdast(mdx) as unknown as MdastNode;

/** The words each planned link covers, and where it goes. */
function linksPlanned(mdx: string, linkable = terms): string[] {
  return planTermLinks(tree(mdx), matcher, linkable).flatMap(({ replacement }) =>
    replacement
      .filter((node) => node.type === 'link')
      .map((link) => `${link.children![0]!.value} → ${(link as { url?: string }).url}`),
  );
}

describe('linking glossary terms in a body', () => {
  it('links the first mention of each term only', () => {
    expect(linksPlanned('Our SLA says one hour. The SLA is reviewed yearly, as is the API.')).toEqual([
      'SLA → /it/glossary/sla/',
      'API → /it/glossary/api/',
    ]);
  });

  it('links an alias to its term, matching any case, and whole words only', () => {
    expect(linksPlanned('Read the Service Level Agreement.')).toEqual(['Service Level Agreement → /it/glossary/sla/']);
    expect(linksPlanned('SLAs, APIs and rapid replies.')).toEqual([]);
  });

  it('leaves headings, links, code, quotes and component code alone, and links the prose after them', () => {
    const body =
      '## The SLA\n\n[our SLA](/x) and `SLA` and\n\n```\nAPI\n```\n\n> The SLA, they said.\n\n{"SLA"}\n\nFinally the SLA.';
    expect(linksPlanned(body)).toEqual(['SLA → /it/glossary/sla/']);
    const [plan] = planTermLinks(tree(body), matcher, terms);
    expect(plan!.text.value).toBe('Finally the SLA.');
  });

  it('links inside a callout, which is prose, but not inside a <Term>, which is a link already', () => {
    expect(linksPlanned('<Callout>Check the SLA.</Callout>')).toEqual(['SLA → /it/glossary/sla/']);
    expect(linksPlanned('Our <Term id="sla">service level</Term> and the SLA.')).toEqual([]);
  });

  it('leaves out terms that opted out of automatic linking', () => {
    const onlyApi = new Map([...terms].filter(([id]) => id === 'api'));
    expect(linksPlanned('Our SLA and API.', onlyApi)).toEqual(['API → /it/glossary/api/']);
  });
});

describe('which terms a body uses', () => {
  it('counts mentions in prose and <Term> uses, by the same rule as the links', () => {
    const body = '# SLA\n\nSee `API` and [the API](/x).\n\n```\nSLA\n```\n\nWe use a <Term id="api">way in</Term>.';
    expect([...termsMentioned(tree(body), matcher, true)]).toEqual(['api']);
    expect([...termsMentioned(tree('Our service level agreement.'), matcher, true)]).toEqual(['sla']);
    expect([...termsMentioned(tree('Our service level agreement.'), matcher, false)]).toEqual([]);
  });
});

describe('the Markdown pipeline', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-pipeline-'));
  fs.mkdirSync(path.join(folder, 'glossary'));
  fs.writeFileSync(
    path.join(folder, 'glossary/sla.md'),
    '---\nterm: SLA\ndefinition: A promise about how fast we respond.\n---\n',
  );
  const render = async (file: string, text: string) => {
    const renderer = await contributorMarkdownProcessor({ folder: () => folder, base: '/it/' }).createRenderer({});
    const [, frontmatter = '', body = text] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    return (
      await renderer.render(body, {
        frontmatter: frontmatter.includes('glossary: false') ? { glossary: false } : {},
        fileURL: pathToFileURL(path.join(folder, file)),
      })
    ).code;
  };

  it('links a term in a department page, with a tooltip the sanitiser keeps', async () => {
    const html = await render('departments/finance.md', 'We agree an SLA with you.');
    expect(html).toContain(
      '<a href="/it/glossary/sla/" class="term" data-term="sla" interestfor="user-content-term-sla-1" aria-describedby="user-content-term-sla-1">SLA</a><span class="term-tip" id="user-content-term-sla-1" popover="hint" role="tooltip">A promise about how fast we respond.</span>',
    );
  });

  it('publishes no picture from another host, even one that got past the check', async () => {
    const html = await render(
      'people/ada.md',
      'Hi <img src="https://tracker.example/p.png" alt="p"> <picture><source srcset="https://tracker.example/q.png"></picture>',
    );
    expect(html).not.toContain('tracker.example');
  });

  it('leaves profiles and pages that opted out unlinked', async () => {
    expect(await render('people/ada.md', 'I look after the SLA.')).not.toContain('data-term');
    expect(
      await render('departments/finance.md', '---\nglossary: false\n---\nWe agree an SLA with you.'),
    ).not.toContain('data-term');
  });
});
