/** Files in a content folder that are not what their folder expects: stray files, and images that are missing or of the wrong kind. */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problems.ts';
import { lineOfField } from './schema-problems.ts';
import { closestMatch } from './closest-match.ts';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Whether a collection folder holds any entry file; an organisation may leave optional ones out. */
export function hasEntryFiles(folder: string, entryExtensions: readonly string[]): boolean {
  return fs.existsSync(folder) && fs.readdirSync(folder).some((file) => entryExtensions.includes(path.extname(file).toLowerCase()));
}

/** Files in a collection folder that the loader would pass over without a word. */
export function findStrayFiles(folder: string, collection: string, entryExtensions: readonly string[]): ContentProblem[] {
  return filesBelow(folder).flatMap((file): ContentProblem[] => {
    const extension = path.extname(file).toLowerCase();
    if (entryExtensions.includes(extension) && path.dirname(file) !== folder) {
      return [
        {
          file,
          field: '',
          message: `entries sit directly in ${collection}/, not in a folder inside it (the file name is the page's address) → move it to ${collection}/${path.basename(file)}`,
        },
      ];
    }
    if (entryExtensions.includes(extension) || IMAGE_EXTENSIONS.has(extension)) return [];
    if (extension === '.mdx' && collection === 'people') {
      return [
        {
          file,
          field: '',
          message: `profiles are Markdown, not MDX (MDX can run code) → rename it to ${path.basename(file, extension)}.md and remove any import or JSX`,
        },
      ];
    }
    return [
      {
        file,
        field: '',
        message: `is not read: ${collection}/ holds ${entryExtensions.join(' or ')} entries and their images → rename it or move it out of the folder`,
      },
    ];
  });
}



/**
 * An image field naming a file that is not there or is of a kind the field does not take,
 * with the closest image file in that folder as the fix.
 */
export function findImageProblem(
  entryFile: string,
  field: string,
  value: unknown,
  extensions: readonly string[] = [...IMAGE_EXTENSIONS],
): ContentProblem | undefined {
  if (typeof value !== 'string' || /^[a-z]+:/i.test(value) || value.startsWith('/')) return undefined;
  const folder = path.dirname(entryFile);
  const lineOf = () => (fs.existsSync(entryFile) ? lineOfField(fs.readFileSync(entryFile, 'utf8'), field) : undefined);
  const extension = path.extname(value).toLowerCase();
  if (!extensions.includes(extension)) {
    const line = lineOf();
    return {
      file: entryFile,
      ...(line ? { line } : {}),
      field,
      message: `"${value}" is a ${extension || 'file without an extension'}, this field takes ${extensions.join(', ')} → save the picture as JPEG or PNG`,
    };
  }
  if (fs.existsSync(path.resolve(folder, value))) return undefined;
  const images = fs.readdirSync(folder).filter((name) => IMAGE_EXTENSIONS.has(path.extname(name).toLowerCase()));
  const suggestion = closestMatch(path.basename(value), images);
  const line = lineOf();
  return {
    file: entryFile,
    ...(line ? { line } : {}),
    field,
    message: `"${value}" is not a file beside ${path.basename(entryFile)} → ${
      suggestion
        ? `did you mean "./${suggestion}"?`
        : `put the image in the same folder and write ./ and its name${images.length ? ` (images there: ${images.slice(0, 5).join(', ')})` : ''}`
    }`,
  };
}
