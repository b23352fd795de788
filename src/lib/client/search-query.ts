/** The search page's state as it lives in the address bar, so any search can be shared as a link. */

export interface SearchQuery {
  text: string;
  /** Selected facet values by facet name; a result matches any value within a facet, and every facet. */
  filters: Record<string, string[]>;
  newestFirst: boolean;
}

export function readSearchQuery(search: string, facetNames: readonly string[]): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of facetNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { text: params.get('q')?.trim() ?? '', filters, newestFirst: params.get('sort') === 'newest' };
}

export function writeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  for (const [name, values] of Object.entries(query.filters)) for (const value of values) params.append(name, value);
  if (query.newestFirst) params.set('sort', 'newest');
  const encoded = params.toString();
  return encoded ? `?${encoded}` : '';
}

export function hasSearchInput(query: SearchQuery): boolean {
  return query.text !== '' || Object.values(query.filters).some((values) => values.length > 0);
}

/** Pagefind's filter argument: any of the chosen values within a facet. */
export function pagefindFilters(filters: SearchQuery['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length)
      .map(([name, values]) => [name, { any: values }]),
  );
}

export function toggleFilter(query: SearchQuery, name: string, value: string): SearchQuery {
  const current = query.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...query.filters, [name]: next };
  if (next.length === 0) delete filters[name];
  return { ...query, filters };
}

/** Facet values in the order a reader scans them: months newest first, everything else A–Z. */
export function orderFacetValues(name: string, values: readonly string[], locale: string): string[] {
  if (name === 'month') return [...values].sort((a, b) => b.localeCompare(a));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...values].sort(collator.compare);
}
