/**
 * Reads what a schema says about its fields: their documentation, whether they are required, and the
 * metadata the field builders record (the collection a reference names, the files an image field takes).
 * Checks, scaffolds and the content-model guide read fields here instead of keeping lists of their own.
 */
import type { z } from 'astro/zod';
import type { FieldMeta } from '../../schemas/fields.ts';

export interface FieldDoc {
  name: string;
  required: boolean;
  description: string;
  schema: z.ZodType;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The schema under optional, default and preprocessing wrappers. */
export function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
    return unwrapped(def.innerType);
  if (def.type === 'pipe' && def.out && def.in) return unwrapped(defOf(def.in).type === 'transform' ? def.out : def.in);
  return schema;
}

/** The field's own metadata, wherever in its wrappers it was recorded. */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  let current: z.ZodType | undefined = schema;
  const found: FieldMeta = {};
  while (current) {
    // The outermost wrapper's word wins: a list's example over its items'.
    for (const [key, value] of Object.entries((current.meta() as FieldMeta | undefined) ?? {})) {
      if (!(key in found)) Object.assign(found, { [key]: value });
    }
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? def.element;
  }
  return found;
}

/** The objects' fields in schema order, each with its description (the outermost one written). */
export function fieldsOf(schema: z.ZodObject): FieldDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const type = field as z.ZodType;
    return { name, required: !type.safeParse(undefined).success, description: descriptionOf(type), schema: type };
  });
}

function descriptionOf(schema: z.ZodType): string {
  let current: z.ZodType | undefined = schema;
  while (current) {
    if (current.description) return withExample(current.description, fieldMeta(schema));
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return '';
}

/** Reference fields carry their example in metadata; the guide shows it as every other field's. */
function withExample(description: string, meta: FieldMeta): string {
  if (meta.example === undefined || description.includes('Example:')) return description;
  const shown = Array.isArray(meta.example) ? `[${meta.example.join(', ')}]` : String(meta.example);
  return `${description} Example: \`${shown}\``;
}

/** The list's element schema, or undefined when the field is not a list. */
export function listElement(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrapped(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** The object's shape, or undefined when the field is not a group of fields. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrapped(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** Whether the field takes numbers (alone or as one choice of several). */
export function takesNumbers(schema: z.ZodType): boolean {
  const def = defOf(unwrapped(schema));
  return def.type === 'number' || (def.type === 'union' && (def.options ?? []).some(takesNumbers));
}

/** The schema of the field at a dotted path (`outcomes.0.metric`), through lists and groups. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of path.split('.')) {
    if (!current) return undefined;
    current = /^\d+$/.test(part) ? listElement(current) : objectShape(current)?.[part];
  }
  return current;
}

export interface FieldReference {
  /** The field's dotted path: `team`, `history.0.owner` style paths are found through lists and groups. */
  path: string[];
  target: string;
}

/** A schema's answer, read once: every entry of a collection asks the same question of the same schema. */
function readOnce<T>(cache: WeakMap<z.ZodType, T>, schema: z.ZodType, read: () => T): T {
  let answer = cache.get(schema);
  if (answer === undefined) cache.set(schema, (answer = read()));
  return answer;
}

function findReferenceFields(schema: z.ZodType, path: string[]): FieldReference[] {
  const element = listElement(schema);
  if (element) return findReferenceFields(element, [...path, '*']);
  const shape = objectShape(schema);
  if (shape) return Object.entries(shape).flatMap(([name, field]) => findReferenceFields(field, [...path, name]));
  const target = fieldMeta(schema).references;
  return target ? [{ path, target }] : [];
}

const referenceFieldsOf = new WeakMap<z.ZodType, FieldReference[]>();

/** Every field of an object, at any depth, whose metadata names a collection it refers to. */
export function referenceFields(schema: z.ZodType): FieldReference[] {
  return readOnce(referenceFieldsOf, schema, () => findReferenceFields(schema, []));
}

const imageFieldsOf = new WeakMap<z.ZodType, Array<{ field: string; extensions: readonly string[] }>>();

/** The top-level image fields of an entry schema, with the kinds of file each takes. */
export function imageFields(schema: z.ZodObject): Array<{ field: string; extensions: readonly string[] }> {
  return readOnce(imageFieldsOf, schema, () =>
    fieldsOf(schema).flatMap(({ name, schema: field }) => {
      const extensions = fieldMeta(field).image;
      return extensions ? [{ field: name, extensions }] : [];
    }),
  );
}

/** The values at a path with `*` for every item of a list, each with its concrete dotted path. */
export function valuesAt(
  data: unknown,
  path: readonly string[],
  at: string[] = [],
): Array<{ path: string[]; value: unknown }> {
  if (path.length === 0) return data === undefined ? [] : [{ path: at, value: data }];
  const [head, ...rest] = path;
  if (head === '*')
    return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...at, String(index)])) : [];
  if (data && typeof data === 'object' && !Array.isArray(data))
    return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
  return [];
}
