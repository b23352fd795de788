/**
 * Files in a content folder that are not what their folder expects: stray files, and images that are
 * missing, of the wrong kind, unreadable or too large.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
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

/** The entry files directly in a collection folder, in name order. */
export function entryFilesIn(folder: string, entryExtensions: readonly string[]): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entryExtensions.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** Files in a collection folder that the loader would pass over without a word. */
export function findStrayFiles(
  folder: string,
  collection: string,
  entryExtensions: readonly string[],
): ContentProblem[] {
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

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 4000;

/** Photos people add by pull request must be real images of a sensible size. */
export async function findPhotoLimits(
  entryFile: string,
  field: string,
  value: unknown,
  fileText: string,
): Promise<ContentProblem[]> {
  if (typeof value !== 'string') return [];
  const photo = path.resolve(path.dirname(entryFile), value);
  if (!fs.existsSync(photo)) return [];
  const line = lineOfField(fileText, field);
  const at = { file: entryFile, ...(line ? { line } : {}), field };
  const bytes = fs.statSync(photo).size;
  if (bytes > MAX_PHOTO_BYTES) {
    return [
      {
        ...at,
        message: `"${value}" is ${(bytes / 1024 / 1024).toFixed(1)} MB, at most 5 MB is allowed → export it smaller (800 × 800 pixels is plenty)`,
      },
    ];
  }
  try {
    const { width = 0, height = 0 } = await sharp(photo).metadata();
    if (Math.max(width, height) > MAX_PHOTO_PIXELS) {
      return [
        {
          ...at,
          message: `"${value}" is ${width} × ${height} pixels, at most ${MAX_PHOTO_PIXELS} on a side → resize it (800 × 800 is plenty)`,
        },
      ];
    }
  } catch {
    return [{ ...at, message: `"${value}" is not an image that can be read → save it again as JPEG or PNG` }];
  }
  return [];
}
