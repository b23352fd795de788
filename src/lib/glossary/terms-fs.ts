/**
 * The content folder's glossary as the Markdown and MDX pipelines link it, read from the term files through
 * the one validator (src/lib/content/validate-entry-fs.ts). Read once per build; in `npm run dev` read again
 * whenever a term file has changed (its size or time), so a page rendered after an edit links by the edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../content/registry.ts';
import { entryFilesIn } from '../content/files-fs.ts';
import { validateEntry } from '../content/validate-entry-fs.ts';
import { createLinks } from '../site/links.ts';
import { glossaryMatcher, type GlossaryTermData, type LinkableTerm } from './mentions.ts';
import type { TermMatcher } from './matcher.ts';

export interface LinkableGlossary {
  matcher: TermMatcher;
  terms: Map<string, LinkableTerm>;
}

let read: { key: string; glossary: Promise<LinkableGlossary> } | undefined;

async function readGlossary(folder: string, base: string): Promise<LinkableGlossary> {
  const files = entryFilesIn(path.join(folder, 'glossary'), COLLECTIONS.glossary.extensions);
  const checks = await Promise.all(files.map((file) => validateEntry('glossary', file, folder)));
  // A term with problems is left out here: the content loaders stop the build on it, with its lines.
  const terms = checks
    .filter((c) => c.problems.length === 0)
    .map(({ entry }) => ({ id: entry.id, data: entry.fields as unknown as GlossaryTermData & { definition: string } }));
  const links = createLinks(base);
  return {
    matcher: glossaryMatcher(terms),
    terms: new Map(terms.map((t) => [t.id, { href: links.term(t.id), definition: t.data.definition }])),
  };
}

let watching = false;

/** In `npm run dev`: look at the term files before each use (a directory listing and a stat per term). */
export function watchGlossaryFiles(): void {
  watching = true;
}

function termFilesNow(folder: string): string {
  const files = entryFilesIn(path.join(folder, 'glossary'), COLLECTIONS.glossary.extensions);
  return files
    .map((file) => {
      const { mtimeMs, size } = fs.statSync(file);
      return `${file}:${mtimeMs}:${size}`;
    })
    .join('\0');
}

export function linkableGlossary(folder: string, base: string): Promise<LinkableGlossary> {
  const key = `${folder}\0${base}\0${watching ? termFilesNow(folder) : ''}`;
  if (read?.key !== key) read = { key, glossary: readGlossary(folder, base) };
  return read.glossary;
}
