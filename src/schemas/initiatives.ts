/** initiatives/<id>.md(x): a piece of IT work under way or planned, so the business sees IT's load and pace. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import {
  calendarDate,
  entryObject,
  fieldGroup,
  glossaryLinking,
  idOf,
  idsOf,
  imageFile,
  oneOf,
  quarter,
  text,
} from './fields.ts';
import { quarterAfter } from '../lib/organisation/quarters.ts';
import { isoDay } from '../lib/site/dates.ts';

export const INITIATIVE_STATUSES = ['now', 'next', 'later', 'done'] as const;

/**
 * One earlier promise the initiative has moved away from. The initiative's `target` stays the current promise;
 * these say what was promised before, when that changed and why, so a slip is shown rather than quietly
 * rewritten.
 */
export const earlierTargetSchema = fieldGroup(
  {
    date: calendarDate('2026-10-14').describe(
      'The day the target moved away from this quarter, YYYY-MM-DD. Example: `2026-10-14`',
    ),
    target: quarter('2026-Q4').describe('The quarter promised before that day, YYYY-Qn. Example: `2026-Q4`'),
    reason: text('The supplier delivered the new access points six weeks late.').describe(
      'Why it moved, in one or two sentences of business English.',
    ),
  },
  '{ date: 2026-10-14, target: 2026-Q4, reason: The supplier delivered late. }',
);

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
    target: quarter('2027-Q1')
      .optional()
      .describe('When it should be done, as a quarter: the current promise. Example: `2027-Q1`'),
    targetHistory: z
      .array(earlierTargetSchema, {
        error: 'must be a list of earlier targets → e.g. [{ date: 2026-10-14, target: 2026-Q4, reason: … }]',
      })
      .optional()
      .describe(
        'Earlier targets it has moved away from, in any order, each with the `date` it moved, the `target` ' +
          'promised before and the `reason` (see below); `target` stays the current promise. The page shows the ' +
          'moves and the board marks the initiative "Moved".',
      ),
    cover: imageFile(context).optional().describe('A cover image beside the file. Example: `./new-scanners.jpg`'),
    glossary: glossaryLinking(),
  }).superRefine(({ target, targetHistory = [] }, context) => {
    if (targetHistory.length === 0) return;
    const oldestFirst = [...targetHistory.entries()].sort(([, a], [, b]) => a.date.getTime() - b.date.getTime());
    if (!target) {
      const latest = oldestFirst.at(-1)![1].target;
      context.addIssue({
        code: 'custom',
        path: ['targetHistory'],
        message: `lists earlier targets, but there is no current \`target\` → add the quarter promised now, e.g. target: ${quarterAfter(latest)}`,
      });
    }
    for (const [position, [index, { date, target: earlier }]] of oldestFirst.entries()) {
      const [previousIndex, previous] = oldestFirst[position - 1] ?? [];
      if (previous && previous.date.getTime() === date.getTime()) {
        context.addIssue({
          code: 'custom',
          path: ['targetHistory', index, 'date'],
          message: `${isoDay(date)} is also the date of targetHistory.${previousIndex} → keep one move per day: remove one of them, or correct its date`,
        });
      }
      const movedTo = oldestFirst[position + 1]?.[1].target ?? target;
      if (earlier === movedTo) {
        context.addIssue({
          code: 'custom',
          path: ['targetHistory', index, 'target'],
          message: `"${earlier}" is also the quarter it moved to on ${isoDay(date)}, so nothing moved → write the quarter promised before that day, or remove this item`,
        });
      }
    }
  });

export type InitiativeInput = z.input<ReturnType<typeof initiativeSchema>>;
