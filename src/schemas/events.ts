/** events/<id>.md(x): the alignment programme's sessions: win sessions, deep dives, role-plays, demos. */
import { z } from 'astro/zod';
import {
  calendarDate,
  dateTime,
  entryObject,
  fieldGroup,
  flag,
  glossaryLinking,
  idOf,
  idsOf,
  oneOf,
  text,
} from './fields.ts';

export const EVENT_KINDS = [
  'win-session',
  'deep-dive',
  'role-play',
  'tool-demo',
  'ask-me-anything',
  'training',
  'other',
] as const;

const webAddress = (example: string) =>
  text(example).refine((value) => /^https?:\/\/[^\s]+$/.test(value), {
    error: `must be a web address starting https:// → e.g. ${example}`,
  });

export const actionSchema = fieldGroup(
  {
    text: text('Show stock levels on the scanner screen').describe('What will be done.'),
    owner: idOf('people', 'sanne-bakker').describe('Who does it: the id of a file in `people/`.'),
    due: calendarDate('2027-01-31').describe('By when, YYYY-MM-DD.'),
    done: flag().describe('`true` once it is done.'),
  },
  '{ text: Show stock levels on the scanner, owner: sanne-bakker, due: 2027-01-31, done: false }',
);

export const debriefSchema = fieldGroup(
  {
    itLearned: text('Pickers lose minutes walking back to a printer.').describe(
      'What IT learned, in one or two plain sentences.',
    ),
    businessLearned: text('Why a warehouse system upgrade needs a quiet weekend.').describe(
      'What the business learned, in one or two plain sentences.',
    ),
    actions: z
      .array(actionSchema, { error: 'must be a list of actions → e.g. [{ text: …, owner: …, due: 2027-01-31 }]' })
      .default([])
      .describe('What will change because of it: `text`, `owner`, `due`, `done`.'),
  },
  '{ itLearned: …, businessLearned: …, actions: [] }',
);

export const eventSchema = entryObject({
  title: text('November win session').describe('The name of the session. Example: `November win session`'),
  kind: oneOf(EVENT_KINDS).describe(`One of: ${EVENT_KINDS.join(', ')}.`),
  start: dateTime().describe(
    'When it starts: date, time and offset from UTC. Example: `2026-12-03T15:00:00+01:00` (Central European winter time)',
  ),
  end: dateTime('2026-12-03T16:00:00+01:00')
    .optional()
    .describe('When it ends, written the same way. Without it, the session is an hour long.'),
  location: text('Leeds, room 2.14').describe('A room, or `Online`. Example: `Leeds, room 2.14`'),
  joinUrl: webAddress('https://teams.example.com/meet/win-session')
    .optional()
    .describe('Where to join online. Example: `https://teams.example.com/meet/win-session`'),
  signUpUrl: webAddress('https://forms.example.com/sign-up')
    .optional()
    .describe('Where to sign up, when places are limited. Example: `https://forms.example.com/sign-up`'),
  summary: text('IT shows three goals the business reached with its help.').describe(
    'One or two sentences for lists, feeds and calendars.',
  ),
  departments: idsOf('departments', ['operations']).default([]).describe('Departments it is for or with.'),
  hosts: idsOf('people', ['ada-okafor'], { min: 1 }).describe('IT people hosting it (at least one).'),
  wins: idsOf('wins', ['faster-month-end-close']).default([]).describe('The wins presented, for a win session.'),
  tools: idsOf('tools', ['power-bi']).default([]).describe('The tools shown, for a tool demo.'),
  initiative: idOf('initiatives', 'warehouse-wifi-and-scanners')
    .optional()
    .describe('The initiative it belongs to: the id of a file in `initiatives/`.'),
  debrief: debriefSchema
    .optional()
    .describe('After the session: `itLearned`, `businessLearned` and `actions` (see below).'),
  draft: flag().describe('`true` keeps it out of the published site (still shown by `npm run dev`).'),
  publishAt: calendarDate('2026-11-26')
    .optional()
    .describe('The day a production build first publishes it, YYYY-MM-DD; left out before then. Example: `2026-11-26`'),
  glossary: glossaryLinking(),
}).refine((event) => !event.end || event.end > event.start, {
  error: 'must be after `start` → check the date, the time and the offset',
  path: ['end'],
});

export type EventInput = z.input<typeof eventSchema>;
