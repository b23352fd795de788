/** wins/<id>.mdx: a monthly "goal achieved with IT" case study. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import {
  calendarDate,
  entryObject,
  fieldGroup,
  flag,
  glossaryLinking,
  idOf,
  idsOf,
  imageFile,
  invisibleCharacterMessage,
  text,
  yearMonth,
} from './fields.ts';

/** A figure before or after: a number, or a short text such as "5 days". */
export const measure = z.union([z.number(), text('5 days')], {
  error: (issue) =>
    issue.input === undefined
      ? 'is required → e.g. 5 or "5 days"'
      : (typeof issue.input === 'string' && invisibleCharacterMessage(issue.input)) ||
        'must be a number or a short text → e.g. 5',
});

export const outcomeSchema = fieldGroup(
  {
    metric: text('Days to close the books').describe('What was measured. Example: `Days to close the books`'),
    before: measure.optional().describe('The value before, if known. Example: `9`'),
    after: measure.describe('The value after. Example: `4`'),
    unit: text('days').optional().describe('The unit of both values. Example: `days`'),
  },
  '{ metric: Days to close, before: 9, after: 4, unit: days }',
);

export const quoteSchema = fieldGroup(
  {
    text: text('We closed March in four days.').describe('What they said.'),
    by: text('Priya Raman').describe('Who said it.'),
    role: text('Head of Finance').describe('Their role.'),
  },
  '{ text: "We closed March in four days.", by: Priya Raman, role: Head of Finance }',
);

export const winSchema = (context: SchemaContext) =>
  entryObject({
    title: text('Month-end close in four days').describe('The headline. Example: `Month-end close in four days`'),
    month: yearMonth().describe('The month the goal was reached, YYYY-MM. Example: `2026-03`'),
    goal: text('Close the books faster').describe('The business goal, one sentence in business words.'),
    departments: idsOf('departments', ['finance'], { min: 1 }).describe('Departments that benefited (at least one).'),
    people: idsOf('people', ['ada-okafor'], { min: 1 }).describe('IT people who made it happen (at least one).'),
    strategy: idOf('strategy', 'self-service').optional().describe('The strategy pillar it advanced.'),
    initiative: idOf('initiatives', 'new-warehouse-scanners')
      .optional()
      .describe('The initiative it came from: the id of a file in `initiatives/`.'),
    outcomes: z
      .array(outcomeSchema, {
        error: 'must be a list of outcomes → e.g. [{ metric: "Days to close", before: 9, after: 4 }]',
      })
      .min(1, {
        error: 'needs at least one outcome → e.g. [{ metric: "Days to close", before: 9, after: 4, unit: days }]',
      })
      .describe('Measured results (at least one): `metric`, optional `before`, `after`, optional `unit`.'),
    cover: imageFile(context).optional().describe('A cover image beside the file. Example: `./scanner-rollout.jpg`'),
    quote: quoteSchema.optional().describe("A business colleague's words: `text`, `by`, `role`."),
    draft: flag().describe('`true` keeps it out of the published site (still shown by `npm run dev`).'),
    publishAt: calendarDate('2026-12-01')
      .optional()
      .describe(
        'The day a production build first publishes it, YYYY-MM-DD; left out before then. Example: `2026-12-01`',
      ),
    glossary: glossaryLinking(),
  });

export type WinInput = z.input<ReturnType<typeof winSchema>>;
