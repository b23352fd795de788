import { defineCollection } from 'astro:content';
import { PHOTO_EXTENSIONS, collectionLoader, siteConfigLoader } from './lib/collection-loaders.ts';
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
  people: defineCollection({ loader: collectionLoader('people', ['.md'], personSchema, { photo: PHOTO_EXTENSIONS }), schema: personSchema }),
  teams: defineCollection({ loader: collectionLoader('teams', ['.md'], teamSchema), schema: teamSchema }),
  departments: defineCollection({ loader: collectionLoader('departments', ['.md', '.mdx'], departmentSchema), schema: departmentSchema }),
  strategy: defineCollection({ loader: collectionLoader('strategy', ['.md', '.mdx'], strategySchema), schema: strategySchema }),
  wins: defineCollection({ loader: collectionLoader('wins', ['.md', '.mdx'], winSchema), schema: winSchema }),
  glossary: defineCollection({ loader: collectionLoader('glossary', ['.md'], glossarySchema), schema: glossarySchema }),
  stories: defineCollection({ loader: collectionLoader('stories', ['.md', '.mdx'], storySchema, { cover: PHOTO_EXTENSIONS }), schema: storySchema }),
};
