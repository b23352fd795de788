/**
 * Checks a whole content folder without building the site, and returns every problem at once:
 * the contract `npm run check` enforces before a pull request is merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { slug } from 'github-slugger';
import sharp from 'sharp';
import { imagesAsPaths, siteSchema } from '../../schemas/index.ts';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from './registry.ts';
import { findImageProblem, findStrayFiles } from './files-fs.ts';
import { TERM_FALLBACK, checkContentIntegrity, notInCollectionMessage, type CheckedEntry } from './references.ts';
import type { ContentProblem } from './problems.ts';
import { lineOfField, problemsFromSchemaIssues, withFieldLines } from './schema-problems.ts';
import { siteConfigFile } from './folder.ts';
import { explicitTermIds } from '../glossary/mentions.ts';
import { collidingPhrases } from '../glossary/matcher.ts';
import { findAvoidedPhrases, readingLevel, type AvoidRule } from './plain-language.ts';
import { isPastReview, type StalePage } from '../organisation/freshness.ts';
import { isoDay } from '../site/dates.ts';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 4000;

/** The id Astro gives an entry: its file name without extension, as a slug ("Ada Okafor.md" → "ada-okafor"). */
export function entryIdOf(fileName: string): string {
  return slug(fileName.replace(/\.[^.]+$/, ''));
}

interface Frontmatter {
  data: Record<string, unknown>;
  text: string;
}

/** Reads the YAML between the opening `---` lines, the way Astro does (js-yaml). */
export function readFrontmatter(file: string, text: string): Frontmatter | ContentProblem {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/);
  if (!match) {
    return { file, line: 1, field: '', message: 'has no frontmatter → start the file with a line of ---, the fields, and another line of ---' };
  }
  try {
    const data = yaml.load(match[1]!) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { file, line: 2, field: '', message: 'the frontmatter is not a list of fields → write one "field: value" per line' };
    }
    return { data: data as Record<string, unknown>, text };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      file,
      ...(mark ? { line: mark.line + 2 } : {}),
      field: '',
      message: `the frontmatter is not valid YAML (${reason}) → check quotes and indentation; quote text containing ": " or starting with @, # or [`,
    };
  }
}

/** Photos people add by pull request must be real images of a sensible size. */
export async function findPhotoLimits(entryFile: string, field: string, value: unknown, fileText: string): Promise<ContentProblem[]> {
  if (typeof value !== 'string') return [];
  const photo = path.resolve(path.dirname(entryFile), value);
  if (!fs.existsSync(photo)) return [];
  const line = lineOfField(fileText, field);
  const at = { file: entryFile, ...(line ? { line } : {}), field };
  const bytes = fs.statSync(photo).size;
  if (bytes > MAX_PHOTO_BYTES) {
    return [{ ...at, message: `"${value}" is ${(bytes / 1024 / 1024).toFixed(1)} MB, at most 5 MB is allowed → export it smaller (800 × 800 pixels is plenty)` }];
  }
  try {
    const { width = 0, height = 0 } = await sharp(photo).metadata();
    if (Math.max(width, height) > MAX_PHOTO_PIXELS) {
      return [{ ...at, message: `"${value}" is ${width} × ${height} pixels, at most ${MAX_PHOTO_PIXELS} on a side → resize it (800 × 800 is plenty)` }];
    }
  } catch {
    return [{ ...at, message: `"${value}" is not an image that can be read → save it again as JPEG or PNG` }];
  }
  return [];
}

async function checkSiteConfig(folder: string): Promise<ContentProblem[]> {
  const file = siteConfigFile(folder);
  if (!fs.existsSync(file)) return [{ file, field: '', message: 'the site config file is missing → create site.yaml at the root of the content folder' }];
  const text = fs.readFileSync(file, 'utf8');
  try {
    const parsed = siteSchema(imagesAsPaths).safeParse(yaml.load(text) ?? {});
    const logo = findImageProblem(file, 'logo', (yaml.load(text) as Record<string, unknown> | null)?.logo);
    return [...(parsed.success ? [] : problemsFromSchemaIssues(file, text, parsed.error.issues)), ...(logo ? [logo] : [])];
  } catch (error) {
    return [{ file, field: '', message: `is not valid YAML (${(error as { reason?: string }).reason ?? String(error)}) → check quotes and indentation` }];
  }
}

