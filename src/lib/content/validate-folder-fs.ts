/**
 * The one validator of a content folder: site.yaml, every entry of every collection (validate-entry-fs.ts),
 * then what needs the whole folder (stray files, duplicate ids, references, manager loops, reserved names),
 * and the warnings about prose (jargon, reading grade, pages past review, shared glossary aliases).
 * `npm run check` prints its problems; the build's content loader stops on its errors with the same lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imagesAsPaths } from '../../schemas/index.ts';
import { isoDay } from '../site/dates.ts';
import { collidingPhrases } from '../glossary/matcher.ts';
import { isEverydayWord } from '../glossary/common-words-fs.ts';
import { entryFilesIn, findImageProblem, findStrayFiles, isInside, realFolder } from './files-fs.ts';
import { siteConfigFile } from './folder.ts';
import { isPastReview, type StalePage } from './freshness.ts';
import { findAvoidedPhrases, readingLevel, type AvoidRule } from '../markdown/plain-language.ts';
import type { ContentProblem } from './problems.ts';
import { checkContentIntegrity } from './references.ts';
import { COLLECTIONS, COLLECTION_NAMES, SITE_CONFIG, plainSchema, type CollectionName, isProse } from './registry.ts';
import { imageFields } from './schema-fields.ts';
import { contentErrorMap, lineOfPath, problemsFromSchemaIssues, withFieldLines } from './schema-problems.ts';
import { resolveBrandFont } from '../site/brand-font-fs.ts';
import type { ValidatedEntry } from './validate-entry-fs.ts';
import {
  cachedEntryCheck,
  cachedProseFindings,
  forgetAllBut,
  notePictures,
  type ProseFindings,
  type ValidationCache,
} from './validation-cache-fs.ts';
import { readYaml, yamlMistake } from './yaml.ts';
import { visitCoverageWarnings } from './visit-coverage.ts';
import { checkTables, type TablesCheck } from './tables-fs.ts';
import { missingTeamWarnings, unpublishedGroupWarnings } from './table-warnings.ts';

export interface ReadingLevelOfPage {
  file: string;
  grade: number;
  words: number;
}

export interface ValidatedContent {
  folder: string;
  /** site.yaml after its schema, or as written when invalid. */
  site: Record<string, unknown>;
  entries: Record<CollectionName, ValidatedEntry[]>;
  /** The month-by-month CSV tables (pulse/, pace/), and each one's ids file. */
  tables: TablesCheck['tables'];
  tableIds: TablesCheck['ids'];
  /** Errors, then warnings (`severity: 'warning'`), each with its file and, where known, line; in file order. */
  problems: ContentProblem[];
  readingLevels: ReadingLevelOfPage[];
  stalePages: StalePage[];
}

/** A reading-level formula says little about a few sentences; shorter pages are not graded. */
const MIN_WORDS_FOR_GRADE = 100;
/** Entries read at once: photo checks wait on the disk, so a few run side by side. */
const ENTRIES_AT_ONCE = 16;

async function mapInBatches<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

function checkSiteConfig(folder: string): { site: Record<string, unknown>; problems: ContentProblem[] } {
  const file = siteConfigFile(folder);
  if (!fs.existsSync(file)) {
    return {
      site: {},
      problems: [
        {
          file,
          field: '',
          message: `the site config file is missing → create ${SITE_CONFIG.file} at the root of the content folder`,
        },
      ],
    };
  }
  if (!isInside(fs.realpathSync(file), realFolder(folder))) {
    return {
      site: {},
      problems: [
        {
          file,
          field: '',
          message: 'is a link to a file outside the content folder → copy the file itself into the folder',
        },
      ],
    };
  }
  const text = fs.readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = readYaml(text) ?? {};
  } catch (error) {
    const { line, reason, fix } = yamlMistake(error, text);
    return {
      site: {},
      problems: [
        {
          file,
          ...(line ? { line } : {}),
          field: '',
          message: `is not valid YAML (${reason}): ${fix}`,
        },
      ],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      site: {},
      problems: [{ file, line: 1, field: '', message: 'is not a list of fields → write one "field: value" per line' }],
    };
  }
  const data = raw as Record<string, unknown>;
  const schema = plainSchema(SITE_CONFIG.schema, imagesAsPaths);
  const parsed = schema.safeParse(data, { error: contentErrorMap as never });
  const images = imageFields(schema).flatMap(
    ({ field, extensions }) => findImageProblem(file, field, data[field], { root: folder, extensions }, text) ?? [],
  );
  const problems = [
    ...(parsed.success ? [] : problemsFromSchemaIssues(file, text, parsed.error.issues)),
    ...images,
    ...fontProblems(file, text, folder, data.font),
  ];
  return { site: parsed.success ? (parsed.data as Record<string, unknown>) : data, problems };
}

/** site.yaml's brand font must be a package this project has installed or a font file inside the folder. */
function fontProblems(file: string, text: string, folder: string, font: unknown): ContentProblem[] {
  if (typeof font !== 'string') return [];
  const resolved = resolveBrandFont(font, folder);
  return 'mistake' in resolved
    ? [{ file, line: lineOfPath(text, ['font']), field: 'font', message: resolved.mistake }]
    : [];
}

