import { describe, expect, it } from 'vitest';
import {
  hasSearchInput,
  orderFacetValues,
  pagefindFilters,
  readSearchQuery,
  toggleFilter,
  writeSearchQuery,
} from '../../../src/lib/client/search-query.ts';

const facets = ['type', 'department', 'team', 'month'];

describe('a search in the address bar', () => {
  it('reads the words, the chosen facet values and the sort from ?q=', () => {
    expect(
      readSearchQuery('?q=payroll+system&type=Person&department=Finance&department=Sales&sort=newest&utm=x', facets),
    ).toEqual({
      text: 'payroll system',
      filters: { type: ['Person'], department: ['Finance', 'Sales'] },
      newestFirst: true,
    });
  });

  it('writes back what it read, so a shared link reopens the same search', () => {
    const query = { text: 'month-end', filters: { department: ['Finance & Legal'] }, newestFirst: false };
    expect(readSearchQuery(writeSearchQuery(query), facets)).toEqual(query);
    expect(writeSearchQuery({ text: '', filters: {}, newestFirst: false })).toBe('');
  });

  it('toggles a facet value on and off, dropping empty facets', () => {
    const on = toggleFilter({ text: '', filters: {}, newestFirst: false }, 'type', 'Win');
    expect(on.filters).toEqual({ type: ['Win'] });
    expect(hasSearchInput(on)).toBe(true);
    expect(toggleFilter(on, 'type', 'Win').filters).toEqual({});
  });

  it('asks Pagefind for any of the chosen values within a facet', () => {
    expect(pagefindFilters({ department: ['Finance', 'Sales'], team: [] })).toEqual({
      department: { any: ['Finance', 'Sales'] },
    });
  });

  it('lists months newest first and other facets alphabetically', () => {
    expect(orderFacetValues('month', ['2026-08', '2026-10', '2026-09'], 'en-GB')).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
    ]);
    expect(orderFacetValues('department', ['sales', 'Finance', 'Église'], 'fr-FR')).toEqual([
      'Église',
      'Finance',
      'sales',
    ]);
  });
});
