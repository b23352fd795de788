/** Builds the Pagefind search index for a built site folder and says what it cost. */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { bytesIn } from '../build/site-files-fs.ts';

export interface SearchIndexReport {
  pages: number;
  seconds: number;
  /** Bytes of the index itself (fragments, index chunks, metadata), not Pagefind's scripts. */
  indexBytes: number;
}

export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/** Pagefind's runtime (scripts, styles, WebAssembly) as opposed to the index of this site's words. */
const RUNTIME_FILE = /\.(js|css)$|^wasm\./;
/** Pagefind also writes ready-made UIs; the search page uses its own, so these are never served. */
const UNUSED_UI_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * A glossary term's tooltip repeats the definition on every page that mentions it: it belongs to the
 * term's own page, not to another page's excerpt. Excluded here, once, rather than marked in every tooltip.
 */
export const EXCLUDED_FROM_EXCERPTS = ['.term-tip'];

export async function writeSearchIndex(
  siteFolder: string,
  outputFolder = path.join(siteFolder, SEARCH_BUNDLE_FOLDER),
): Promise<SearchIndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_EXCERPTS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteFolder });
  if (added.errors.length) throw new Error(`Pagefind could not index ${siteFolder}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: outputFolder });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputFolder}: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const file of fs.readdirSync(outputFolder))
    if (UNUSED_UI_FILE.test(file)) fs.rmSync(path.join(outputFolder, file));
  return {
    pages: added.page_count,
    seconds: (performance.now() - started) / 1000,
    indexBytes: bytesIn(outputFolder, (file) => !RUNTIME_FILE.test(file)),
  };
}
