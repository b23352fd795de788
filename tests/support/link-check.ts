/**
 * Checks a built site: every internal link and asset resolves to a file, fragment links point at an
 * element that exists, and nothing is loaded from another host. Runs over `dist/` in `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { htmlFilesIn } from '../../src/lib/build/site-files-fs.ts';

interface HtmlNode {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

export interface SiteProblem {
  page: string;
  problem: string;
}

interface PageLinks {
  ids: Set<string>;
  /** URLs a reader follows: a, area, form. */
  links: string[];
  /** URLs the browser loads by itself: scripts, styles, images, frames, fonts. */
  loads: string[];
}

function readPage(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), links: [], loads: [] };
  const visit = (node: HtmlNode) => {
    const attributes = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
    if (attributes.id) page.ids.add(attributes.id);
    const tag = node.nodeName;
    if ((tag === 'a' || tag === 'area') && attributes.href) page.links.push(attributes.href);
    if (tag === 'form' && attributes.action) page.links.push(attributes.action);
    if (['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'track'].includes(tag) && attributes.src)
      page.loads.push(attributes.src);
    if (attributes.srcset) page.loads.push(...attributes.srcset.split(',').map((c) => c.trim().split(/\s+/)[0]!));
    if (
      tag === 'link' &&
      attributes.href &&
      /\b(stylesheet|icon|preload|modulepreload|manifest|prefetch)\b/.test(attributes.rel ?? '')
    )
      page.loads.push(attributes.href);
    if (tag === 'object' && attributes.data) page.loads.push(attributes.data);
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as HtmlNode);
  return page;
}

/** The file a site-absolute path is served from, as a static host resolves it. */
function servedFile(site: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  return [path.join(site, relative), path.join(site, relative, 'index.html')].find(
    (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
  );
}

/** `site` is the built folder; `origin` and `base` are where it is served, e.g. `https://intranet.example.com` and `/it/`. */
export function checkBuiltSite(site: string, origin: string, base: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const pages = new Map(htmlFilesIn(site).map((file) => [file, readPage(fs.readFileSync(file, 'utf8'))]));
  const pageUrl = (file: string) => new URL(`${base}${path.relative(site, file).replace(/index\.html$/, '')}`, origin);
  for (const [file, page] of pages) {
    const here = pageUrl(file);
    const name = path.relative(site, file);
    for (const load of page.loads) {
      const url = new URL(load, here);
      if (url.protocol === 'data:') continue;
      if (url.origin !== here.origin) problems.push({ page: name, problem: `loads ${load} from another host` });
      else if (!servedFile(site, base, url.pathname))
        problems.push({ page: name, problem: `loads ${load}, which is not in the site` });
    }
    for (const link of page.links) {
      const url = new URL(link, here);
      if (url.origin !== here.origin) continue;
      const target = servedFile(site, base, url.pathname);
      if (!target) {
        problems.push({ page: name, problem: `links to ${link}, which is not in the site` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPage = pages.get(target);
      if (fragment && targetPage && !targetPage.ids.has(fragment))
        problems.push({
          page: name,
          problem: `links to ${link}, but ${path.relative(site, target)} has no element with id "${fragment}"`,
        });
    }
  }
  return problems;
}
