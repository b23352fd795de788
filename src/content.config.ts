import { defineCollection } from 'astro:content';
import { collectionLoader, siteConfigLoader } from './lib/content/loader.ts';
import { COLLECTIONS } from './lib/content/registry.ts';
import { siteSchema } from './schemas/index.ts';

export const collections = {
  site: defineCollection({ loader: siteConfigLoader(), schema: siteSchema }),
  people: defineCollection({ loader: collectionLoader('people', COLLECTIONS.people), schema: COLLECTIONS.people.schema }),
  teams: defineCollection({ loader: collectionLoader('teams', COLLECTIONS.teams), schema: COLLECTIONS.teams.schema }),
  departments: defineCollection({ loader: collectionLoader('departments', COLLECTIONS.departments), schema: COLLECTIONS.departments.schema }),
  strategy: defineCollection({ loader: collectionLoader('strategy', COLLECTIONS.strategy), schema: COLLECTIONS.strategy.schema }),
  wins: defineCollection({ loader: collectionLoader('wins', COLLECTIONS.wins), schema: COLLECTIONS.wins.schema }),
  glossary: defineCollection({ loader: collectionLoader('glossary', COLLECTIONS.glossary), schema: COLLECTIONS.glossary.schema }),
  stories: defineCollection({ loader: collectionLoader('stories', COLLECTIONS.stories), schema: COLLECTIONS.stories.schema }),
  initiatives: defineCollection({ loader: collectionLoader('initiatives', COLLECTIONS.initiatives), schema: COLLECTIONS.initiatives.schema }),
  tools: defineCollection({ loader: collectionLoader('tools', COLLECTIONS.tools), schema: COLLECTIONS.tools.schema }),
};
