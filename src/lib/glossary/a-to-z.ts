/** The A–Z of the glossary: terms under their first letter, with every letter of the bar present even when empty. */
import type { GlossaryTerm } from '../organisation/organisation.ts';

export const LATIN_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** Terms starting with a digit, a symbol or a letter outside A–Z are filed here. */
export const OTHER_HEADING = '#';

export interface LetterGroup {
  letter: string;
  terms: GlossaryTerm[];
}

/** "Ébauche" files under E, "SLA" under S, "3-way match" and "見積" under #. */
export function letterOf(term: string): string {
  const first = term.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase('en');
  return LATIN_LETTERS.includes(first) ? first : OTHER_HEADING;
}

export function glossaryByLetter(terms: readonly GlossaryTerm[]): LetterGroup[] {
  const groups = new Map<string, GlossaryTerm[]>([...LATIN_LETTERS, OTHER_HEADING].map((letter) => [letter, []]));
  for (const term of terms) groups.get(letterOf(term.data.term))!.push(term);
  return [...groups.entries()].map(([letter, grouped]) => ({ letter, terms: grouped }));
}

/** Every other way a term is written, linked automatically or not, as its page and the A to Z list it. */
export function alsoWritten(term: {
  data: { aliases: readonly string[]; unlinkedAliases?: readonly string[] };
}): string[] {
  return [...term.data.aliases, ...(term.data.unlinkedAliases ?? [])];
}
