/** The files given to `npm run check -- <file>…`, found on disk and spelt as the validator spells them. */
import fs from 'node:fs';
import path from 'node:path';
import { isInside, realFolder } from '../content/files-fs.ts';

export type NamedPath = { file: string; isFolder: boolean } | { mistake: string };

/**
 * Where `given` is: absolute, else relative to `cwd`, else relative to the content folder. The answer is
 * inside `folder` as written (the validator joins the folder with each file's name), links resolved only to
 * decide whether it is inside; a mistake is one sentence with what to do.
 */
export function findNamedPath(given: string, folder: string, cwd = process.cwd()): NamedPath {
  const candidates = path.isAbsolute(given) ? [given] : [path.resolve(cwd, given), path.resolve(folder, given)];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  const shownFolder = path.relative(cwd, folder).startsWith('..') ? folder : path.relative(cwd, folder) || '.';
  const example = `e.g. npm run check -- ${path.join(shownFolder, 'people', 'your-name.md')}`;
  if (!found) return { mistake: `there is no file "${given}" → give the path of a file in ${shownFolder}, ${example}` };
  const real = fs.realpathSync(found);
  const realContent = realFolder(folder);
  if (real === realContent) return { file: folder, isFolder: true };
  if (!isInside(real, realContent)) {
    return { mistake: `"${given}" is not in the content folder (${shownFolder}) → give a file inside it, ${example}` };
  }
  const file = isInside(found, folder) ? found : path.join(folder, path.relative(realContent, real));
  return { file, isFolder: fs.statSync(found).isDirectory() };
}
