import { describe, expect, it } from 'vitest';
import { onThisPage, sectionId } from '../../../src/lib/site/headings.ts';

describe('"On this page"', () => {
  it('lists sections above the body, its h2 and h3 headings, then the sections below, in reading order', () => {
    const body = [
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'why-this-matters', text: 'Why this matters' },
      { depth: 3, slug: 'for-finance', text: 'For Finance' },
      { depth: 4, slug: 'detail', text: 'Detail' },
    ];
    expect(onThisPage(body, ['Wins that moved it forward', false], ['Business goals']).map((h) => h.text)).toEqual([
      'Business goals',
      'Why this matters',
      'For Finance',
      'Wins that moved it forward',
    ]);
  });

  it('links a section by the id its heading gets, in any script', () => {
    expect(sectionId('Wins that moved it forward')).toBe('wins-that-moved-it-forward');
    expect(sectionId('Was wir für euch tun')).toBe('was-wir-für-euch-tun');
    expect(sectionId('我们的团队')).toBe('我们的团队');
  });
});
