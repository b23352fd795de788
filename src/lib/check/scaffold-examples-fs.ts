/**
 * The commented-out examples of a scaffold, read from the schema (its `Example:` text, its metadata, the
 * "e.g." its own messages give) and from the content folder: a reference field shows an id the folder has,
 * so that a contributor who removes the `#` gets a line that parses and passes `npm run check`.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { entryFilesIn } from '../content/files-fs.ts';
import { entryIdOf } from '../content/frontmatter.ts';
import { COLLECTIONS, type CollectionName } from '../content/registry.ts';
import { fieldMeta, listElement, objectShape, unwrapped } from '../content/schema-fields.ts';
import { readYaml } from '../content/yaml.ts';

/** Where a scaffold is written: the folder whose ids examples name, and the new entry's own id. */
export interface ExampleContext {
  folder?: string;
  /** The entry being written, never its own manager or related term. */
  id?: string;
}

/** The ids of a collection's entries in the content folder, in name order. */
export function idsIn(folder: string, collection: string): string[] {
  const spec = COLLECTIONS[collection as CollectionName] as { extensions: readonly string[] } | undefined;
  if (!spec) return [];
  return entryFilesIn(path.join(folder, collection), spec.extensions).map((file) => entryIdOf(path.basename(file)));
}

/** The text after `Example:` in a field's description. */
export function writtenExample(description: string): string | undefined {
  return description.match(/Example: `([^`]+)`/)?.[1];
}

const accepts = (field: z.ZodType, value: unknown) => field.safeParse(value).success;

/** The example a field's own "is required" message gives (`text('Priya Raman')` → Priya Raman). */
function exampleFromMessage(field: z.ZodType): string | undefined {
  const result = unwrapped(field).safeParse(undefined);
  const message = result.success ? undefined : result.error.issues[0]?.message;
  return message?.match(/e\.g\. (.+)$/)?.[1];
}

/** A value of text written in YAML, as the content files read it; undefined when it does not parse. */
function parsed(text: string): { value: unknown } | undefined {
  try {
    return { value: readYaml(text) };
  } catch {
    return undefined;
  }
}

/**
 * An example value the field accepts, or undefined: the folder's ids for a reference, the flag's other
 * setting, a group built from its fields' examples, or the schema's example.
 */
export function exampleValue(field: z.ZodType, description: string, context: ExampleContext): unknown {
  const meta = fieldMeta(field);
  const element = listElement(field);
  if (meta.references && context.folder) {
    const ids = idsIn(context.folder, meta.references).filter((id) => id !== context.id);
    const wanted = Array.isArray(meta.example) ? meta.example.length : 1;
    if (ids.length) return element ? ids.slice(0, wanted) : ids[0];
  }
  const byDefault = field.safeParse(undefined);
  if (byDefault.success && typeof byDefault.data === 'boolean') return !byDefault.data;
  const shape = objectShape(field);
  if (shape) return groupExample(shape, context);
  const elementShape = element && objectShape(element);
  if (elementShape) return [groupExample(elementShape, context)];
  for (const text of [writtenExample(description), exampleFromMessage(field)]) {
    if (text === undefined) continue;
    const read = parsed(text);
    if (read && accepts(field, read.value)) return read.value;
    if (accepts(field, text)) return text;
  }
  if (meta.example !== undefined && accepts(field, meta.example)) return meta.example;
  return undefined;
}

function groupExample(shape: Record<string, z.ZodType>, context: ExampleContext): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).flatMap(([name, field]) => {
      const value = exampleValue(field, field.description ?? '', context);
      return value === undefined ? [] : [[name, value]];
    }),
  );
}

/**
 * A scalar as YAML that reads back as itself: days and id-like words (`core-it`) bare, other text quoted,
 * since a `:`, `#` or leading `@` in unquoted text is a YAML mistake.
 */
export function yamlScalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (typeof value === 'string' && /^\p{L}[\p{L}\p{M}\p{N}-]*$/u.test(value) && readYaml(value) === value) return value;
  return JSON.stringify(value);
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** `name: value` as YAML lines: lists of text on one line, groups and lists of groups one field a line. */
export function yamlLines(name: string, value: unknown, indent = ''): string[] {
  if (isGroup(value))
    return [
      `${indent}${name}:`,
      ...Object.entries(value).flatMap(([key, item]) => yamlLines(key, item, `${indent}  `)),
    ];
  if (Array.isArray(value) && value.some(isGroup))
    return [
      `${indent}${name}:`,
      ...value.flatMap((item) =>
        Object.entries(item as Record<string, unknown>)
          .flatMap(([key, field]) => yamlLines(key, field, `${indent}    `))
          .map((line, index) => (index === 0 ? `${indent}  - ${line.slice(indent.length + 4)}` : line)),
      ),
    ];
  if (Array.isArray(value)) return [`${indent}${name}: [${value.map(yamlScalar).join(', ')}]`];
  return [`${indent}${name}: ${yamlScalar(value)}`];
}

/**
 * The example as a commented-out line or lines; a one-line example the schema writes is kept as written
 * (`[laptops, "payroll system"]`) when it reads back as the same value.
 */
export function commentedExample(name: string, value: unknown, description: string): string[] {
  const written = writtenExample(description);
  const read = written === undefined ? undefined : parsed(written);
  if (written !== undefined && read && JSON.stringify(read.value) === JSON.stringify(value) && !/\n/.test(written))
    return [`# ${name}: ${written}`];
  return yamlLines(name, value).map((line) => `# ${line}`);
}
