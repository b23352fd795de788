/**
 * The field tables of docs/content-model.md, generated from the registry and the schemas: one table per
 * collection, one per group of fields inside it (a win's `quote`, each of its `outcomes`), site.yaml, the
 * columns of each month-by-month table (pulse, pace) and the MDX components. `npm run docs` rewrites them
 * and adds a section for a collection the guide lacks.
 */
import type { z } from 'astro/zod';
import { imagesAsPaths, mdxComponentSchemas } from '../../schemas/index.ts';
import { COLLECTIONS, COLLECTION_NAMES, SITE_CONFIG, TABLES, TABLE_NAMES, plainSchema } from '../content/registry.ts';
import { fieldsOf, listElement, objectShape, unwrapped } from '../content/schema-fields.ts';

export interface DocumentedSchema {
  /** The name in the guide's marker: `people/<id>.md`, `wins/<id>.md(x) → quote`, `<Person>`. */
  name: string;
  schema: z.ZodObject;
  /** What a row is: a frontmatter field, an MDX component's attribute, or a CSV file's column. */
  rows?: 'Field' | 'Attribute' | 'Column';
}

/** `people/<id>.md`, `wins/<id>.md(x)`: the files of a collection as the guide names them. */
export function fileNameOf(collection: string, extensions: readonly string[]): string {
  const md = extensions.includes('.md');
  const mdx = extensions.includes('.mdx');
  return `${collection}/<id>.${md && mdx ? 'md(x)' : mdx ? 'mdx' : 'md'}`;
}

/** The schema, then each group of fields inside it, depth first. */
function withNestedGroups(name: string, schema: z.ZodObject): DocumentedSchema[] {
  const nested = fieldsOf(schema).flatMap(({ name: field, schema: type }) => {
    const element = listElement(type);
    const group =
      element && objectShape(element) ? unwrapped(element) : objectShape(type) ? unwrapped(type) : undefined;
    if (!group) return [];
    return withNestedGroups(`${name} → ${element ? `each of ${field}` : field}`, group as z.ZodObject);
  });
  return [{ name, schema }, ...nested];
}

/** Every table the guide carries, in the order the guide lists them. */
export function documentedSchemas(): DocumentedSchema[] {
  return [
    ...withNestedGroups(SITE_CONFIG.file, plainSchema(SITE_CONFIG.schema, imagesAsPaths)),
    ...COLLECTION_NAMES.flatMap((name) => {
      const { extensions, schema } = COLLECTIONS[name];
      return withNestedGroups(fileNameOf(name, extensions), plainSchema(schema, imagesAsPaths));
    }),
    ...TABLE_NAMES.map((name) => ({
      name: `${name}/<yyyy-mm>.csv`,
      schema: TABLES[name].row as z.ZodObject,
      rows: 'Column' as const,
    })),
    ...Object.entries(mdxComponentSchemas).map(([name, schema]) => ({
      name: `<${name}>`,
      schema: schema as z.ZodObject,
      rows: 'Attribute' as const,
    })),
  ];
}

const TABLE_START = (name: string) => `<!-- fields: ${name} -->`;
const TABLE_END = '<!-- /fields -->';

function fieldTable(schema: z.ZodObject, rows: DocumentedSchema['rows'] = 'Field'): string {
  const lines = fieldsOf(schema).map(
    ({ name, required, description }) => `| \`${name}\` | ${required ? 'yes' : 'no'} | ${description} |`,
  );
  return [`| ${rows} | Required | What it is |`, '| --- | --- | --- |', ...lines].join('\n');
}

export class MissingTableError extends Error {
  readonly table: string;

  constructor(table: string) {
    super(
      `docs/content-model.md has no table for ${table} → run \`npm run docs\`, then describe it in words above the table`,
    );
    this.table = table;
  }
}

/** The guide with every generated table replaced by the schema's current fields. */
export function withCurrentFieldTables(guide: string): string {
  let updated = guide;
  for (const { name, schema, rows } of documentedSchemas()) {
    const start = updated.indexOf(TABLE_START(name));
    const end = updated.indexOf(TABLE_END, start);
    if (start === -1 || end === -1) throw new MissingTableError(name);
    updated = `${updated.slice(0, start)}${TABLE_START(name)}\n${fieldTable(schema, rows)}\n${updated.slice(end)}`;
  }
  return updated;
}

/** Adds a marker pair for each table the guide lacks, at the end of its "Fields" part, then fills every table. */
export function withEveryFieldTable(guide: string): string {
  const missing = documentedSchemas().filter(({ name }) => !guide.includes(TABLE_START(name)));
  if (missing.length === 0) return withCurrentFieldTables(guide);
  const fieldsAt = guide.indexOf('\n## Fields');
  const nextPart = fieldsAt === -1 ? -1 : guide.indexOf('\n## ', fieldsAt + 1);
  const at = nextPart === -1 ? guide.length : nextPart;
  const sections = missing
    .map(
      ({ name }) =>
        `\n### ${name.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}\n\n${TABLE_START(name)}\n${TABLE_END}\n`,
    )
    .join('');
  return withCurrentFieldTables(`${guide.slice(0, at)}${sections}${guide.slice(at)}`);
}
