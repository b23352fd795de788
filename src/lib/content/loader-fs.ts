/**
 * The content loaders: every collection is read through the one validator (validate-folder-fs.ts), run
 * once for the whole folder and shared by the collections' loaders, so the build stops on exactly the
 * problems `npm run check` prints, all of them, in the same order. Valid entries are then stored the way
 * Astro's own glob loader stores them: Markdown rendered now, MDX rendered when its page is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { imagesAsPaths } from '../../schemas/index.ts';
import { today } from '../site/dates.ts';
import { contentFolder } from './folder.ts';
import { ContentError, formatContentProblems } from './problems.ts';
import { recordBuildPhase } from '../build/report-fs.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SITE_CONFIG,
  TABLES,
  isProse,
  plainSchema,
  type CollectionName,
  type TableName,
} from './registry.ts';
import { imageFields } from './schema-fields.ts';
import type { ValidatedEntry } from './validate-entry-fs.ts';
import { errorsIn, validateContentFolder, type ValidatedContent } from './validate-folder-fs.ts';
import { createValidationCache, type ValidationCache } from './validation-cache-fs.ts';
import { readYaml } from './yaml.ts';

let validation: Promise<ValidatedContent> | undefined;
let validatedRound: unknown;
/** Kept in `npm run dev` only, where the folder is validated again after every change. */
let cache: ValidationCache | undefined;
let lastWarnings = '';

/**
 * The folder validated once for all the loaders of a sync. In `npm run dev` each change starts a new round
 * (src/integrations/content-refresh.ts), which validates again.
 */
function validatedContent(context: LoaderContext): Promise<ValidatedContent> {
  const refresh = context.refreshContextData as { round?: unknown; loaded?: boolean } | undefined;
  if (refresh) refresh.loaded = true;
  const round = refresh?.round;
  if (!validation || round !== validatedRound) {
    validatedRound = round;
    if (context.watcher) cache ??= createValidationCache();
    const started = performance.now();
    validation = validateContentFolder(contentFolder(), { today: today(), cache });
    void validation.then((content) =>
      recordBuildPhase('validation', {
        seconds: (performance.now() - started) / 1000,
        entries: COLLECTION_NAMES.reduce((n, name) => n + content.entries[name].length, 0),
      }),
    );
  }
  return validation;
}

const glossaryDigests = new WeakMap<ValidatedContent, string>();

/** The glossary's digest, once per validation rather than once per collection. */
function glossaryDigestOf(context: LoaderContext, content: ValidatedContent): string {
  let digest = glossaryDigests.get(content);
  if (!digest)
    glossaryDigests.set(
      content,
      (digest = context.generateDigest(content.entries.glossary.map((t) => t.text).join('\0'))),
    );
  return digest;
}

/** Everything that shows on an entry's page: its text, where it lives, its images, and for prose the glossary. */
function digestOf(context: LoaderContext, entry: ValidatedEntry, glossaryDigest: string): string {
  const images = imageFields(plainSchema(COLLECTIONS[entry.collection].schema, imagesAsPaths)).map(({ field }) => {
    const value = entry.data[field];
    if (typeof value !== 'string') return '';
    const image = path.resolve(path.dirname(entry.file), value);
    const stat = fs.statSync(image);
    return `${image}:${stat.size}:${stat.mtimeMs}`;
  });
  const prose = isProse(entry.collection) ? glossaryDigest : '';
  return context.generateDigest([entry.file, entry.text, ...images, prose].join('\0'));
}