/** `<Term id>` must name a term; aliases two terms share link to only one of them, so they are worth a warning. */
function checkGlossaryUse(entries: Record<string, CheckedEntry[]>, bodies: Map<string, string>): ContentProblem[] {
  const glossary = entries.glossary ?? [];
  const known = new Set(glossary.map((t) => t.id));
  const problems: ContentProblem[] = [];
  for (const [file, text] of bodies) {
    const lines = text.split(/\r?\n/);
    for (const id of new Set(explicitTermIds(text))) {
      if (known.has(id)) continue;
      const line = lines.findIndex((l) => l.includes(`id="${id}"`) || l.includes(`id='${id}'`)) + 1;
      problems.push({ file, ...(line ? { line } : {}), field: '<Term id>', message: notInCollectionMessage(id, 'glossary', known, TERM_FALLBACK) });
    }
  }
  const phrases = glossary.flatMap((t) => [t.data.term, ...((t.data.aliases as string[] | undefined) ?? [])].filter((p): p is string => typeof p === 'string').map((phrase) => ({ termId: t.id, phrase })));
  for (const { phrase, termIds } of collidingPhrases(phrases)) {
    const files = glossary.filter((t) => termIds.includes(t.id));
    for (const term of files) {
      problems.push({
        file: term.filePath!,
        field: 'aliases',
        severity: 'warning',
        message: `"${phrase}" also names ${termIds.filter((id) => id !== term.id).join(', ')} → only one of them gets linked; keep the phrase on one term`,
      });
    }
  }
  return problems;
}

async function checkCollection(folder: string, name: CollectionName, entries: CheckedEntry[], bodies: Map<string, string>): Promise<ContentProblem[]> {
  const definition: CollectionDefinition = COLLECTIONS[name];
  const { extensions, schema, imageFields } = definition;
  const collectionFolder = path.join(folder, name);
  if (!fs.existsSync(collectionFolder)) return [];
  const problems = findStrayFiles(collectionFolder, name, extensions);
  const plainSchema = typeof schema === 'function' ? schema(imagesAsPaths) : schema;
  const filesById = new Map<string, string[]>();

  const files = fs
    .readdirSync(collectionFolder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && (extensions as readonly string[]).includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(collectionFolder, entry.name))
    .sort();
  for (const file of files) {
    const id = entryIdOf(path.basename(file));
    filesById.set(id, [...(filesById.get(id) ?? []), file]);
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.mdx')) bodies.set(file, text);
    const frontmatter = readFrontmatter(file, text);
    if ('message' in frontmatter) {
      problems.push(frontmatter);
      entries.push({ id, filePath: file, data: {} });
      continue;
    }
    const imageProblems = Object.entries(imageFields).flatMap(([field, kinds]) => findImageProblem(file, field, frontmatter.data[field], kinds) ?? []);
    problems.push(...imageProblems);
    if (imageProblems.length === 0) {
      for (const field of Object.keys(imageFields)) problems.push(...(await findPhotoLimits(file, field, frontmatter.data[field], text)));
    }
    problems.push(...(definition.fileRules?.(file, text) ?? []));
    const parsed = plainSchema.safeParse(frontmatter.data);
    // An entry with a broken field still exists: references to it are not reported as well.
    entries.push({ id, filePath: file, data: parsed.success ? (parsed.data as Record<string, unknown>) : frontmatter.data });
    if (!parsed.success) problems.push(...problemsFromSchemaIssues(file, text, parsed.error.issues));
  }

  for (const [id, sameId] of filesById) {
    if (sameId.length < 2) continue;
    for (const file of sameId) {
      const others = sameId.filter((other) => other !== file).map((other) => path.basename(other));
      problems.push({ file, field: '', message: `has the same id "${id}" as ${others.join(', ')} → rename one of them, ids come from file names` });
    }
  }
  return problems;
}

/** The collections the comms team writes, whose prose should speak the business's language. */
const COMMS_COLLECTIONS = ['stories', 'strategy', 'wins', 'departments', 'teams', 'initiatives', 'tools'] as const;
const MIN_WORDS_FOR_GRADE = 100;

/** Collections whose pages carry a review date. */
const REVIEWED_COLLECTIONS = ['strategy', 'teams', 'departments', 'stories', 'tools'] as const;

