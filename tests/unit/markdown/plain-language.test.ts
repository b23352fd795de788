import { describe, expect, it } from 'vitest';
import { findAvoidedPhrases, readingLevel } from '../../../src/lib/markdown/plain-language.ts';
import { isPastReview, staleReportMarkdown } from '../../../src/lib/content/freshness.ts';

const rules = [
  { termId: 'uptime', phrases: ['five nines', '99.999% availability'], useInstead: 'works almost all the time' },
  { termId: 'sso', phrases: ['SAML'], useInstead: 'one login for every system' },
];

const page = `---
title: Faster logins
quote:
  text: We used to hate SAML.
  by: A picker
  role: Operations
---

The tablets use SAML now.
Our scanners reach FIVE NINES, at last.

> The night shift manager said: "SAML changed everything."

Run \`saml-tool --five nines\` or read [five nines](https://example.com/five-nines).

<Callout kind="tip">Ask for SAML help.</Callout>
`;

describe('IT jargon in comms prose', () => {
  it('reports each avoided phrase with its line, column and the plain wording to use', async () => {
    expect(await findAvoidedPhrases(page, rules, { mdx: true })).toEqual([
      { line: 9, column: 17, found: 'SAML', useInstead: 'one login for every system', termId: 'sso' },
      { line: 10, column: 20, found: 'FIVE NINES', useInstead: 'works almost all the time', termId: 'uptime' },
      { line: 16, column: 29, found: 'SAML', useInstead: 'one login for every system', termId: 'sso' },
    ]);
  });

  it('leaves quotes, code, links and frontmatter alone', async () => {
    const found = await findAvoidedPhrases(page, rules, { mdx: true });
    expect(found.map((f) => f.line)).not.toContain(3);
    expect(found.map((f) => f.line)).not.toContain(12);
    expect(found.map((f) => f.line)).not.toContain(14);
  });
});

describe('reading level', () => {
  it('grades plain short sentences lower than long technical ones', async () => {
    const plain = await readingLevel('We fixed the printer. It works now. Ask us if it breaks again.');
    const dense = await readingLevel(
      'Comprehensive infrastructure modernisation necessitates organisational realignment, incremental virtualisation and sophisticated orchestration capabilities across heterogeneous environments.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(dense.grade).toBeGreaterThan(15);
    expect(plain).toMatchObject({ sentences: 3, words: 13 });
  });
});

describe('review dates', () => {
  const today = new Date('2026-11-23T00:00:00Z');

  it('calls a page stale only once its review date has passed', () => {
    expect(isPastReview({ reviewBy: new Date('2026-11-22T00:00:00Z') }, today)).toBe(true);
    expect(isPastReview({ reviewBy: new Date('2026-11-23T00:00:00Z') }, today)).toBe(false);
    expect(isPastReview({}, today)).toBe(false);
  });

  it('writes the stale pages as a Markdown to-do list, oldest first', () => {
    expect(
      staleReportMarkdown(
        [
          { file: 'strategy/b.mdx', title: 'B', reviewBy: new Date('2026-09-01T00:00:00Z'), owner: 'Ada Okafor' },
          { file: 'teams/a.md', title: 'A', reviewBy: new Date('2026-01-01T00:00:00Z') },
        ],
        today,
      ),
    ).toBe(
      '# Pages to review (2026-11-23)\n\n- [ ] **A** (`teams/a.md`): due for review since 2026-01-01, no owner named\n- [ ] **B** (`strategy/b.mdx`): due for review since 2026-09-01, owner Ada Okafor\n',
    );
  });
});
