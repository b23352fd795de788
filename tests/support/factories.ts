/** Entries for unit tests, parsed through the real schemas so they have the shape pages see. */
import { z } from 'astro/zod';
import {
  announcementSchema,
  departmentSchema,
  eventSchema,
  feedbackSchema,
  glossarySchema,
  imagesAsPaths,
  initiativeSchema,
  personSchema,
  storySchema,
  strategySchema,
  teamSchema,
  visitSchema,
  winSchema,
} from '../../src/schemas/index.ts';
import { buildOrganisation, type Collections } from '../../src/lib/organisation/organisation.ts';

type Raw = Record<string, unknown>;

function entry<const C extends string, T>(collection: C, schema: z.ZodType<T>, id: string, raw: Raw) {
  return { id, collection, filePath: `src/content/${collection}/${id}.md`, data: schema.parse(raw), body: '' };
}

export const person = (id: string, raw: Raw) =>
  entry('people', personSchema(imagesAsPaths), id, { role: 'Engineer', team: 'platform', ...raw });
export const team = (id: string, raw: Raw) =>
  entry('teams', teamSchema, id, { mission: 'We keep things running.', lead: 'ada', ...raw });
export const department = (id: string, raw: Raw) =>
  entry('departments', departmentSchema, id, { head: 'Someone', summary: 'Does things.', ...raw });
export const pillar = (id: string, raw: Raw) =>
  entry('strategy', strategySchema, id, {
    summary: 'S',
    owner: 'ada',
    goals: ['G'],
    reviewed: '2026-01-01',
    status: 'current',
    ...raw,
  });
export const win = (id: string, raw: Raw) =>
  entry('wins', winSchema(imagesAsPaths), id, {
    goal: 'G',
    departments: ['finance'],
    people: ['ada'],
    outcomes: [{ metric: 'm', after: 1 }],
    ...raw,
  });
export const term = (id: string, raw: Raw) => entry('glossary', glossarySchema, id, { definition: 'D', ...raw });
export const initiative = (id: string, raw: Raw) =>
  entry('initiatives', initiativeSchema(imagesAsPaths), id, {
    summary: 'S',
    status: 'now',
    strategy: 'a',
    owner: 'ada',
    team: 'platform',
    ...raw,
  });
export const story = (id: string, raw: Raw) =>
  entry('stories', storySchema(imagesAsPaths), id, { summary: 'S', kind: 'news', date: '2026-01-01', ...raw });

export const site = {
  url: 'https://intranet.example.com',
  base: '/',
  organisation: 'Example',
  title: 'Example IT',
  description: 'D',
  accent: '#0b6bcb',
  typeScale: 1.25,
  timeZone: 'UTC',
  locale: 'en-GB',
  contact: { name: 'Comms', email: 'comms@example.com' },
  pulse: { minimumGroup: 5 },
};

export function organisationOf(collections: Partial<Omit<Collections, 'site'>>) {
  return buildOrganisation({
    site,
    people: [],
    teams: [],
    departments: [],
    strategy: [],
    wins: [],
    glossary: [],
    stories: [],
    initiatives: [],
    tools: [],
    events: [],
    ...collections,
  } as unknown as Collections);
}
export const event = (id: string, raw: Raw) =>
  entry('events', eventSchema, id, {
    title: 'Win session',
    kind: 'win-session',
    start: '2026-12-03T15:00:00+01:00',
    location: 'Online',
    summary: 'S',
    hosts: ['ada'],
    ...raw,
  });
export const announcement = (id: string, raw: Raw) =>
  entry('announcements', announcementSchema, id, {
    text: 'The IT portal moves on 5 December.',
    from: '2026-11-20',
    until: '2026-12-05',
    ...raw,
  });
export const visit = (id: string, raw: Raw) =>
  entry('visits', visitSchema, id, {
    person: 'ada',
    department: 'operations',
    date: '2026-09-17',
    host: 'Pieter Janssens',
    learned: 'Pickers walk to the end of the aisle to confirm a pick.',
    ...raw,
  });
export const feedback = (id: string, raw: Raw) =>
  entry('feedback', feedbackSchema, id, {
    said: 'Scanners drop out in the back aisles.',
    did: 'We added four access points.',
    date: '2026-10-14',
    departments: ['operations'],
    ...raw,
  });
