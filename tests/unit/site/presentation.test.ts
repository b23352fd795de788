import { describe, expect, it } from 'vitest';
import { avatarColourFor, initialsOf } from '../../../src/lib/site/avatar.ts';
import { glossaryByLetter, letterOf } from '../../../src/lib/glossary/a-to-z.ts';
import { createLinks } from '../../../src/lib/site/links.ts';
import { formatMonth } from '../../../src/lib/site/dates.ts';
import { closestMatch } from '../../../src/lib/content/closest-match.ts';
import { term } from '../../support/factories.ts';

describe('initials avatars', () => {
  it('takes the first letters of the first and last names, in any script', () => {
    expect(initialsOf('Ada Okafor')).toBe('AO');
    expect(initialsOf('José Núñez')).toBe('JN');
    expect(initialsOf('María José de la Cruz')).toBe('MC');
    expect(initialsOf('李静')).toBe('李');
    expect(initialsOf('Σοφία Παπαδοπούλου')).toBe('ΣΠ');
    expect(initialsOf('  ')).toBe('?');
  });

  it('gives a person the same colour on every page', () => {
    expect(avatarColourFor('ada-okafor')).toBe(avatarColourFor('ada-okafor'));
    expect(avatarColourFor('ada-okafor')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the glossary A–Z', () => {
  it('files accented terms under their base letter and the rest under #', () => {
    expect(letterOf('Échéance')).toBe('E');
    expect(letterOf('sla')).toBe('S');
    expect(letterOf('3-way match')).toBe('#');
    expect(letterOf('見積')).toBe('#');
  });

  it('keeps every letter in the bar, empty or not', () => {
    const groups = glossaryByLetter([term('sla', { term: 'SLA' }), term('api', { term: 'API' })]);
    expect(groups.map((g) => g.letter)).toHaveLength(27);
    expect(groups.find((g) => g.letter === 'S')?.terms.map((t) => t.id)).toEqual(['sla']);
    expect(groups.find((g) => g.letter === 'B')?.terms).toEqual([]);
  });
});

describe('links', () => {
  it('puts every link under the base path', () => {
    const links = createLinks('/it');
    expect(links.home()).toBe('/it/');
    expect(links.person('ada-okafor')).toBe('/it/people/ada-okafor/');
    expect(links.feed()).toBe('/it/rss.xml');
  });

  it('encodes ids written in other scripts', () => {
    expect(createLinks('/').person('李静')).toBe('/people/%E6%9D%8E%E9%9D%99/');
  });
});

describe('dates', () => {
  it('names a month in the site locale', () => {
    expect(formatMonth('2026-10', 'en-GB')).toBe('October 2026');
    expect(formatMonth('2026-10', 'fr-FR')).toBe('octobre 2026');
  });
});

describe('did-you-mean suggestions', () => {
  it('suggests a close name and nothing for a distant one', () => {
    expect(closestMatch('platfrom', ['platform', 'data'])).toBe('platform');
    expect(closestMatch('marketing', ['platform', 'data'])).toBeUndefined();
  });
});
