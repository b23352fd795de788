/** departments/<id>.md: a business unit IT works for (not an IT team). */
import { z } from 'astro/zod';
import { entryObject, freshnessFields, glossaryLinking, idOf, text } from './fields.ts';

export const departmentSchema = entryObject({
  name: text('Finance').describe('The department name. Example: `Finance`'),
  head: text('Priya Raman').describe(
    'The name of the department head (they are not in `people/`, which is IT only). Example: `Priya Raman`',
  ),
  summary: text('Pays our suppliers and our people, on time.').describe(
    'What the department does, in a sentence or two. Example: `Pays our suppliers and our people, on time.`',
  ),
  glossary: glossaryLinking(),
  owner: idOf('people', 'siobhan-kelly')
    .optional()
    .describe('Who in IT keeps this page true: the id of a file in `people/`.'),
  ...freshnessFields(),
});

export type DepartmentInput = z.input<typeof departmentSchema>;
