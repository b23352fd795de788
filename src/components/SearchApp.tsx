/** The search page: a query box, facet checkboxes and results, all kept in the address bar. */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { loadPagefind, type Pagefind, type PagefindResultData } from '../lib/client/pagefind.ts';
import {
  hasSearchInput,
  orderFacetValues,
  pagefindFilters,
  readSearchQuery,
  toggleFilter,
  writeSearchQuery,
  type SearchQuery,
} from '../lib/client/search-query.ts';
import './SearchApp.css';

interface Props {
  /** Where Pagefind's bundle is served, e.g. `/it/pagefind/`. */
  bundlePath: string;
  /** The site's base path, prefixed to result URLs. */
  baseUrl: string;
  /** Facet names and their labels, in display order. */
  facets: Record<string, string>;
  locale: string;
}

type Counts = Record<string, Record<string, number>>;

const MAX_RESULTS = 30;
const EMPTY_QUERY: SearchQuery = { text: '', filters: {}, newestFirst: false };

function facetValueLabel(name: string, value: string, locale: string): string {
  if (name !== 'month') return value;
  const [year, month] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1)),
  );
}

export default function SearchApp({ bundlePath, baseUrl, facets, locale }: Props) {
  const [query, setQuery] = useState<SearchQuery>(EMPTY_QUERY);
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [counts, setCounts] = useState<Counts>({});
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLOListElement>(null);
  const pagefindRef = useRef<Pagefind | null>(null);
  const latestSearch = useRef(0);
  const inputId = useId();
  const facetNames = Object.keys(facets);

  const runSearch = useCallback(
    async (next: SearchQuery) => {
      const ticket = ++latestSearch.current;
      const pagefind = pagefindRef.current ?? (pagefindRef.current = await loadPagefind(bundlePath, baseUrl));
      if (!hasSearchInput(next)) {
        const totals = await pagefind.filters();
        if (ticket !== latestSearch.current) return;
        setCounts(totals);
        setResults([]);
        setStatus('ready');
        return;
      }
      const found = await pagefind.search(next.text || null, {
        filters: pagefindFilters(next.filters),
        ...(next.newestFirst ? { sort: { date: 'desc' } } : {}),
      });
      const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latestSearch.current) return;
      setCounts(found.filters);
      setResults(shown);
      setStatus('ready');
    },
    [bundlePath, baseUrl],
  );

  const update = useCallback(
    (next: SearchQuery) => {
      setQuery(next);
      window.history.replaceState(null, '', `${window.location.pathname}${writeSearchQuery(next)}`);
      runSearch(next).catch(() => setStatus('failed'));
    },
    [runSearch],
  );

  useEffect(() => {
    const fromAddress = readSearchQuery(window.location.search, facetNames);
    // Words typed into the box before this code arrived are not lost.
    const typed = inputRef.current?.value.trim() ?? '';
    const initial = fromAddress.text || !typed ? fromAddress : { ...fromAddress, text: typed };
    setQuery(initial);
    setStatus('loading');
    runSearch(initial).catch(() => setStatus('failed'));
    if (!initial.text) inputRef.current?.focus();
    // Only on first load: later changes come through update().
  }, []);

  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  const resultLinks = () =>
    Array.from(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-result-link') ?? []);

  const moveThroughResults = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(current + 1, links.length - 1) : current - 1;
    if (next < 0) inputRef.current?.focus();
    else links[next]!.focus();
  };

  const searching = hasSearchInput(query);
  const summary =
    status === 'failed'
      ? 'Search is not available right now. Try again in a moment.'
      : !searching
        ? 'Type a name, a topic or a word, or pick a filter.'
        : status !== 'ready'
          ? 'Searching…'
          : results.length === 0
            ? `Nothing found${query.text ? ` for “${query.text}”` : ''}. Try fewer words or fewer filters.`
            : `${results.length === MAX_RESULTS ? `The first ${MAX_RESULTS}` : results.length} result${results.length === 1 ? '' : 's'}${query.text ? ` for “${query.text}”` : ''}.`;

  return (
    <div className="search-app" onKeyDown={moveThroughResults}>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Search people, teams, strategy, wins, words and stories</label>
        <div className="search-row">
          <input
            id={inputId}
            ref={inputRef}
            type="search"
            name="q"
            value={query.text}
            autoComplete="off"
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => update({ ...query, text: event.target.value })}
          />
          <label className="search-sort">
            <input
              type="checkbox"
              checked={query.newestFirst}
              onChange={(event) => update({ ...query, newestFirst: event.target.checked })}
            />
            Newest wins and stories first
          </label>
        </div>
        <p id={`${inputId}-hint`} className="search-hint">
          Press <kbd>/</kbd> to search from anywhere on this page, <kbd>↓</kbd> <kbd>↑</kbd> to move through results,{' '}
          <kbd>Enter</kbd> to open one.
        </p>
      </form>

      <div className="search-layout">
        <aside className="search-facets" aria-label="Filters">
          {facetNames.map((name) => {
            const values = orderFacetValues(name, Object.keys(counts[name] ?? {}), locale);
            const chosen = query.filters[name] ?? [];
            const shown = values.filter((value) => (counts[name]?.[value] ?? 0) > 0 || chosen.includes(value));
            if (shown.length === 0) return null;
            return (
              <fieldset key={name}>
                <legend>{facets[name]}</legend>
                {shown.map((value) => (
                  <label key={value}>
                    <input
                      type="checkbox"
                      name={name}
                      value={value}
                      checked={chosen.includes(value)}
                      onChange={() => update(toggleFilter(query, name, value))}
                    />
                    {facetValueLabel(name, value, locale)}{' '}
                    <span className="search-count">({counts[name]?.[value] ?? 0})</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </aside>

        <section className="search-results" aria-label="Results">
          <p className="search-summary" role="status">
            {summary}
          </p>
          <ol ref={resultsRef}>
            {results.map((result) => (
              <li key={result.url} className="search-result">
                {result.meta.image ? (
                  <img
                    src={result.meta.image}
                    alt={result.meta.image_alt ?? ''}
                    width={48}
                    height={48}
                    loading="lazy"
                  />
                ) : (
                  <span className="search-type-mark" aria-hidden="true">
                    {(result.filters.type?.[0] ?? '?').charAt(0)}
                  </span>
                )}
                <div>
                  <a className="search-result-link" href={result.url}>
                    {result.meta.title}
                  </a>
                  <span className="search-type">{result.filters.type?.[0]}</span>
                  {result.meta.summary && <p className="search-result-summary">{result.meta.summary}</p>}
                  {query.text && <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />}
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
