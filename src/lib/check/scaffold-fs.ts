/**
 * New content files for `npm run new`, from the registry's scaffolds (src/lib/content/registry.ts): a free
 * id from a name, the answers shaped by the schema (lists split at commas, numbers as numbers), and a file
 * with every field written out and documented, required ones filled in, optional ones commented out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { imagesAsPaths } from '../../schemas/index.ts';
import {
  COLLECTIONS,
  collectionForScaffold,
  plainSchema,
  type CollectionName,
  type Scaffold,
  type ScaffoldQuestion,
} from '../content/registry.ts';
import { fieldMeta, fieldsOf, listElement, schemaAt, takesNumbers } from '../content/schema-fields.ts';
import { scaffoldBody } from './scaffold-bodies.ts';
import { commentedExample, exampleValue, yamlLines, type ExampleContext } from './scaffold-examples-fs.ts';

export interface ScaffoldKind {
  collection: CollectionName;
  scaffold: Scaffold;
}

/** The collection and scaffold `npm run new` calls `kind` (`person`, `win`…). */
export function scaffoldKind(kind: string): ScaffoldKind | undefined {
  const collection = collectionForScaffold(kind);
  const scaffold = collection ? (COLLECTIONS[collection] as { scaffold?: Scaffold }).scaffold : undefined;
  return collection && scaffold ? { collection, scaffold } : undefined;
}

/** Every kind `npm run new` knows, in registry order. */
export function scaffoldKinds(): string[] {
  return Object.values(COLLECTIONS).flatMap((spec) => ('scaffold' in spec ? [spec.scaffold.kind] : []));
}

const schemaOf = (collection: CollectionName) => plainSchema(COLLECTIONS[collection].schema, imagesAsPaths);

export const flagOf = (question: ScaffoldQuestion) => question.flag ?? question.field.split('.').pop()!;

/** The schema of a field at a dotted path (`outcomes.0.metric`) of the collection's entries. */
export const fieldSchema = (collection: CollectionName, fieldPath: string) => schemaAt(schemaOf(collection), fieldPath);

/** The collection a question's answer names (its ids are offered as choices), if it is a reference. */
export function choicesFor(collection: CollectionName, question: ScaffoldQuestion): CollectionName | undefined {
  const field = fieldSchema(collection, question.field);
  return field ? (fieldMeta(field).references as CollectionName | undefined) : undefined;
}

/** Letters that do not decompose into a base letter and an accent. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

/**
 * "José Núñez" → "jose-nunez"; names in other scripts keep their letters and marks ("李静" → "李静",
 * "प्रिया" stays whole): only accents on Latin letters are taken off. The id is in composed Unicode, as the
 * build reads ids (src/lib/content/frontmatter.ts).
 */
export function idFromName(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[ßæøœłđþðı]/g, (char) => TRANSLITERATIONS[char]!)
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
  return slug(latin) || 'entry';
}

/** The id, or the id with -2, -3… when a file of that collection already uses it. */
export function freeId(folder: string, wanted: string): string {
  const taken = new Set(
    fs.existsSync(folder) ? fs.readdirSync(folder).map((file) => file.replace(/\.[^.]+$/, '')) : [],
  );
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

function setAt(values: Record<string, unknown>, fieldPath: string, value: unknown): void {
  const parts = fieldPath.split('.');
  let target: Record<string, unknown> | unknown[] = values;
  parts.forEach((part, index) => {
    const key = /^\d+$/.test(part) ? Number(part) : part;
    if (index === parts.length - 1) {
      (target as Record<string | number, unknown>)[key] = value;
      return;
    }
    const next = (target as Record<string | number, unknown>)[key] ?? (/^\d+$/.test(parts[index + 1]!) ? [] : {});
    (target as Record<string | number, unknown>)[key] = next;
    target = next as Record<string, unknown>;
  });
}

/** An answer typed at the terminal, shaped as its field takes it. */
export function valueOf(collection: CollectionName, fieldPath: string, answer: string): unknown {
  const field = schemaAt(schemaOf(collection), fieldPath);
  if (field && listElement(field))
    return answer
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  if (field && takesNumbers(field) && /^-?\d+(\.\d+)?$/.test(answer)) return Number(answer);
  return answer;
}

/** The frontmatter values from the name, the answers (by flag) and the scaffold's own fill. */
export function scaffoldValues(
  kind: ScaffoldKind,
  name: string,
  answers: Record<string, string>,
  { today, folder }: { today: string; folder: string },
): Record<string, unknown> {
  const { collection, scaffold } = kind;
  const values: Record<string, unknown> = { [scaffold.titleField]: name };
  for (const question of scaffold.questions) {
    const answer = answers[flagOf(question)];
    if (answer) setAt(values, question.field, valueOf(collection, question.field, answer));
  }
  const existing = fs.existsSync(path.join(folder, collection))
    ? fs.readdirSync(path.join(folder, collection)).filter((f) => /\.mdx?$/.test(f)).length
    : 0;
  return { ...values, ...scaffold.fill?.({ today, existing }) };
}

/**
 * Frontmatter for every field of the schema, in schema order, each with its description above it: the
 * values given written out, every other field as a commented-out example that is valid once uncommented
 * (reference examples name ids in `context.folder`, never `context.id` itself).
 */
export function scaffoldText(kind: string, values: Record<string, unknown>, context: ExampleContext = {}): string {
  const found = scaffoldKind(kind);
  if (!found) throw new Error(`no scaffold called ${kind}`);
  const lines = fieldsOf(schemaOf(found.collection)).flatMap(({ name, required, description, schema }) => {
    const comment = `# ${description}${required ? '' : ' (optional)'}`;
    if (name in values && values[name] !== undefined) return [comment, ...yamlLines(name, values[name])];
    const example = exampleValue(schema, description, context);
    return [comment, ...(example === undefined ? [`# ${name}: …`] : commentedExample(name, example, description))];
  });
  const body = scaffoldBody(kind, values, context.folder) ?? found.scaffold.body;
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

export interface Scaffolded {
  file: string;
  id: string;
}

/** Writes the file, never over an existing one. */
export function writeScaffold(
  contentFolder: string,
  kind: string,
  name: string,
  values: Record<string, unknown>,
): Scaffolded {
  const found = scaffoldKind(kind);
  if (!found) throw new Error(`no scaffold called ${kind}`);
  const folder = path.join(contentFolder, found.collection);
  const id = freeId(folder, idFromName(name));
  const file = path.join(folder, `${id}${found.scaffold.extension}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(file, scaffoldText(kind, values, { folder: contentFolder, id }), { flag: 'wx' });
  return { file, id };
}
