/** Reads a collection schema's fields and their documentation, so the contributor guide can be checked against the contract. */
import { z } from 'astro/zod';
import {
  contactSchema,
  departmentSchema,
  imagesAsPaths,
  outcomeSchema,
  quoteSchema,
  glossarySchema,
  personSchema,
  siteSchema,
  storySchema,
  strategySchema,
  teamSchema,
  winSchema,
  initiativeSchema,
  ringChangeSchema,
  toolSchema,
} from '../../schemas/index.ts';

export interface FieldDoc {
  name: string;
  required: boolean;
  description: string;
}


/** Every documented file type: its path pattern and its schema. */
export const DOCUMENTED_SCHEMAS = {
  'site.yaml': siteSchema(imagesAsPaths),
  'site.yaml → contact': contactSchema,
  'people/<id>.md': personSchema(imagesAsPaths),
  'teams/<id>.md': teamSchema,
  'departments/<id>.md': departmentSchema,
  'strategy/<id>.mdx': strategySchema,
  'wins/<id>.mdx': winSchema,
  'wins/<id>.mdx → each of outcomes': outcomeSchema,
  'wins/<id>.mdx → quote': quoteSchema,
  'glossary/<id>.md': glossarySchema,
  'stories/<id>.mdx': storySchema(imagesAsPaths),
  'initiatives/<id>.md': initiativeSchema,
  'tools/<id>.md': toolSchema(imagesAsPaths),
  'tools/<id>.md → each of history': ringChangeSchema,
} as const;

export function fieldsOf(schema: z.ZodObject): FieldDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const type = field as z.ZodType;
    return { name, required: !type.safeParse(undefined).success, description: type.description ?? '' };
  });
}

const TABLE_START = (file: string) => `<!-- fields: ${file} -->`;
const TABLE_END = '<!-- /fields -->';

/** Replaces each generated table in a guide with the schema's current fields. */
export function withCurrentFieldTables(guide: string): string {
  let updated = guide;
  for (const [file, schema] of Object.entries(DOCUMENTED_SCHEMAS)) {
    const start = updated.indexOf(TABLE_START(file));
    const end = updated.indexOf(TABLE_END, start);
    if (start === -1 || end === -1) throw new Error(`the guide has no table for ${file}: add ${TABLE_START(file)} … ${TABLE_END}`);
    updated = `${updated.slice(0, start)}${TABLE_START(file)}\n${fieldTable(schema)}\n${updated.slice(end)}`;
  }
  return updated;
}

export function fieldTable(schema: z.ZodObject): string {
  const rows = fieldsOf(schema).map(({ name, required, description }) => `| \`${name}\` | ${required ? 'yes' : 'no'} | ${description} |`);
  return ['| Field | Required | What it is |', '| --- | --- | --- |', ...rows].join('\n');
}
