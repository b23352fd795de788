/** Which of a folder's problems `npm run check -- <file>…` shows: those in the files named, and those they cause. */
import path from 'node:path';
import type { ContentProblem } from '../content/problems.ts';

/** A file the contributor named, as the validator names it, with the ids of the entries it holds. */
export interface NamedFile {
  /** Absolute path, spelt as the validator spells the folder's files (the content folder joined with its name). */
  file: string;
  /** The entry ids it holds: one for an entry file, all of them for a collection folder, none for site.yaml. */
  ids: readonly string[];
  /** A folder stands for every file inside it. */
  isFolder?: boolean;
}

export interface ProblemsOfFiles {
  /** Problems in the named files, and problems in other files that name one of their ids. */
  shown: ContentProblem[];
  /** Every other problem of the folder, counted in one line so nobody mistakes them for their own. */
  rest: ContentProblem[];
}

function isIn(problemFile: string, named: NamedFile, cwd: string): boolean {
  const file = path.resolve(cwd, problemFile);
  if (file === named.file) return true;
  return named.isFolder === true && file.startsWith(`${named.file}${path.sep}`);
}

/**
 * Whether a message names `id`: the validator quotes ids ("ada" is not in people/ → did you mean "ada-okafor"?;
 * has the same id "ada" as …), and writes a manager loop as ids between arrows (a → b → a → remove …).
 */
export function messageNamesId(message: string, id: string): boolean {
  if (message.includes(`"${id}"`)) return true;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:: | → )${escaped}(?= → )`).test(message);
}

/**
 * Splits the folder's problems into those to show for the named files and the rest.
 *
 * A problem elsewhere counts as caused by a named file when its message names one of that file's ids. The
 * exact answer would compare the folder with and without the contributor's changes, but the folder on disk
 * has no "without": git may not be there, and a new file has no earlier version. Every problem one entry
 * can cause in another goes through its id (a reference to it that now fails or suggests it, an id it now
 * shares, a manager loop through it), and the validator's messages quote ids, so the message is where to
 * look. It can show a little too much (another file's problem that merely suggests this id), never too little
 * of what the id causes; a problem that stands alone in another file stays in the rest.
 */
export function problemsOfFiles(
  problems: readonly ContentProblem[],
  named: readonly NamedFile[],
  cwd = process.cwd(),
): ProblemsOfFiles {
  const ids = [...new Set(named.flatMap((n) => n.ids))];
  const shown: ContentProblem[] = [];
  const rest: ContentProblem[] = [];
  for (const problem of problems) {
    const mine = named.some((n) => isIn(problem.file, n, cwd)) || ids.some((id) => messageNamesId(problem.message, id));
    (mine ? shown : rest).push(problem);
  }
  return { shown, rest };
}
