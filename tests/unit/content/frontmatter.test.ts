import { describe, expect, it } from 'vitest';
import { entryIdOf, readFrontmatter } from '../../../src/lib/content/frontmatter.ts';

const problemOf = (text: string) => {
  const read = readFrontmatter('ada.md', text);
  if (!('message' in read)) throw new Error('expected a problem');
  return `${read.line}: ${read.message}`;
};

describe('reading frontmatter', () => {
  it.each([
    [
      'a quote never closed, at the line that opened it',
      '---\nname: "Ada\nrole: x\nteam: y\n---\n',
      /^2: .*a quote opened on this line is never closed/,
    ],
    [
      'a bracket never closed, at the line that opened it',
      '---\nname: Ada\naskMeAbout: [a, b\nteam: y\n---\n',
      /^3: .*a \[ or \{ opened on this line is never closed/,
    ],
    [
      'text starting with @, at its own line',
      '---\nname: Ada\nrole: x\nchat: @ada\n---\n',
      /^4: .*quote text containing ": " or starting with @/,
    ],
    ['a value holding ": "', '---\nname: Ada\nrole: Lead: IT\n---\n', /^3: .*bad indentation/],
    [
      'a field written twice, at the second',
      '---\nname: Ada\nrole: x\nrole: y\n---\n',
      /^4: .*a field is written twice → keep one of them/,
    ],
    ['a tab for indentation', '---\nname: Ada\nserves:\n\t- a\n---\n', /^4: .*indent with spaces/],
  ])('reports %s', (_, text, expected) => {
    expect(problemOf(text)).toMatch(expected);
  });

  it('keeps dates as the text written, so the schema can refuse a day that does not exist', () => {
    const read = readFrontmatter('ada.md', '---\njoined: 2026-02-30\n---\nBody');
    expect(read).toMatchObject({ data: { joined: '2026-02-30' }, body: 'Body' });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readFrontmatter('ada.md', '\ufeff---\nname: Ada\n---\n')).toMatchObject({ data: { name: 'Ada' } });
  });
});

describe('entry ids', () => {
  it('are the file name as a slug, one id however an accent was typed', () => {
    expect(entryIdOf('Ada Okafor.md')).toBe('ada-okafor');
    expect(entryIdOf('Jos\u00e9.md')).toBe(entryIdOf('Jose\u0301.md'));
  });
});
