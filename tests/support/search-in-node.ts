/**
 * Runs real searches against a built site's Pagefind index in Node: Pagefind's own browser script,
 * fed its index files straight from disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind, PagefindResultData } from '../../src/lib/client/pagefind.ts';

let fileFetchInstalled = false;

function installFileFetch() {
  if (fileFetchInstalled) return;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    const file = decodeURIComponent(url.pathname);
    return fs.existsSync(file) ? new Response(fs.readFileSync(file)) : new Response(null, { status: 404 });
  };
  fileFetchInstalled = true;
}

export interface NodeSearch {
  search: (text: string | null, filters?: Record<string, string[]>) => Promise<PagefindResultData[]>;
  facets: () => Promise<Record<string, Record<string, number>>>;
}

/** Each dist gets its own copy of the module, since Pagefind keeps one index per loaded script. */
export async function openSearch(dist: string, baseUrl = '/'): Promise<NodeSearch> {
  installFileFetch();
  const bundle = path.join(dist, 'pagefind');
  const pagefind = (await import(
    `${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?dist=${encodeURIComponent(dist)}`
  )) as Pagefind;
  await pagefind.options({ basePath: `${pathToFileURL(bundle).href}/`, baseUrl });
  await pagefind.init();
  return {
    async search(text, filters = {}) {
      const any = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
      const found = await pagefind.search(text, { filters: any });
      return Promise.all(found.results.map((result) => result.data()));
    },
    facets: () => pagefind.filters(),
  };
}
