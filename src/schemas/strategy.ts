/** strategy/<id>.mdx: one pillar of IT strategy, explained in business words. */
import { z } from 'astro/zod';
import {
  calendarDate,
  entryObject,
  freshnessFields,
  glossaryLinking,
  idOf,
  idsOf,
  oneOf,
  text,
  textList,
} from './fields.ts';

export const STRATEGY_STATUSES = ['current', 'retired'] as const;

export const strategySchema = entryObject({
  title: text('Self-service first').describe('The pillar name. Example: `Self-service first`'),
  summary: text('Answers in minutes, not tickets in days.').describe('One or two sentences for cards and lists.'),
  order: z
    .number({
      error: (issue) => (issue.input === undefined ? 'is required → e.g. 1' : 'must be a whole number → e.g. 1'),
    })
    .int({ error: 'must be a whole number → e.g. 1' })
    .describe('Position among the pillars, lowest first. Example: `1`'),
  owner: idOf('people', 'grace-lin').describe('Who owns the pillar: the id of a file in `people/`.'),
  goals: textList('Close the books in three days')
    .min(1, { error: 'needs at least one business goal → e.g. ["Close the books in three days"]' })
    .describe('The business goals it serves, in business words (at least one).'),
  departments: idsOf('departments', ['finance', 'sales'])
    .default([])
    .describe('The departments it matters most to: ids of files in `departments/`.'),
  reviewed: calendarDate('2026-09-01').describe('When the page was last checked to be true, YYYY-MM-DD.'),
  status: oneOf(STRATEGY_STATUSES).describe('`current` or `retired`.'),
  ...freshnessFields(),
  glossary: glossaryLinking(),
});

export type StrategyInput = z.input<typeof strategySchema>;
