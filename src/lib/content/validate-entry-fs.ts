/**
 * One entry file checked on its own: everything that can be said about it without the rest of the
 * folder (frontmatter, schema, image files, the collection's file rules, the MDX body and its
 * components). The build's content loader and `npm run check` both read entries only through this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imagesAsPaths } from '../../schemas/index.ts';
import { PHOTO_EXTENSIONS } from '../../schemas/fields.ts';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyImages } from '../markdown/body-images.ts';
import {
  BODY_PICTURE_LIMITS,
  findImageProblem,
  findPhotoLimits,
  imageMistake,
  isInside,
  pictureFileMistakes,
  realFolder,
} from './files-fs.ts';
import { entryIdOf, readFrontmatter, withoutByteOrderMark } from './frontmatter.ts';
import { checkMdx, type MdastNode } from '../markdown/mdx.ts';
import type { ContentProblem } from './problems.ts';
import type { ReferenceUse } from './references.ts';
import { COLLECTIONS, plainSchema, type CollectionName } from './registry.ts';
import { imageFields } from './schema-fields.ts';
import { contentErrorMap, problemsFromSchemaIssues } from './schema-problems.ts';

export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  /** Absolute path of the file. */
  file: string;
  /** The file's text, without a byte-order mark. */
  text: string;
  /** The frontmatter as written: what Astro's own schema pass reads again, resolving images. */
  data: Record<string, unknown>;
  /** The frontmatter after the schema (defaults filled in, text trimmed), or as written when invalid. */
  fields: Record<string, unknown>;
  body: string;
  /** The ids its MDX components name (`<Person id>`), for the folder-wide check with the frontmatter's. */
  componentReferences: ReferenceUse[];
}

export interface EntryCheck {
  entry: ValidatedEntry;
  problems: ContentProblem[];
}

/** A file that is a link is read only when it leads to a file inside the content folder. */
function linkMistake(file: string, root: string): string | undefined {
  const link = fs.lstatSync(file).isSymbolicLink();
  if (link && !fs.existsSync(file)) return 'is a link to nothing → remove it, or put the file itself here';
  if (isInside(fs.realpathSync(file), realFolder(root))) return undefined;
  // The file, or a folder on its way, is a link that leads out.
  return link
    ? 'is a link to a file outside the content folder → copy the file itself into the folder'
    : 'is reached through a linked folder that leads outside the content folder → copy the folder itself into the content folder';
}

/** Pictures in bodies: the photo kinds, and GIF. An SVG could carry a script into the site's own address. */
const BODY_PICTURES = [...PHOTO_EXTENSIONS, '.gif'];

/** A Markdown body as the build's Markdown pipeline (remark) reads it, frontmatter included so lines match. */
function markdownTree(text: string): MdastNode {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as unknown as MdastNode;
}

/** Every picture the body shows must be a Markdown image of a picture file in the content folder. */
async function bodyImageProblems(
  file: string,
  text: string,
  tree: MdastNode | undefined,
  root: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { url, line, column, markdown, computed } of bodyImages(tree ?? markdownTree(text))) {
    const at = { file, line, column, field: '' };
    if (computed) {
      problems.push({
        ...at,
        message: `the picture's address ${url} is computed, so nothing can check where it loads from → write the address as text, e.g. src="./picture.jpg"`,
      });
      continue;
    }
    const mistake = imageMistake(file, url.trim(), { root, extensions: BODY_PICTURES });
    if (mistake?.kind === 'address') problems.push({ ...at, message: `the picture ${mistake.message}` });
    else if (!markdown) {
      // Only Markdown images are published with the page; an element naming a file shows a broken picture.
      const name = path.basename(url.split(/[?#]/)[0]!) || 'picture.jpg';
      problems.push({
        ...at,
        message: `the picture "${url}" is an HTML element → write it as a Markdown image, ![what it shows](./${name}), so the site publishes it`,
      });
    } else if (mistake) problems.push({ ...at, message: `the picture ${mistake.message}` });
    else {
      const picture = path.resolve(path.dirname(file), url.trim());
      const mistakes = await pictureFileMistakes(picture, url.trim(), BODY_PICTURE_LIMITS);
      problems.push(...mistakes.map((message) => ({ ...at, message: `the picture ${message}` })));
    }
  }
  return problems;
}

/** Checks one entry file of `collection`; `root` is the content folder, which nothing may lead out of. */
export async function validateEntry(collection: CollectionName, file: string, root: string): Promise<EntryCheck> {
  const spec = COLLECTIONS[collection];
  const id = entryIdOf(path.basename(file));
  const entry: ValidatedEntry = {
    collection,
    id,
    file,
    text: '',
    data: {},
    fields: {},
    body: '',
    componentReferences: [],
  };
  const link = linkMistake(file, root);
  if (link) return { entry, problems: [{ file, field: '', message: link }] };
  if (!id) {
    const message =
      "has a name with no letter or digit to make the page's address from → rename the file, e.g. month-end-close.md";
    return { entry, problems: [{ file, field: '', message }] };
  }
  let text: string;
  try {
    text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      entry,
      problems: [{ file, field: '', message: `cannot be read (${reason}) → make it a plain text file` }],
    };
  }
  entry.text = text;
  const frontmatter = readFrontmatter(file, text);
  if ('message' in frontmatter) return { entry, problems: [frontmatter] };
  Object.assign(entry, { data: frontmatter.data, fields: frontmatter.data, body: frontmatter.body });

  const problems: ContentProblem[] = [];
  const schema = plainSchema(spec.schema, imagesAsPaths);
  for (const { field, extensions } of imageFields(schema)) {
    const missing = findImageProblem(file, field, frontmatter.data[field], { root, extensions }, text);
    problems.push(...(missing ? [missing] : await findPhotoLimits(file, field, frontmatter.data[field], text)));
  }
  if ('fileRules' in spec) problems.push(...spec.fileRules(file, text));
  const parsed = schema.safeParse(frontmatter.data, { error: contentErrorMap as never });
  if (parsed.success) entry.fields = parsed.data as Record<string, unknown>;
  else problems.push(...problemsFromSchemaIssues(file, text, parsed.error.issues));

  if (path.extname(file).toLowerCase() === '.mdx') {
    const mdx = checkMdx(file, text);
    problems.push(...mdx.problems);
    entry.componentReferences = mdx.references;
    if (mdx.tree) problems.push(...(await bodyImageProblems(file, text, mdx.tree, root)));
  } else {
    problems.push(...(await bodyImageProblems(file, text, undefined, root)));
  }
  return { entry, problems };
}
