/** Content loaders that read the organisation's content folder and refuse files that would be skipped or unsafe. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentFolder, siteConfigFile } from './folder.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { imagesAsPaths } from '../../schemas/fields.ts';
import type { CollectionDefinition } from './registry.ts';
import { problemsFromSchemaIssues } from './schema-problems.ts';
import { findImageProblem, findStrayFiles, hasEntryFiles } from './files-fs.ts';

/**
 * Astro stops at the first entry that fails its schema; this keeps validating the rest of the
 * collection so the contributor sees every problem in one build.
 */
function collectingParseData(
  context: LoaderContext,
  { schema, imageFields, fileRules }: Omit<CollectionDefinition, 'extensions'>,
  problems: ContentProblem[],
): LoaderContext['parseData'] {
  const plainSchema = typeof schema === 'function' ? schema(imagesAsPaths) : schema;
  return async (props) => {
    const file = props.filePath ? path.resolve(props.filePath) : `${context.collection}/${props.id}`;
    const missingImages = Object.entries(imageFields).flatMap(([field, extensions]) => findImageProblem(file, field, props.data[field], extensions) ?? []);
    if (missingImages.length) {
      problems.push(...missingImages);
      return props.data;
    }
    if (fileRules && fs.existsSync(file)) {
      const ruleProblems = fileRules(file, fs.readFileSync(file, 'utf8'));
      if (ruleProblems.length) {
        problems.push(...ruleProblems);
        return props.data;
      }
    }
    try {
      return await context.parseData(props);
    } catch (error) {
      const fileText = props.filePath && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const result = plainSchema.safeParse(props.data);
      problems.push(
        ...(result.success
          ? [{ file, field: '', message: error instanceof Error ? error.message : String(error) }]
          : problemsFromSchemaIssues(file, fileText, result.error.issues)),
      );
      return props.data;
    }
  };
}

/** Loads `<content folder>/<collection>/**` with the given extensions, after refusing stray files. */
export function collectionLoader(collection: string, definition: CollectionDefinition): Loader {
  const entryExtensions = definition.extensions;
  const folder = path.join(contentFolder(), collection);
  const names = entryExtensions.map((e) => e.slice(1));
  const pattern = names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
  const inner = glob({ base: folder, pattern });
  return {
    name: `one-team:${collection}`,
    load: async (context) => {
      const problems = findStrayFiles(folder, collection, entryExtensions);
      if (problems.length) throw new ContentError(problems);
      // Every collection but people is optional: an organisation without tools simply has none.
      if (!hasEntryFiles(folder, entryExtensions)) {
        context.store.clear();
        return;
      }
      await inner.load({ ...context, parseData: collectingParseData(context, definition, problems) });
      if (problems.length) throw new ContentError(problems);
    },
  };
}

/** The one-entry `site` collection, read from site.yaml so that its logo resolves like any content image. */
export function siteConfigLoader(): Loader {
  const file = siteConfigFile();
  return {
    name: 'one-team:site',
    load: async ({ store, parseData }) => {
      const raw = (yaml.load(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
      const missingLogo = findImageProblem(file, 'logo', raw.logo);
      if (missingLogo) throw new ContentError([missingLogo]);
      const data = await parseData({ id: 'site', data: raw, filePath: file });
      store.clear();
      store.set({ id: 'site', data, filePath: path.relative(process.cwd(), file) });
    },
  };
}
