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

/** Every picture in the folder by name, size and time, as one string: it differs when any picture does. */
export function picturesStamp(folder: string): string {
  if (!fs.existsSync(folder)) return '';
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && IMAGE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = fs.statSync(file, { throwIfNoEntry: false }) ?? { size: -1, mtimeMs: 0 };
      return `${file}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\0');
}

/**
 * The entry files directly in a collection folder, links among them, in name order. Hidden files (an
 * editor's `.#ada.md` lock, a `.draft.md`) are not entries.
 */
export function entryFilesIn(folder: string, entryExtensions: readonly string[]): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) =>
        !entry.name.startsWith('.') &&
        (entry.isFile() || entry.isSymbolicLink()) &&
        entryExtensions.includes(path.extname(entry.name).toLowerCase()),
    )
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

/** Whether `file` lies inside `folder` (both already resolved). */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The folder with its links resolved, as the rule "inside the content folder" reads it. */
export function realFolder(folder: string): string {
  return fs.existsSync(folder) ? fs.realpathSync(folder) : path.resolve(folder);
}

export interface ImageRule {
  /** The content folder every image must be inside. */
  root: string;
  /** The kinds of file taken; any picture by default. */
  extensions?: readonly string[];
}

export interface ImageMistake {
  /** `address`: on another site (or a javascript:/data: URL); the rest are files that cannot be used. */
  kind: 'address' | 'file';
  message: string;
}

/**
 * What is wrong with an image written in content (a photo field, a picture in a body), if anything: it
 * must be a relative path to a picture file inside the content folder, links resolved. An address on
 * another site, an absolute path, a path or link leading out of the folder, a missing file or a kind the
 * field does not take is a message saying how to put it right.
 */