async function checkCollection(
  folder: string,
  name: CollectionName,
  cache: ValidationCache | undefined,
): Promise<{ entries: ValidatedEntry[]; problems: ContentProblem[] }> {
  const { extensions } = COLLECTIONS[name];
  const collectionFolder = path.join(folder, name);
  const problems = findStrayFiles(collectionFolder, name, extensions);
  const checks = await mapInBatches(entryFilesIn(collectionFolder, extensions), ENTRIES_AT_ONCE, (file) =>
    cachedEntryCheck(cache, name, file, folder),
  );
  const entries = checks.map((check) => check.entry);
  problems.push(...checks.flatMap((check) => check.problems));

  const filesById = new Map<string, ValidatedEntry[]>();
  for (const entry of entries) filesById.set(entry.id, [...(filesById.get(entry.id) ?? []), entry]);
  for (const [id, sameId] of filesById) {
    if (sameId.length < 2) continue;
    for (const { file } of sameId) {
      const others = sameId.filter((other) => other.file !== file).map((other) => path.basename(other.file));
      problems.push({
        file,
        field: '',
        message: `has the same id "${id}" as ${others.join(', ')} → rename one of them, ids come from file names`,
      });
    }
  }
  if (entries.length === 0 && 'required' in COLLECTIONS[name]) {
    problems.push({
      file: collectionFolder,
      field: '',
      message: `holds no entries, and the site needs at least one → add one, e.g. with npm run new`,
    });
  }
  return { entries, problems };
}

/** Aliases two terms share link to only one of them, so they are worth a warning on both. */
function sharedGlossaryPhrases(glossary: readonly ValidatedEntry[]): ContentProblem[] {
  const phrases = glossary.flatMap((t) =>
    [t.fields.term, ...((t.fields.aliases as unknown[] | undefined) ?? [])]
      .filter((p): p is string => typeof p === 'string')
      .map((phrase) => ({ termId: t.id, phrase })),
  );
  return collidingPhrases(phrases).flatMap(({ phrase, termIds }) =>
    glossary
      .filter((t) => termIds.includes(t.id))
      .map((term) => ({
        file: term.file,
        field: 'aliases',
        severity: 'warning' as const,
        message: `"${phrase}" also names ${termIds.filter((id) => id !== term.id).join(', ')} → only one of them gets linked; keep the phrase on one term`,
      })),
  );
}

/**
 * An alias that is an everyday word links every use of that word to the term ("call" to Ticket in "call your
 * manager"); checked for sites written in English, the language of the word list.
 */
function everydayAliases(glossary: readonly ValidatedEntry[], site: Record<string, unknown>): ContentProblem[] {
  // site.yaml's locale, defaulted by its schema; none when site.yaml could not be read, and then no judging.
  if (typeof site.locale !== 'string' || !/^en\b/i.test(site.locale)) return [];
  return glossary.flatMap((term) =>
    ((term.fields.aliases as unknown[] | undefined) ?? [])
      .filter((alias): alias is string => typeof alias === 'string' && isEverydayWord(alias))
      .map((alias) => ({
        file: term.file,
        field: 'aliases',
        severity: 'warning' as const,
        message: `"${alias}" is an everyday word, so every "${alias}" on every page would link to this term → move it to unlinkedAliases (shown and searched, not linked)`,
      })),
  );
}

function titleOf(fields: Record<string, unknown>): string {
  return String(fields.title ?? fields.name ?? fields.term ?? '');
}

/** Jargon and reading grade of one valid prose entry's text. */
async function plainLanguageFindings(entry: ValidatedEntry, rules: AvoidRule[]): Promise<ProseFindings> {
  const mdx = entry.file.endsWith('.mdx');
  try {
    const problems = (await findAvoidedPhrases(entry.text, rules, { mdx })).map((found): ContentProblem => ({
      file: entry.file,
      line: found.line,
      column: found.column,
      field: '',
      severity: 'warning',
      message: `"${found.found}" → use "${found.useInstead}" (glossary: ${found.termId})`,
    }));
    const level = await readingLevel(entry.text, { mdx });
    return level.words < MIN_WORDS_FOR_GRADE ? { problems } : { problems, level };
  } catch (error) {
    // The build's compiler read the file; the plain-language reader (remark) could not. Say so rather than crash.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problems: [
        {
          file: entry.file,
          field: '',
          severity: 'warning',
          message: `the plain-language check could not read the text (${reason}) → simplify the markup around that place`,
        },
      ],
    };
  }
}

async function plainLanguageWarnings(
  content: ValidatedContent,
  entry: ValidatedEntry,
  rules: AvoidRule[],
  maxGrade: number,
  cache: ValidationCache | undefined,
): Promise<void> {
  const { problems, level } = await cachedProseFindings(cache, entry.file, entry.text, JSON.stringify(rules), () =>
    plainLanguageFindings(entry, rules),
  );
  content.problems.push(...problems);
  if (!level) return;
  content.readingLevels.push({ file: entry.file, ...level });
  if (level.grade > maxGrade) {
    content.problems.push({
      file: entry.file,
      field: '',
      severity: 'warning',
      message: `reads at grade ${level.grade}, above ${maxGrade} → use shorter sentences and everyday words`,
    });
  }
}

