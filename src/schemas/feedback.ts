/** feedback/<id>.md: "you said, we did", one thing the business told IT and what IT did about it. */
import type { z } from 'astro/zod';
import { calendarDate, entryObject, idOf, idsOf, text } from './fields.ts';

export const feedbackSchema = entryObject({
  said: text('Scanners drop out in the back aisles of the Antwerp warehouse.').describe(
    'What people told IT, in one or two plain sentences, in their words where you can. Example: `Scanners drop out in the back aisles of the Antwerp warehouse.`',
  ),
  did: text('We measured the signal aisle by aisle and added four access points.').describe(
    'What IT did about it, in one or two plain sentences. Example: `We measured the signal aisle by aisle and added four access points.`',
  ),
  date: calendarDate('2026-10-14').describe(
    'The day IT did it (or reported back), YYYY-MM-DD: lists run newest first. Example: `2026-10-14`',
  ),
  departments: idsOf('departments', ['operations'], { min: 1 }).describe(
    'The departments who said it (at least one): ids of files in `departments/`. Their hubs show it. Example: `[operations]`',
  ),
  initiative: idOf('initiatives', 'warehouse-wifi-and-scanners')
    .optional()
    .describe('The initiative that took it on, if any: the id of a file in `initiatives/`.'),
  win: idOf('wins', 'scanner-wifi-rotterdam')
    .optional()
    .describe('The win it led to, if any: the id of a file in `wins/`.'),
});

export type FeedbackInput = z.input<typeof feedbackSchema>;
