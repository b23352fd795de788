/** The collections: one per registry entry (src/lib/content/registry.ts), site.yaml, and the tables' months. */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentLoader } from './lib/content/loader-fs.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SITE_CONFIG,
  TABLES,
  tableEntrySchema,
  tableIdSchema,
  type CollectionName,
  type CollectionSpec,
} from './lib/content/registry.ts';

/** What Astro's generated types read of each collection: its schema, entry by entry. */
type Collections = { [Name in CollectionName]: { loader: Loader; schema: (typeof COLLECTIONS)[Name]['schema'] } };

export const collections = {
  site: defineCollection({ loader: contentLoader('site'), schema: SITE_CONFIG.schema }),
  ...(Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      defineCollection({ loader: contentLoader(name), schema: COLLECTIONS[name].schema as CollectionSpec['schema'] }),
    ]),
  ) as unknown as Collections),
  pulse: defineCollection({ loader: contentLoader('pulse'), schema: tableEntrySchema(TABLES.pulse.row) }),
  pulseQuestions: defineCollection({ loader: contentLoader('pulseQuestions'), schema: tableIdSchema }),
  pace: defineCollection({ loader: contentLoader('pace'), schema: tableEntrySchema(TABLES.pace.row) }),
};
