/** visits/<id>.md: a "day in the life" visit, an IT person spending a day beside a department to see its work. */
import { z } from 'astro/zod';
import { calendarDate, entryObject, idOf, text } from './fields.ts';

export const visitSchema = entryObject({
  person: idOf('people', 'chidi-eze').describe('Who from IT spent the day: the id of a file in `people/`.'),
  department: idOf('departments', 'operations').describe(
    'The department they spent it with: the id of a file in `departments/`.',
  ),
  date: calendarDate('2026-03-12').describe('The day of the visit, YYYY-MM-DD. Example: `2026-03-12`'),
  host: text('Joost de Vries').describe(
    'Who in the department hosted the day, by name (plain text, they need no profile). Example: `Joost de Vries`',
  ),
  initiative: idOf('initiatives', 'warehouse-wifi-and-scanners')
    .optional()
    .describe('The initiative the visit was for, if any: the id of a file in `initiatives/`.'),
  learned: text('Pickers walk back to the office to reprint a label.').describe(
    'What they learned, in one plain sentence. Example: `Pickers walk back to the office to reprint a label.`',
  ),
});

export type VisitInput = z.input<typeof visitSchema>;
