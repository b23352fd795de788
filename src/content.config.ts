import { defineCollection } from 'astro:content';
import { collectionLoader, siteConfigLoader } from './lib/collection-loaders.ts';
import {
  departmentSchema,
  glossarySchema,
  personSchema,
  siteSchema,
  storySchema,
  strategySchema,
  teamSchema,
  winSchema,
} from './schemas/index.ts';

export const collections = {
  site: defineCollection({ loader: siteConfigLoader(), schema: siteSchema }),
  people: defineCollection({ loader: collectionLoader('people', ['.md']), schema: personSchema }),
  teams: defineCollection({ loader: collectionLoader('teams', ['.md']), schema: teamSchema }),
  departments: defineCollection({ loader: collectionLoader('departments', ['.md', '.mdx']), schema: departmentSchema }),
  strategy: defineCollection({ loader: collectionLoader('strategy', ['.md', '.mdx']), schema: strategySchema }),
  wins: defineCollection({ loader: collectionLoader('wins', ['.md', '.mdx']), schema: winSchema }),
  glossary: defineCollection({ loader: collectionLoader('glossary', ['.md']), schema: glossarySchema }),
  stories: defineCollection({ loader: collectionLoader('stories', ['.md', '.mdx']), schema: storySchema }),
};
