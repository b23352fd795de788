/** tools/<id>.md: a tool employees use or want, and where IT stands on it: a tech radar for everyone. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import {
  calendarDate,
  entryObject,
  fieldGroup,
  freshnessFields,
  glossaryLinking,
  idOf,
  idsOf,
  imageFile,
  oneOf,
  text,
} from './fields.ts';

export const TOOL_CATEGORIES = [
  'communication',
  'documents',
  'data',
  'sales',
  'development',
  'security',
  'other',
] as const;
export const TOOL_RINGS = ['adopt', 'trial', 'assess', 'hold'] as const;

export const ringChangeSchema = fieldGroup(
  {
    date: calendarDate('2026-09-01').describe('When the ring changed, YYYY-MM-DD.'),
    ring: oneOf(TOOL_RINGS).describe('The ring it moved to.'),
    note: text('Piloted by Sales for three months.').describe('Why, in one sentence.'),
  },
  '{ date: 2026-09-01, ring: adopt, note: "Piloted by Sales." }',
);

export const toolSchema = (context: SchemaContext) =>
  entryObject({
    name: text('Miro').describe("The tool's name. Example: `Miro`"),
    category: oneOf(TOOL_CATEGORIES).describe(`What it is for: one of ${TOOL_CATEGORIES.join(', ')}.`),
    ring: oneOf(TOOL_RINGS).describe(
      'Where IT stands: `adopt` (use it), `trial` (use it in a pilot), `assess` (being looked at) or `hold` (do not start using it).',
    ),
    summary: text('An online whiteboard for workshops.').describe('What it does, in one sentence.'),
    howToGet: text('Ask the Service Desk for a licence.').describe(
      'How to get it: plain words or an internal address. Example: `Request it in the IT portal`',
    ),
    owner: idOf('people', 'chidi-eze').describe('Who in IT looks after it: the id of a file in `people/`.'),
    proposedBy: text('Sales').describe("Who brought it in: a person's name or a department. Example: `Sales team`"),
    departments: idsOf('departments', ['sales'])
      .default([])
      .describe('The departments using it: ids of files in `departments/`.'),
    since: calendarDate('2025-03-01').describe('Since when IT has tracked it, YYYY-MM-DD.'),
    replaces: idsOf('tools', ['old-wiki']).default([]).describe('Tools it replaces: ids of files in `tools/`.'),
    logo: imageFile(context).optional().describe('A logo file beside the entry. Example: `./miro.png`'),
    history: z
      .array(ringChangeSchema, {
        error: 'must be a list of ring changes → e.g. [{ date: 2026-09-01, ring: adopt, note: "…" }]',
      })
      .default([])
      .describe('Ring changes, each with `date`, `ring` and `note`, shown as a timeline.'),
    ...freshnessFields(),
    glossary: glossaryLinking(),
  });

export type ToolInput = z.input<ReturnType<typeof toolSchema>>;
