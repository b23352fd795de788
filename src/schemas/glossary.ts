/** glossary/<id>.md: one term of business or IT lingo, with both sides' ways of saying it. */
import { z } from 'astro/zod';
import { entryObject, flag, idOf, idsOf, shortText, text, textList } from './fields.ts';

export const MAX_DEFINITION_LENGTH = 280;

export const glossarySchema = entryObject({
  term: text('SLA').describe('The term as people write it. Example: `SLA`'),
  aliases: textList('service level agreement')
    .default([])
    .describe(
      'Other ways of writing it, each linked to the term wherever a page uses it. Example: `[service level agreement, service level]`',
    ),
  unlinkedAliases: textList('connection')
    .default([])
    .describe(
      "Other ways of writing it that are everyday words with other meanings too: shown on the term's page and found by search, but never linked automatically (write `<Term>` where you mean it). `npm run check` suggests moving common words here from `aliases`. Example: `[connection, call]`",
    ),
  definition: shortText(MAX_DEFINITION_LENGTH, 'A promise about how quickly we respond.').describe(
    `A plain definition, at most ${MAX_DEFINITION_LENGTH} characters.`,
  ),
  department: idOf('departments', 'finance').optional().describe('The department whose term it is.'),
  itView: text('Response and resolution targets per priority.').optional().describe('How IT says it.'),
  businessView: text('How long until I can work again.').optional().describe('How the business says it.'),
  related: idsOf('glossary', ['incident']).default([]).describe('Related terms: ids of files in `glossary/`.'),
  avoid: textList('five nines')
    .default([])
    .describe(
      'IT jargon for the term that comms pages should not use; `npm run check` points out each use. Example: `[five nines, 99.999% availability]`',
    ),
  useInstead: text('works almost all the time')
    .optional()
    .describe('The plain wording to use instead of the phrases in `avoid`. Example: `works almost all the time`'),
  autolink: flag(true).describe(
    '`false` stops the term and its aliases from being linked automatically in pages (`<Term>` still links it).',
  ),
});

export type GlossaryInput = z.input<typeof glossarySchema>;
