/**
 * The content folder's glossary as the Markdown and MDX pipelines link it, read from the term files through
 * the one validator (src/lib/content/validate-entry-fs.ts). Read once per build; in `npm run dev` the
 * glossary integration calls `forgetGlossary()` when a term file changes.
 */
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
  const checks = await Promise.all(files.map((file) => validateEntry('glossary', file)));
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

export function linkableGlossary(folder: string, base: string): Promise<LinkableGlossary> {
  const key = `${folder}\0${base}`;
  if (read?.key !== key) read = { key, glossary: readGlossary(folder, base) };
  return read.glossary;
}

/** A term file changed: the next page rendered reads the glossary again. */
export function forgetGlossary(): void {
  read = undefined;
}
