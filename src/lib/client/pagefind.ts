/** The part of Pagefind's browser API the search page uses, loaded only when someone searches. */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** The bundle is written next to the built site, after Vite has run, so it is imported by URL. */
export function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl, excerptLength: 24 });
    await pagefind.init();
    // Searches only count results per facet once the filter index is loaded; load it before the first one.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
