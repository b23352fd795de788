/** stories/<id>.mdx: comms features: spotlights, day-in-the-life deep dives, explainers and news. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import {
  calendarDate,
  entryObject,
  flag,
  freshnessFields,
  glossaryLinking,
  idOf,
  idsOf,
  oneOf,
  text,
  imageFile,
} from './fields.ts';

export const STORY_KINDS = ['spotlight', 'day-in-the-life', 'explainer', 'news'] as const;

export const storySchema = (context: SchemaContext) =>
  entryObject({
    title: text('A day in Finance').describe('The headline.'),
    summary: text('What month-end really looks like.').describe('One or two sentences for cards and lists.'),
    date: calendarDate('2026-03-18').describe('Publication date, YYYY-MM-DD.'),
    kind: oneOf(STORY_KINDS).describe(`One of: ${STORY_KINDS.join(', ')}.`),
    people: idsOf('people', ['ada-okafor']).default([]).describe('IT people in the story.'),
    departments: idsOf('departments', ['finance']).default([]).describe('Departments in the story.'),
    cover: imageFile(context).optional().describe('A cover image beside the file. Example: `./finance-floor.jpg`'),
    draft: flag().describe('`true` keeps it out of the published site (still shown by `npm run dev`).'),
    publishAt: calendarDate('2026-12-01')
      .optional()
      .describe(
        'The day a production build first publishes it, YYYY-MM-DD; left out before then. Example: `2026-12-01`',
      ),
    glossary: glossaryLinking(),
    owner: idOf('people', 'fatima-el-amrani')
      .optional()
      .describe('Who keeps this story true: the id of a file in `people/`.'),
    ...freshnessFields(),
  });

export type StoryInput = z.input<ReturnType<typeof storySchema>>;