export interface ContentReport {
  problems: ContentProblem[];
  readingLevels: Array<{ file: string; grade: number; words: number }>;
  stalePages: StalePage[];
}

function titleOf(data: Record<string, unknown>): string {
  return String(data.title ?? data.name ?? data.term ?? '');
}

async function checkPlainLanguage(folder: string, entries: Record<string, CheckedEntry[]>, report: ContentReport, today: Date): Promise<void> {
  const rules: AvoidRule[] = (entries.glossary ?? [])
    .filter((t) => Array.isArray(t.data.avoid) && (t.data.avoid as string[]).length > 0)
    .map((t) => ({ termId: t.id, phrases: t.data.avoid as string[], useInstead: String(t.data.useInstead ?? t.data.term) }));
  const siteFile = siteConfigFile(folder);
  const siteData = fs.existsSync(siteFile) ? (yaml.load(fs.readFileSync(siteFile, 'utf8')) as Record<string, unknown> | null) : null;
  const maxGrade = typeof siteData?.readingGrade === 'number' ? siteData.readingGrade : 9;
  const people = new Map((entries.people ?? []).map((p) => [p.id, String(p.data.name ?? p.id)]));

  for (const collection of COMMS_COLLECTIONS) {
    for (const entry of entries[collection] ?? []) {
      const file = entry.filePath!;
      const text = fs.readFileSync(file, 'utf8');
      const mdx = file.endsWith('.mdx');
      for (const found of await findAvoidedPhrases(text, rules, { mdx })) {
        report.problems.push({ file, line: found.line, column: found.column, field: '', severity: 'warning', message: `"${found.found}" → use "${found.useInstead}" (glossary: ${found.termId})` });
      }
      const level = await readingLevel(text, { mdx });
      // A reading-level formula says little about a few sentences; short pages are left out.
      if (level.words < MIN_WORDS_FOR_GRADE) continue;
      report.readingLevels.push({ file, grade: level.grade, words: level.words });
      if (level.grade > maxGrade) {
        report.problems.push({ file, field: '', severity: 'warning', message: `reads at grade ${level.grade}, above ${maxGrade} → use shorter sentences and everyday words` });
      }
    }
  }

  for (const collection of REVIEWED_COLLECTIONS) {
    for (const entry of entries[collection] ?? []) {
      const reviewBy = entry.data.reviewBy instanceof Date ? entry.data.reviewBy : undefined;
      if (!isPastReview({ reviewBy }, today)) continue;
      const ownerId = String(entry.data.owner ?? entry.data.lead ?? '');
      const owner = people.get(ownerId);
      report.stalePages.push({ file: entry.filePath!, title: titleOf(entry.data), reviewBy: reviewBy!, ...(owner ? { owner } : {}) });
      const line = lineOfField(fs.readFileSync(entry.filePath!, 'utf8'), 'reviewBy');
      report.problems.push({
        file: entry.filePath!,
        ...(line ? { line } : {}),
        field: 'reviewBy',
        severity: 'warning',
        message: `was due for review on ${isoDay(reviewBy!)} → ${owner ? `ask ${owner} to check it` : 'check it'}, then move reviewBy forward`,
      });
    }
  }
}

/** Everything `npm run check` reports: problems and warnings, reading levels, and pages past review. */
export async function checkContentReport(folder: string, { today = new Date() }: { today?: Date } = {}): Promise<ContentReport> {
  const entries = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, [] as CheckedEntry[]]));
  const problems = await checkSiteConfig(folder);
  const bodies = new Map<string, string>();
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) problems.push(...(await checkCollection(folder, name, entries[name]!, bodies)));
  problems.push(...checkContentIntegrity(entries), ...checkGlossaryUse(entries, bodies));
  const report: ContentReport = { problems, readingLevels: [], stalePages: [] };
  await checkPlainLanguage(folder, entries, report, today);
  report.problems = withFieldLines(report.problems, (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined));
  return report;
}

/** The errors and warnings alone: what must be fixed before a merge, and what is worth a look. */
export async function checkContentFolder(folder: string, options: { today?: Date } = {}): Promise<ContentProblem[]> {
  return (await checkContentReport(folder, options)).problems;
}
