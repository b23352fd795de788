/** initiatives/<id>.md(x): a piece of IT work under way or planned, so the business sees IT's load and pace. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { entryObject, glossaryLinking, idOf, idsOf, imageFile, oneOf, text } from './fields.ts';

export const INITIATIVE_STATUSES = ['now', 'next', 'later', 'done'] as const;

export const initiativeSchema = (context: SchemaContext) =>
  entryObject({
    title: text('New warehouse scanners').describe('What the work is called. Example: `New warehouse scanners`'),
    summary: text('Lighter scanners whose batteries last a whole shift.').describe(
      'One or two sentences for cards and the board.',
    ),
    status: oneOf(INITIATIVE_STATUSES).describe(
      '`now` (being done), `next` (starting soon), `later` (planned) or `done`.',
    ),
    strategy: idOf('strategy', 'reliable-warehouses').describe(
      'The strategy pillar it serves: the id of a file in `strategy/`.',
    ),
    departments: idsOf('departments', ['operations'])
      .default([])
      .describe('The departments it is for: ids of files in `departments/`.'),
    owner: idOf('people', 'tomasz-nowak').describe('Who is accountable for it: the id of a file in `people/`.'),
    team: idOf('teams', 'platform').describe('The IT team doing it: the id of a file in `teams/`.'),
    target: z
      .string({ error: 'must be a quarter written YYYY-Qn → e.g. 2027-Q1' })
      .regex(/^\d{4}-Q[1-4]$/, {
        error: (issue) => `must be a quarter written YYYY-Qn, found "${String(issue.input)}" → e.g. 2027-Q1`,
      })
      .optional()
      .describe('When it should be done, as a quarter. Example: `2027-Q1`'),
    cover: imageFile(context).optional().describe('A cover image beside the file. Example: `./new-scanners.jpg`'),
    glossary: glossaryLinking(),
  });

export type InitiativeInput = z.input<ReturnType<typeof initiativeSchema>>;