/** Jargon and reading grade in the prose collections, and pages past their review date. */
async function proseWarnings(
  content: ValidatedContent,
  today: Date,
  cache: ValidationCache | undefined,
): Promise<void> {
  const rules: AvoidRule[] = content.entries.glossary
    .filter((t) => Array.isArray(t.fields.avoid) && (t.fields.avoid as string[]).length > 0)
    .map((t) => ({
      termId: t.id,
      phrases: t.fields.avoid as string[],
      useInstead: String(t.fields.useInstead ?? t.fields.term),
    }));
  const maxGrade = typeof content.site.readingGrade === 'number' ? content.site.readingGrade : 9;
  const people = new Map(content.entries.people.map((p) => [p.id, String(p.fields.name ?? p.id)]));
  const invalid = new Set(errorsIn(content.problems).map((p) => p.file));

  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const reviewed = 'reviewBy' in plainSchema(spec.schema, imagesAsPaths).shape;
    for (const entry of content.entries[name]) {
      if (isProse(name) && !invalid.has(entry.file))
        await plainLanguageWarnings(content, entry, rules, maxGrade, cache);
      const reviewBy = entry.fields.reviewBy instanceof Date ? entry.fields.reviewBy : undefined;
      if (!reviewed || !reviewBy || !isPastReview({ reviewBy }, today)) continue;
      const owner = people.get(String(entry.fields.owner ?? entry.fields.lead ?? ''));
      content.stalePages.push({
        file: entry.file,
        title: titleOf(entry.fields),
        reviewBy,
        ...(owner ? { owner } : {}),
      });
      content.problems.push({
        file: entry.file,
        field: 'reviewBy',
        severity: 'warning',
        message: `was due for review on ${isoDay(reviewBy)} → ${owner ? `ask ${owner} to check it` : 'check it'}, then move reviewBy forward`,
      });
    }
  }
}

/** Errors first, then warnings; each group by file, then line and column: the order both commands print. */
function inReadingOrder(problems: readonly ContentProblem[]): ContentProblem[] {
  const rank = (p: ContentProblem) => (p.severity === 'warning' ? 1 : 0);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * Validates the whole folder. `cache`, kept from one validation to the next (as `npm run dev` does), lets
 * entries that read as before keep their checks; the result is the same as without it.
 */
export async function validateContentFolder(
  folder: string,
  { today = new Date(), cache }: { today?: Date; cache?: ValidationCache } = {},
): Promise<ValidatedContent> {
  if (cache) notePictures(cache, folder);
  const { site, problems } = checkSiteConfig(folder);
  const entries = {} as Record<CollectionName, ValidatedEntry[]>;
  for (const name of COLLECTION_NAMES) {
    const checked = await checkCollection(folder, name, cache);
    entries[name] = checked.entries;
    problems.push(...checked.problems);
  }
  const asChecked = (list: readonly ValidatedEntry[]) =>
    list.map((e) => ({ id: e.id, filePath: e.file, data: e.fields }));
  problems.push(
    ...checkContentIntegrity(
      Object.fromEntries(COLLECTION_NAMES.map((name) => [name, asChecked(entries[name])])),
      COLLECTION_NAMES.flatMap((name) => entries[name].flatMap((e) => e.componentReferences)),
    ),
    ...sharedGlossaryPhrases(entries.glossary),
    ...everydayAliases(entries.glossary, site),
  );
  const tables = checkTables(folder, (collection) => new Set(entries[collection as CollectionName]?.map((e) => e.id)));
  problems.push(
    ...tables.problems,
    ...unpublishedGroupWarnings(tables.tables.pulse, site),
    ...missingTeamWarnings(tables.tables.pace, new Set(errorsIn(tables.problems).map((p) => p.file))),
  );
  const content: ValidatedContent = {
    folder,
    site,
    entries,
    tables: tables.tables,
    tableIds: tables.ids,
    problems,
    readingLevels: [],
    stalePages: [],
  };
  await proseWarnings(content, today, cache);
  if (cache) forgetAllBut(cache, new Set(COLLECTION_NAMES.flatMap((name) => entries[name].map((e) => e.file))));
  content.problems.push(
    ...visitCoverageWarnings(entries, new Set(errorsIn(content.problems).map((p) => p.file)), today),
  );
  const texts = new Map(COLLECTION_NAMES.flatMap((name) => entries[name].map((e) => [e.file, e.text] as const)));
  content.problems = inReadingOrder(
    withFieldLines(
      content.problems,
      (file) =>
        texts.get(file) ??
        (fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined),
    ),
  );
  return content;
}

/** The problems that stop a build and fail `npm run check`. */
export function errorsIn(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity !== 'warning');
}