async function storeEntries(
  context: LoaderContext,
  entries: readonly ValidatedEntry[],
  glossaryDigest: string,
): Promise<void> {
  const { store } = context;
  const untouched = new Set(store.keys());
  for (const entry of entries) {
    untouched.delete(entry.id);
    const digest = digestOf(context, entry, glossaryDigest);
    const filePath = path.relative(fileURLToPath(context.config.root), entry.file).split(path.sep).join('/');
    const existing = store.get(entry.id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      if (existing.deferredRender) store.addModuleImport(filePath);
      // Astro's own store has this, though its public type leaves it out; the glob loader calls it too.
      if (existing.assetImports?.length)
        (store as { addAssetImports?: (imports: string[], file: string) => void }).addAssetImports?.(
          existing.assetImports,
          filePath,
        );
      continue;
    }
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
    if (entry.file.endsWith('.mdx')) {
      store.set({ id: entry.id, data, body: entry.body, filePath, digest, deferredRender: true });
    } else {
      const { html, metadata } = await context.renderMarkdown(entry.text, { fileURL: pathToFileURL(entry.file) });
      // The renderer hands back the frontmatter too; `data` already holds it, and nothing reads it from there. Left
      // out, the store Astro writes and reads again after every save in dev is a fifth smaller (1,000 people).
      const { frontmatter: _frontmatter, ...kept } = metadata ?? {};
      store.set({
        id: entry.id,
        data,
        body: entry.body,
        filePath,
        digest,
        rendered: { html, metadata: kept },
        assetImports: metadata?.imagePaths ?? [],
      });
    }
  }
  for (const id of untouched) store.delete(id);
}

async function sync(context: LoaderContext, collection: LoadedCollection): Promise<void> {
  if (collection !== 'site' && !(collection in COLLECTIONS)) return syncTable(context, collection as TableCollection);
  const content = await validatedContent(context);
  if (errorsIn(content.problems).length) throw new ContentError(content.problems);
  if (collection === 'site') {
    // Warnings are said once per sync, by the loader there is one of, and in dev only when they change.
    const warnings = formatContentProblems(content.problems);
    if (warnings && warnings !== lastWarnings) {
      context.logger
        .fork('one-team:content')
        .warn(`\n${warnings}\n\nThese do not stop the build; npm run check lists them too.`);
    }
    lastWarnings = warnings;
    const file = path.join(content.folder, SITE_CONFIG.file);
    // Astro's own pass over site.yaml as written resolves the logo into an image.
    const data = await context.parseData({
      id: 'site',
      data: (readYaml(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>,
      filePath: file,
    });
    context.store.clear();
    context.store.set({ id: 'site', data, filePath: path.relative(fileURLToPath(context.config.root), file) });
    return;
  }
  await storeEntries(context, content.entries[collection as CollectionName], glossaryDigestOf(context, content));
}

/**
 * A table's months (`pulse`, `pace`: one entry per CSV file, id YYYY-MM) or its ids file's ids
 * (`pulseQuestions`: one entry per question), from the same validation as every collection.
 */
async function syncTable(context: LoaderContext, collection: TableCollection): Promise<void> {
  const content = await validatedContent(context);
  if (errorsIn(content.problems).length) throw new ContentError(content.problems);
  const { store } = context;
  store.clear();
  if (collection in TABLES) {
    for (const month of content.tables[collection as TableName]) {
      const data = await context.parseData({
        id: month.id,
        data: { rows: month.rows.map((row) => row.fields) },
        filePath: month.file,
      });
      store.set({ id: month.id, data, digest: context.generateDigest(data) });
    }
    return;
  }
  const table = tableOfIds(collection);
  for (const [order, [id, text]] of Object.entries(content.tableIds[table]).entries()) {
    store.set({ id, data: await context.parseData({ id, data: { text, order } }) });
  }
}

/** The collections the tables give: each table's months, and the ids file's entries where it has one. */
export type TableCollection = TableName | 'pulseQuestions';

function tableOfIds(collection: TableCollection): TableName {
  const table = (Object.keys(TABLES) as TableName[]).find(
    (name) => (TABLES[name] as { ids?: { collection: string } }).ids?.collection === collection,
  );
  if (!table) throw new Error(`no table names its ids ${collection}`);
  return table;
}

/** Everything a content folder is loaded as: its collections, site.yaml, and its tables. */
type LoadedCollection = CollectionName | 'site' | TableCollection;

/** The loader of one collection, of site.yaml, or of a table. */
export function contentLoader(collection: LoadedCollection): Loader {
  return {
    name: `one-team:${collection}`,
    load: (context) => sync(context, collection),
  };
}
