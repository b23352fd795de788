/** The collections of a content folder: which files each holds, its schema, and its image fields. */
import type { SchemaContext } from 'astro/content/config';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { findCodeInProfile } from './profile-rules.ts';
import {
  departmentSchema,
  glossarySchema,
  personSchema,
  storySchema,
  strategySchema,
  teamSchema,
  winSchema,
  initiativeSchema,
  toolSchema,
} from '../../schemas/index.ts';

/** Photos and covers are resized into several sizes; SVG cannot be, and a contributor's SVG could carry a script. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

export interface CollectionDefinition {
  /** `.md` only where contributors write: MDX can run code. */
  extensions: readonly ('.md' | '.mdx')[];
  schema: z.ZodType | ((context: SchemaContext) => z.ZodType);
  /** Image fields and the file kinds each takes. */
  imageFields: Record<string, readonly string[]>;
  /** Checks of a whole file beyond its frontmatter, for collections anyone may write to. */
  fileRules?: (file: string, text: string) => ContentProblem[];
}

export const COLLECTIONS = {
  people: { extensions: ['.md'], schema: personSchema, imageFields: { photo: PHOTO_EXTENSIONS }, fileRules: findCodeInProfile },
  teams: { extensions: ['.md'], schema: teamSchema, imageFields: {} },
  departments: { extensions: ['.md', '.mdx'], schema: departmentSchema, imageFields: {} },
  strategy: { extensions: ['.md', '.mdx'], schema: strategySchema, imageFields: {} },
  wins: { extensions: ['.md', '.mdx'], schema: winSchema, imageFields: {} },
  glossary: { extensions: ['.md'], schema: glossarySchema, imageFields: {} },
  stories: { extensions: ['.md', '.mdx'], schema: storySchema, imageFields: { cover: PHOTO_EXTENSIONS } },
  initiatives: { extensions: ['.md', '.mdx'], schema: initiativeSchema, imageFields: {} },
  tools: { extensions: ['.md'], schema: toolSchema, imageFields: { logo: PHOTO_EXTENSIONS } },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
