/** Content loaders that read the organisation's content folder and refuse files that would be skipped or unsafe. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import { contentFolder, siteConfigFile } from './content-folder.ts';
import { ContentError, type ContentProblem } from './content-problems.ts';
import { imagesAsPaths } from '../schemas/fields.ts';
import { lineOfField, problemsFromSchemaIssues } from './schema-problems.ts';
import { closestMatch } from './closest-match.ts';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

/** Photos and covers are resized into several sizes; SVG cannot be, and a contributor's SVG could carry a script. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files in a collection folder that the loader would pass over without a word. */
export function findStrayFiles(folder: string, collection: string, entryExtensions: readonly string[]): ContentProblem[] {
  return filesBelow(folder).flatMap((file): ContentProblem[] => {
    const extension = path.extname(file).toLowerCase();
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

type EntrySchema = z.ZodType | ((context: SchemaContext) => z.ZodType);

/** Image fields of a collection and the file kinds each accepts. */
type ImageFields = Record<string, readonly string[]>;


/**
 * Astro stops at the first entry that fails its schema; this keeps validating the rest of the
 * collection so the contributor sees every problem in one build.
 */
function collectingParseData(
  context: LoaderContext,
  schema: EntrySchema,
  imageFields: ImageFields,
  problems: ContentProblem[],
): LoaderContext['parseData'] {
  const plainSchema = typeof schema === 'function' ? schema(imagesAsPaths) : schema;
  return async (props) => {
    const file = props.filePath ? path.resolve(props.filePath) : `${context.collection}/${props.id}`;
    const missingImages = Object.entries(imageFields).flatMap(([field, extensions]) => findImageProblem(file, field, props.data[field], extensions) ?? []);
    if (missingImages.length) {
      problems.push(...missingImages);
      return props.data;
    }
    try {
      return await context.parseData(props);
    } catch (error) {
      const fileText = props.filePath && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const result = plainSchema.safeParse(props.data);
      problems.push(
        ...(result.success
          ? [{ file, field: '', message: error instanceof Error ? error.message : String(error) }]
          : problemsFromSchemaIssues(file, fileText, result.error.issues)),
      );
      return props.data;
    }
  };
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

/** Loads `<content folder>/<collection>/**` with the given extensions, after refusing stray files. */
export function collectionLoader(
  collection: string,
  entryExtensions: readonly ('.md' | '.mdx')[],
  schema: EntrySchema,
  imageFields: ImageFields = {},
): Loader {
  const folder = path.join(contentFolder(), collection);
  const names = entryExtensions.map((e) => e.slice(1));
  const pattern = names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
  const inner = glob({ base: folder, pattern });
  return {
    name: `one-team:${collection}`,
    load: async (context) => {
      const problems = findStrayFiles(folder, collection, entryExtensions);
      if (problems.length) throw new ContentError(problems);
      await inner.load({ ...context, parseData: collectingParseData(context, schema, imageFields, problems) });
      if (problems.length) throw new ContentError(problems);
    },
  };
}

/** The one-entry `site` collection, read from site.yaml so that its logo resolves like any content image. */
export function siteConfigLoader(): Loader {
  const file = siteConfigFile();
  return {
    name: 'one-team:site',
    load: async ({ store, parseData }) => {
      const raw = (yaml.load(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
      const missingLogo = findImageProblem(file, 'logo', raw.logo);
      if (missingLogo) throw new ContentError([missingLogo]);
      const data = await parseData({ id: 'site', data: raw, filePath: file });
      store.clear();
      store.set({ id: 'site', data, filePath: path.relative(process.cwd(), file) });
    },
  };
}
