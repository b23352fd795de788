/**
 * Which glossary terms a page uses: the phrases that link to each term, and the terms a page's
 * Markdown mentions, by the same rules the automatic linker follows (not in headings, code or links).
 */
import { createTermMatcher, type TermMatcher, type TermPhrase } from './matcher.ts';

export interface GlossaryTermData {
  term: string;
  aliases: readonly string[];
  autolink: boolean;
}

/** The term and its aliases, for every term that allows automatic linking. */
export function termPhrases(terms: ReadonlyArray<{ id: string; data: GlossaryTermData }>): TermPhrase[] {
  return terms.filter((t) => t.data.autolink).flatMap((t) => [t.data.term, ...t.data.aliases].map((phrase) => ({ termId: t.id, phrase })));
}

export function glossaryMatcher(terms: ReadonlyArray<{ id: string; data: GlossaryTermData }>): TermMatcher {
  return createTermMatcher(termPhrases(terms));
}

const EXPLICIT_TERM = /<Term\s+id=["']([^"']+)["']/g;

/** Markdown reduced to the prose a reader sees linked: no code, headings, link texts, HTML or components. */
export function linkableProse(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^#{1,6}\s.*$/gm, ' ')
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

/** The ids of every term a page mentions, linked automatically or with `<Term id>`. */
export function termsUsedIn(markdown: string, matcher: TermMatcher, autolink: boolean): Set<string> {
  const used = new Set([...markdown.matchAll(EXPLICIT_TERM)].map((m) => m[1]!));
  if (autolink) for (const mention of matcher.findAll(linkableProse(markdown))) used.add(mention.termId);
  return used;
}

/** Ids named by `<Term id="…">` in a page, to check they exist. */
export function explicitTermIds(markdown: string): string[] {
  return [...markdown.matchAll(EXPLICIT_TERM)].map((m) => m[1]!);
}
