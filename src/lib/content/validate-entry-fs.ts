/**
 * One entry file checked on its own: everything that can be said about it without the rest of the
 * folder (frontmatter, schema, image files, the collection's file rules, the MDX body and its
 * components). The build's content loader and `npm run check` both read entries only through this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imagesAsPaths } from '../../schemas/index.ts';
import { markdownToMdast } from 'satteri';
import { bodyImages } from '../markdown/body-images.ts';
import { findImageProblem, findPhotoLimits, imagePathMistake, isInside, realFolder } from './files-fs.ts';
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
  /** The parsed MDX body, for checks that read prose. */
  tree?: MdastNode;
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

/** Every picture the body shows must be a file in the content folder. */
function bodyImageProblems(file: string, text: string, tree: MdastNode | undefined, root: string): ContentProblem[] {
  const parsed = tree ?? (markdownToMdast(text) as unknown as MdastNode);
  return bodyImages(parsed).flatMap(({ url, line, column, markdown }) => {
    const mistake = imagePathMistake(file, url.trim(), { root });
    if (mistake?.includes('is an address'))
      return [{ file, line, column, field: '', message: `the picture ${mistake}` }];
    if (!markdown) {
      // Only Markdown images are published with the page; an element naming a file shows a broken picture.
      const name = path.basename(url.split(/[?#]/)[0]!) || 'picture.jpg';
      const message = `the picture "${url}" is an HTML element → write it as a Markdown image, ![what it shows](./${name}), so the site publishes it`;
      return [{ file, line, column, field: '', message }];
    }
    return mistake ? [{ file, line, column, field: '', message: `the picture ${mistake}` }] : [];
  });
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
  const text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
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
    if (mdx.tree) entry.tree = mdx.tree;
    if (mdx.tree) problems.push(...bodyImageProblems(file, text, mdx.tree, root));
  } else {
    problems.push(...bodyImageProblems(file, text, undefined, root));
  }
  return { entry, problems };
}
