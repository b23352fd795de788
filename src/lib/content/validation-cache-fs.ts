/**
 * What validating a folder again in `npm run dev` can take from the last time: the checks of entries whose
 * file reads the same, and the plain-language findings of texts already read under the same glossary. The
 * folder-wide checks (references, duplicates, tables) always run again; they are the cheap part. Measured on
 * the demo: 175–220 ms for the whole folder, of which the entries' own checks and the prose reading were 90%.
 */
import fs from 'node:fs';
import { picturesStamp } from './files-fs.ts';
import type { ContentProblem } from './problems.ts';
import type { CollectionName } from './registry.ts';
import { validateEntry, type EntryCheck } from './validate-entry-fs.ts';

/** A text's jargon and reading grade, as the prose check found them. */
export interface ProseFindings {
  problems: ContentProblem[];
  /** The grade, for texts long enough to be graded. */
  level?: { grade: number; words: number };
}

export interface ValidationCache {
  /** The folder's pictures (name, size, time) at the last validation: entry checks look at them. */
  pictures?: string;
  entries: Map<string, { collection: CollectionName; link: boolean; text: string | undefined; check: EntryCheck }>;
  prose: Map<string, { key: string; findings: ProseFindings }>;
}

export function createValidationCache(): ValidationCache {
  return { entries: new Map(), prose: new Map() };
}

/** Called once per validation: a picture added, changed or removed means every entry is checked again. */
export function notePictures(cache: ValidationCache, folder: string): void {
  const pictures = picturesStamp(folder);
  if (pictures !== cache.pictures) cache.entries.clear();
  cache.pictures = pictures;
}

function readAsIs(file: string): { link: boolean; text: string | undefined } {
  try {
    return { link: fs.lstatSync(file).isSymbolicLink(), text: fs.readFileSync(file, 'utf8') };
  } catch {
    return { link: false, text: undefined };
  }
}

/** An entry's check, taken from the cache when its file reads as it did (and is still a link or not). */
export async function cachedEntryCheck(
  cache: ValidationCache | undefined,
  collection: CollectionName,
  file: string,
  root: string,
): Promise<EntryCheck> {
  if (!cache) return validateEntry(collection, file, root);
  const now = readAsIs(file);
  const kept = cache.entries.get(file);
  if (kept && kept.collection === collection && kept.link === now.link && kept.text === now.text && now.text)
    return kept.check;
  const check = await validateEntry(collection, file, root);
  cache.entries.set(file, { collection, ...now, check });
  return check;
}

/** Prose findings for `text`, taken from the cache when the same text was read under the same rules. */
export async function cachedProseFindings(
  cache: ValidationCache | undefined,
  file: string,
  text: string,
  rules: string,
  find: () => Promise<ProseFindings>,
): Promise<ProseFindings> {
  if (!cache) return find();
  const key = `${rules}\0${text}`;
  const kept = cache.prose.get(file);
  if (kept?.key === key) return kept.findings;
  const findings = await find();
  cache.prose.set(file, { key, findings });
  return findings;
}

/** Entries gone from the folder are forgotten, so a long dev session does not hold every file ever seen. */
export function forgetAllBut(cache: ValidationCache, files: ReadonlySet<string>): void {
  for (const file of cache.entries.keys()) if (!files.has(file)) cache.entries.delete(file);
  for (const file of cache.prose.keys()) if (!files.has(file)) cache.prose.delete(file);
}
