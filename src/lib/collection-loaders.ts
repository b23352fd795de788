/** Content loaders that read the organisation's content folder and refuse files that would be skipped or unsafe. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { contentFolder, siteConfigFile } from './content-folder.ts';
import { ContentError, type ContentProblem } from './content-problems.ts';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files in a collection folder that the loader would pass over without a word. */
export function findStrayFiles(folder: string, collection: string, entryExtensions: readonly string[]): ContentProblem[] {
  return filesBelow(folder).flatMap((file): ContentProblem[] => {
    const extension = path.extname(file).toLowerCase();
    if (entryExtensions.includes(extension) || IMAGE_EXTENSIONS.has(extension)) return [];
    if (extension === '.mdx' && collection === 'people') {
      return [
        {
          file,
          field: '',
          message: `profiles are Markdown, not MDX (MDX can run code) → rename it to ${path.basename(file, extension)}.md and remove any import or JSX`,
        },
      ];
    }
    return [
      {
        file,
        field: '',
        message: `is not read: ${collection}/ holds ${entryExtensions.join(' or ')} entries and their images → rename it or move it out of the folder`,
      },
    ];
  });
}

/** Loads `<content folder>/<collection>/**` with the given extensions, after refusing stray files. */
export function collectionLoader(collection: string, entryExtensions: readonly ('.md' | '.mdx')[]): Loader {
  const folder = path.join(contentFolder(), collection);
  const pattern = `**/*.{${entryExtensions.map((e) => e.slice(1)).join(',')}}`;
  const inner = glob({ base: folder, pattern });
  return {
    name: `one-team:${collection}`,
    load: async (context) => {
      const stray = findStrayFiles(folder, collection, entryExtensions);
      if (stray.length) throw new ContentError(stray);
      await inner.load(context);
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
      const data = await parseData({ id: 'site', data: raw, filePath: file });
      store.clear();
      store.set({ id: 'site', data, filePath: path.relative(process.cwd(), file) });
    },
  };
}
