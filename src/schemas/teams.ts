/** teams/<id>.md: an IT team and what it does for the business. */
import { z } from 'astro/zod';
import { entryObject, freshnessFields, glossaryLinking, idOf, idsOf, text } from './fields.ts';

export const teamSchema = entryObject({
  name: text('Service Desk').describe('The team name. Example: `Service Desk`'),
  lead: idOf('people', 'ada-okafor').describe('Who leads the team: the id of a file in `people/`.'),
  mission: text('We get you working again, fast.').describe(
    'One sentence: what the team does for you, in business words. Example: `We get you working again, fast.`',
  ),
  serves: idsOf('departments', ['finance', 'operations'])
    .default([])
    .describe('The departments the team works for: ids of files in `departments/`.'),
  owner: idOf('people', 'ada-okafor')
    .optional()
    .describe('Who keeps this page true, if not the lead: the id of a file in `people/`.'),
  ...freshnessFields(),
  glossary: glossaryLinking(),
});

export type TeamInput = z.input<typeof teamSchema>;