export function imageMistake(
  entryFile: string,
  value: string,
  { root, extensions = [...IMAGE_EXTENSIONS] }: ImageRule,
): ImageMistake | undefined {
  const beside = path.basename(entryFile);
  // The file name to suggest: the one in the path or address, when it is a picture's name.
  const written = path.basename(value.split(/[?#]/)[0]!);
  const name = /^[\w.-]+\.(jpe?g|png|webp|avif|gif|svg)$/i.test(written) ? written : 'picture.jpg';
  const file = (message: string): ImageMistake => ({ kind: 'file', message });
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    return {
      kind: 'address',
      message: `"${value}" is an address, not a file in the content folder; pictures are never loaded from elsewhere → save it beside ${beside} and write ./${name}`,
    };
  }
  if (path.isAbsolute(value) || /^[a-zA-Z]:[\\/]/.test(value)) {
    return file(`"${value}" is an absolute path → put the picture beside ${beside} and write ./${name}`);
  }
  const extension = path.extname(value.split(/[?#]/)[0]!).toLowerCase();
  if (!extensions.includes(extension)) {
    return file(
      `"${value}" is a ${extension || 'file without an extension'}; pictures here must be ${extensions.join(', ')} → save the picture as JPEG or PNG`,
    );
  }
  const resolved = path.resolve(path.dirname(entryFile), value);
  const realRoot = realFolder(root);
  if (!isInside(resolved, path.resolve(root)) && !isInside(resolved, realRoot)) {
    return file(`"${value}" leads outside the content folder → put the picture beside ${beside} and write ./${name}`);
  }
  if (!fs.existsSync(resolved)) {
    const folder = path.dirname(entryFile);
    const images = fs.readdirSync(folder).filter((f) => IMAGE_EXTENSIONS.has(path.extname(f).toLowerCase()));
    const suggestion = closestMatch(path.basename(value), images);
    return file(
      `"${value}" is not a file beside ${beside} → ${
        suggestion
          ? `did you mean "./${suggestion}"?`
          : `put the image in the same folder and write ./ and its name${images.length ? ` (images there: ${images.slice(0, 5).join(', ')})` : ''}`
      }`,
    );
  }
  if (!isInside(fs.realpathSync(resolved), realRoot)) {
    return file(`"${value}" is a link to a file outside the content folder → copy the picture itself into the folder`);
  }
  if (!fs.statSync(resolved).isFile())
    return file(`"${value}" is a folder, not a picture → name the picture file itself`);
  return undefined;
}

/** An image field's mistake, as a problem at the field's line. */
export function findImageProblem(
  entryFile: string,
  field: string,
  value: unknown,
  rule: ImageRule,
  fileText?: string,
): ContentProblem | undefined {
  if (typeof value !== 'string') return undefined;
  const mistake = imageMistake(entryFile, value, rule);
  if (!mistake) return undefined;
  const text = fileText ?? (fs.existsSync(entryFile) ? fs.readFileSync(entryFile, 'utf8') : '');
  const line = lineOfField(text, field);
  return { file: entryFile, ...(line ? { line } : {}), field, message: mistake.message };
}

export interface PictureLimits {
  bytes: number;
  megapixels: number;
  /** What to do about a picture over the limits, as the fix after the arrow. */
  fix: string;
}

/**
 * An image field (a photo, a cover, a logo) takes a phone's photo as it comes off the phone: a 12-megapixel
 * one is 4032 × 3024 and 3–6 MB, a 48-megapixel one 8064 × 6048 and up to about 25 MB as JPEG. Pages and
 * cards publish only resized copies, so these limits guard against abuse, not heavy pages: the bytes bound
 * what a pull request adds to the repository (twice the largest phone photo), the pixels what the build
 * decodes, about 3 bytes each (100 megapixels ≈ 300 MB of memory) whatever the file's compressed size.
 * Counting pixels rather than sides refuses a small file that opens into a vast picture, and lets an
 * ordinary panorama through.
 */
export const PHOTO_LIMITS: PictureLimits = {
  bytes: 50 * 1024 * 1024,
  megapixels: 100,
  fix: "save it again as JPEG at its phone's own size (up to 48 megapixels is fine)",
};

/**
 * A picture in a body is published at its own size (Astro re-encodes a Markdown image without resizing
 * it), so it keeps to what a page can carry: 16 megapixels, the 4000 × 4000 of before.
 */
export const BODY_PICTURE_LIMITS: PictureLimits = {
  bytes: 5 * 1024 * 1024,
  megapixels: 16,
  fix: 'resize it, the page shows it at its own size (2000 pixels wide is plenty)',
};

/** What a picture's bytes may be, whatever its name says: an SVG drawing or a PDF renamed .jpg is not one. */
const PICTURE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif']);

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

/** Why a picture's bytes cannot be used, if they cannot: not a picture, or too many pixels once upright. */
async function pictureContentMistakes(picture: string, value: string, limits: PictureLimits): Promise<string[]> {
  try {
    const { autoOrient, format } = await sharp(picture).metadata();
    if (!PICTURE_FORMATS.has(format)) {
      return [
        `"${value}" holds ${format ? format.toUpperCase() : 'no picture'}, not a photo → save the picture again as JPEG or PNG`,
      ];
    }
    const { width, height } = autoOrient;
    const megapixels = (width * height) / 1_000_000;
    if (megapixels > limits.megapixels) {
      return [
        `"${value}" is ${width} × ${height} pixels (${Math.round(megapixels)} megapixels), at most ${limits.megapixels} megapixels are allowed → ${limits.fix}`,
      ];
    }
  } catch {
    return [`"${value}" is not an image that can be read → save it again as JPEG or PNG`];
  }
  return [];
}

/**
 * A picture the site publishes must be a real image of a sensible size: every way it is not, so that one
 * run names them all (too many bytes and too many pixels, or too many bytes and unreadable).
 */
export async function pictureFileMistakes(
  picture: string,
  value: string,
  limits: PictureLimits = PHOTO_LIMITS,
): Promise<string[]> {
  const bytes = fs.statSync(picture).size;
  const tooBig =
    bytes > limits.bytes
      ? [`"${value}" is ${megabytes(bytes)} MB, at most ${megabytes(limits.bytes)} MB is allowed → ${limits.fix}`]
      : [];
  return [...tooBig, ...(await pictureContentMistakes(picture, value, limits))];
}

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
  const mistakes = await pictureFileMistakes(photo, value);
  return mistakes.map((message) => ({ file: entryFile, ...(line ? { line } : {}), field, message }));
}
