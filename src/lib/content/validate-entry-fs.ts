/**
 * One entry file checked on its own: everything that can be said about it without the rest of the
 * folder (frontmatter, schema, image files, the collection's file rules, the MDX body and its
 * components). The build's content loader and `npm run check` both read entries only through this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imagesAsPaths } from '../../schemas/index.ts';
import { findImageProblem, findPhotoLimits } from './files-fs.ts';
import { entryIdOf, readFrontmatter, withoutByteOrderMark } from './frontmatter.ts';
import { checkMdx, type MdastNode } from './mdx.ts';
import type { ContentProblem } from './problems.ts';
import type { ReferenceUse } from './references.ts';
import { COLLECTIONS, plainSchema, type CollectionName } from './registry.ts';
import { imageFields } from './schema-fields.ts';
import { problemsFromSchemaIssues } from './schema-problems.ts';

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

export async function validateEntry(collection: CollectionName, file: string): Promise<EntryCheck> {
  const spec = COLLECTIONS[collection];
  const text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
  const id = entryIdOf(path.basename(file));
  const entry: ValidatedEntry = { collection, id, file, text, data: {}, fields: {}, body: '', componentReferences: [] };
  const frontmatter = readFrontmatter(file, text);
  if ('message' in frontmatter) return { entry, problems: [frontmatter] };
  Object.assign(entry, { data: frontmatter.data, fields: frontmatter.data, body: frontmatter.body });

  const problems: ContentProblem[] = [];
  const schema = plainSchema(spec.schema, imagesAsPaths);
  for (const { field, extensions } of imageFields(schema)) {
    const missing = findImageProblem(file, field, frontmatter.data[field], extensions);
    problems.push(...(missing ? [missing] : await findPhotoLimits(file, field, frontmatter.data[field], text)));
  }
  if ('fileRules' in spec) problems.push(...spec.fileRules(file, text));
  const parsed = schema.safeParse(frontmatter.data);
  if (parsed.success) entry.fields = parsed.data as Record<string, unknown>;
  else problems.push(...problemsFromSchemaIssues(file, text, parsed.error.issues));

  if (path.extname(file).toLowerCase() === '.mdx') {
    const mdx = checkMdx(file, text);
    problems.push(...mdx.problems);
    entry.componentReferences = mdx.references;
    if (mdx.tree) entry.tree = mdx.tree;
  }
  return { entry, problems };
}
