/**
 * One built page of every kind, found in any organisation's dist/: the fullest page of each kind (the one with
 * the most HTML), because that is where a layout breaks first. Used by the layout tests and `npm run screenshots`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { htmlFilesIn } from './site-files-fs.ts';

/** Route kinds in the order a reader meets them; a route is the page's path under the base, ending in `/`. */
export const PAGE_KINDS = [
  { kind: 'home', route: /^$/ },
  { kind: 'people', route: /^people\/$/ },
  { kind: 'person', route: /^people\/(?!org-chart\/)[^/]+\/$/ },
  { kind: 'org-chart', route: /^people\/org-chart\/$/ },
  { kind: 'teams', route: /^teams\/$/ },
  { kind: 'team', route: /^teams\/[^/]+\/$/ },
  { kind: 'departments', route: /^departments\/$/ },
  { kind: 'department', route: /^departments\/[^/]+\/$/ },
  { kind: 'strategy', route: /^strategy\/$/ },
  { kind: 'pillar', route: /^strategy\/[^/]+\/$/ },
  { kind: 'initiatives', route: /^initiatives\/$/ },
  { kind: 'initiative', route: /^initiatives\/[^/]+\/$/ },
  { kind: 'alignment', route: /^alignment\/$/ },
  { kind: 'alignment-cell', route: /^alignment\/[^/]+\/[^/]+\/$/ },
  { kind: 'wins', route: /^wins\/$/ },
  { kind: 'wins-of-a-month', route: /^wins\/\d{4}-\d{2}\/$/ },
  { kind: 'win', route: /^wins\/(?!\d{4}-\d{2}\/)[^/]+\/$/ },
  { kind: 'glossary', route: /^glossary\/$/ },
  { kind: 'term', route: /^glossary\/[^/]+\/$/ },
  { kind: 'stories', route: /^stories\/$/ },
  { kind: 'story', route: /^stories\/[^/]+\/$/ },
  { kind: 'visits', route: /^visits\/$/ },
  { kind: 'feedback', route: /^feedback\/$/ },
  { kind: 'pulse', route: /^pulse\/$/ },
  { kind: 'pace', route: /^pace\/$/ },
  { kind: 'events', route: /^events\/$/ },
  { kind: 'event', route: /^events\/[^/]+\/$/ },
  { kind: 'tools', route: /^tools\/$/ },
  { kind: 'tool', route: /^tools\/[^/]+\/$/ },
  { kind: 'search', route: /^search\/$/ },
] as const;

export type PageKind = (typeof PAGE_KINDS)[number]['kind'] | 'not-found';

export interface KindOfPage {
  kind: PageKind;
  /** The path under the site's base, URL-encoded, e.g. `people/li-jing/` or `search/?q=…`. */
  route: string;
}

/** The fullest page of every kind the site has, a search for `query`, and a page that does not exist. */
export function pageOfEveryKind(distFolder: string, query: string): KindOfPage[] {
  const sized = htmlFilesIn(distFolder)
    .filter((file) => file.endsWith(`${path.sep}index.html`))
    .map((file) => ({
      route: path.relative(distFolder, path.dirname(file)).split(path.sep).join('/'),
      bytes: fs.statSync(file).size,
    }))
    .map(({ route, bytes }) => ({ route: route ? `${route}/` : '', bytes }));
  const pages: KindOfPage[] = [];
  for (const { kind, route } of PAGE_KINDS) {
    const fullest = sized.filter((page) => route.test(page.route)).sort((a, b) => b.bytes - a.bytes)[0];
    if (!fullest) continue;
    const encoded = fullest.route.split('/').map(encodeURIComponent).join('/');
    pages.push({ kind, route: kind === 'search' ? `${encoded}?q=${encodeURIComponent(query)}` : encoded });
  }
  return [...pages, { kind: 'not-found', route: 'no-such-page/' }];
}
