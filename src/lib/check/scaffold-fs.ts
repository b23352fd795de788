/**
 * New content files for `npm run new`: a free id from a name, and a file with every field written
 * out and documented, required ones filled in, optional ones commented out with an example.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import type { z } from 'astro/zod';
import { imagesAsPaths, initiativeSchema, personSchema, storySchema, strategySchema, winSchema, glossarySchema } from '../../schemas/index.ts';
import { fieldsOf } from '../content/schema-fields.ts';

export const SCAFFOLD_KINDS = {
  person: { collection: 'people', extension: '.md', schema: personSchema(imagesAsPaths), body: 'What I do for you, in plain words: who comes to you, with what, and how you help.' },
  win: { collection: 'wins', extension: '.mdx', schema: winSchema, body: 'The problem, in the words of the people who had it.\n\nWhat IT did together with them.\n\nWhat changed, in numbers.' },
  story: { collection: 'stories', extension: '.mdx', schema: storySchema(imagesAsPaths), body: '## The beginning\n\nTell the story.' },
  glossary: { collection: 'glossary', extension: '.md', schema: glossarySchema, body: '' },
  strategy: { collection: 'strategy', extension: '.mdx', schema: strategySchema, body: '## Why\n\n## What changes for you\n\n## How we will know' },
  initiative: { collection: 'initiatives', extension: '.md', schema: initiativeSchema, body: 'What changes for the business, and why now.' },
} as const;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** Letters that do not decompose into a base letter and an accent. */
const TRANSLITERATIONS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ð: 'd', ı: 'i' };

/** "José Núñez" → "jose-nunez"; names in other scripts keep their letters ("李静" → "李静"). */
export function idFromName(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[ßæøœłđþðı]/g, (char) => TRANSLITERATIONS[char]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return slug(latin) || 'entry';
}

/** The id, or the id with -2, -3… when a file of that collection already uses it. */
export function freeId(folder: string, wanted: string): string {
  const taken = new Set(fs.existsSync(folder) ? fs.readdirSync(folder).map((file) => file.replace(/\.[^.]+$/, '')) : []);
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

function yamlValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return JSON.stringify(value);
}

/** The example a field's description gives (`Example: …`), for commented-out optional fields. */
function exampleOf(description: string): string {
  return description.match(/Example: `([^`]+)`/)?.[1] ?? '…';
}

/** Frontmatter for every field of the schema, in schema order, each with its description above it. */
export function scaffoldText(kind: ScaffoldKind, values: Record<string, unknown>): string {
  const { schema, body } = SCAFFOLD_KINDS[kind];
  const lines = fieldsOf(schema as z.ZodObject).flatMap(({ name, required, description }) => {
    const comment = `# ${description}${required ? '' : ' (optional)'}`;
    if (name in values && values[name] !== undefined) return [comment, `${name}: ${yamlValue(values[name])}`];
    return [comment, `# ${name}: ${exampleOf(description)}`];
  });
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

export interface Scaffolded {
  file: string;
  id: string;
}

/** Writes the file, never over an existing one. */
export function writeScaffold(contentFolder: string, kind: ScaffoldKind, name: string, values: Record<string, unknown>): Scaffolded {
  const { collection, extension } = SCAFFOLD_KINDS[kind];
  const folder = path.join(contentFolder, collection);
  const id = freeId(folder, idFromName(name));
  const file = path.join(folder, `${id}${extension}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(file, scaffoldText(kind, values), { flag: 'wx' });
  return { file, id };
}
