/**
 * Every collection of a content folder, described once: its files, its schema, and how the tooling treats
 * it. The content loaders (src/content.config.ts), `npm run check`, `npm run new` and the content-model
 * guide all read it; references and image fields are read from the schemas' metadata. Adding a collection
 * is a schema, one entry here, and its pages.
 */
import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { findCodeInProfile } from './profile-rules.ts';
import {
  announcementSchema,
  departmentSchema,
  eventSchema,
  feedbackSchema,
  glossarySchema,
  initiativeSchema,
  paceRowSchema,
  personSchema,
  pulseQuestionsSchema,
  pulseRowSchema,
  siteSchema,
  storySchema,
  strategySchema,
  teamSchema,
  toolSchema,
  visitSchema,
  winSchema,
} from '../../schemas/index.ts';

export interface ScaffoldQuestion {
  /** The field the answer fills, as a dotted path: `team`, `outcomes.0.metric`. */
  field: string;
  /** The command-line flag that answers it; the field's last part by default. */
  flag?: string;
  ask: string;
  /** Asked, but may be left empty. */
  optional?: boolean;
  /** The answer when nobody is at the terminal to give one; `today` is YYYY-MM-DD. */
  fallback?: (today: string) => string;
}

/** How `npm run new -- <kind> "Name"` starts an entry of the collection. */
export interface Scaffold {
  kind: string;
  /** The field the name or title from the command line goes into. */
  titleField: string;
  extension: '.md' | '.mdx';
  questions: readonly ScaffoldQuestion[];
  /** Fields filled in without asking; `existing` is how many entries the collection has. */
  fill?: (context: { today: string; existing: number }) => Record<string, unknown>;
  body: string;
}

/** Ids of a shape the site's own pages use, with what to tell whoever named a file so. */
export interface ReservedIdPattern {
  pattern: RegExp;
  message: (id: string) => string;
}

export interface CollectionSpec {
  /** `.md` only where contributors write: MDX can run code. */
  extensions: readonly ('.md' | '.mdx')[];
  schema: z.ZodObject | ((context: SchemaContext) => z.ZodObject);
  /**
   * The comms team's words for every employee: glossary terms are linked in the body and listed as used
   * there, and `npm run check` reads it for jargon and reading grade.
   */
  prose?: boolean;
  /** An organisation has at least one entry; every other collection may be left out. */
  required?: boolean;
  /** Pages the site puts beside the entry pages, whose names an entry file cannot take. */
  reservedIds?: readonly (string | ReservedIdPattern)[];
  /** Checks of the whole file beyond its frontmatter, for collections anyone may write to. */
  fileRules?: (file: string, text: string) => ContentProblem[];
  scaffold?: Scaffold;
}

const thisMonth = (today: string) => today.slice(0, 7);
const sameDay = (today: string) => today;

export const COLLECTIONS = {
  people: {
    extensions: ['.md'],
    schema: personSchema,
    required: true,
    reservedIds: ['org-chart'],
    fileRules: findCodeInProfile,
    scaffold: {
      kind: 'person',
      titleField: 'name',
      extension: '.md',
      questions: [
        { field: 'role', ask: 'Your job title' },
        { field: 'team', ask: 'Your team' },
      ],
      body: 'What I do for you, in plain words: who comes to you, with what, and how you help.',
    },
  },
  teams: { extensions: ['.md'], schema: teamSchema, prose: true },
  departments: { extensions: ['.md', '.mdx'], schema: departmentSchema, prose: true },
  strategy: {
    extensions: ['.md', '.mdx'],
    schema: strategySchema,
    prose: true,
    scaffold: {
      kind: 'strategy',
      titleField: 'title',
      extension: '.mdx',
      questions: [
        { field: 'summary', ask: 'One or two sentences for cards and lists' },
        { field: 'owner', ask: 'Owner' },
        { field: 'goals.0', flag: 'goal', ask: 'One business goal it serves' },
      ],
      fill: ({ today, existing }) => ({ order: existing + 1, reviewed: today, status: 'current' }),
      body: '## Why\n\n## What changes for you\n\n## How we will know',
    },
  },
  wins: {
    extensions: ['.md', '.mdx'],
    schema: winSchema,
    prose: true,
    reservedIds: [
      {
        pattern: /^\d{4}-\d{2}$/,
        message: (id) =>
          `a win cannot be named like a month, since /wins/${id}/ lists that month's wins → rename the file, e.g. ${id}-what-was-achieved.mdx`,
      },
    ],
    scaffold: {
      kind: 'win',
      titleField: 'title',
      extension: '.mdx',
      questions: [
        { field: 'month', ask: 'Month reached (YYYY-MM)', fallback: thisMonth },
        { field: 'goal', ask: 'The business goal, in one sentence' },
        { field: 'departments', ask: 'Departments, comma separated' },
        { field: 'people', ask: 'IT people, comma separated' },
        { field: 'outcomes.0.metric', ask: 'What was measured' },
        { field: 'outcomes.0.before', ask: 'The value before', optional: true },
        { field: 'outcomes.0.after', ask: 'The value after' },
        { field: 'outcomes.0.unit', ask: 'The unit of both values', optional: true },
      ],
      body: 'The problem, in the words of the people who had it.\n\nWhat IT did together with them.\n\nWhat changed, in numbers.',
    },
  },
  glossary: {
    extensions: ['.md'],
    schema: glossarySchema,
    scaffold: {
      kind: 'glossary',
      titleField: 'term',
      extension: '.md',
      questions: [{ field: 'definition', ask: 'A plain definition, at most 280 characters' }],
      body: '',
    },
  },
  stories: {
    extensions: ['.md', '.mdx'],
    schema: storySchema,
    prose: true,
    scaffold: {
      kind: 'story',
      titleField: 'title',
      extension: '.mdx',
      questions: [
        { field: 'summary', ask: 'One or two sentences for cards and lists' },
        { field: 'kind', ask: 'Kind', fallback: () => 'news' },
        { field: 'date', ask: 'Publication date (YYYY-MM-DD)', fallback: sameDay },
      ],
      body: '## The beginning\n\nTell the story.',
    },
  },
  initiatives: {
    extensions: ['.md', '.mdx'],
    schema: initiativeSchema,
    prose: true,
    scaffold: {
      kind: 'initiative',
      titleField: 'title',
      extension: '.md',
      questions: [
        { field: 'summary', ask: 'One or two sentences for the board' },
        { field: 'status', ask: 'Status', fallback: () => 'next' },
        { field: 'strategy', ask: 'Strategy pillar' },
        { field: 'owner', ask: 'Owner' },
        { field: 'team', ask: 'IT team doing it' },
      ],
      body: 'What changes for the business, and why now.',
    },
  },
  tools: { extensions: ['.md'], schema: toolSchema, prose: true },
  events: {
    extensions: ['.md', '.mdx'],
    schema: eventSchema,
    prose: true,
    scaffold: {
      kind: 'event',
      titleField: 'title',
      extension: '.md',
      questions: [
        { field: 'kind', ask: 'Kind', fallback: () => 'win-session' },
        { field: 'start', ask: 'Start, with its offset from UTC (e.g. 2026-12-03T15:00:00+01:00)' },
        { field: 'location', ask: 'Where: a room, or Online', fallback: () => 'Online' },
        { field: 'summary', ask: 'One or two sentences for lists and calendars' },
        { field: 'hosts', ask: 'Hosts from IT, comma separated' },
      ],
      body: 'What happens in the session, and who it is for.',
    },
  },
  visits: {
    // The notes are the visitor's own, like a profile: not read for jargon or reading grade.
    extensions: ['.md'],
    schema: visitSchema,
    scaffold: {
      kind: 'visit',
      titleField: 'learned',
      extension: '.md',
      questions: [
        { field: 'person', ask: 'Who from IT spent the day (people id)' },
        { field: 'department', ask: 'Which department (departments id)' },
        { field: 'date', ask: 'The day of the visit (YYYY-MM-DD)', fallback: sameDay },
        { field: 'host', ask: 'Who hosted you there, by name' },
        { field: 'initiative', ask: 'The initiative it was for (initiatives id)', optional: true },
      ],
      body: 'Notes from the day: what the work looks like, what slows people down, what surprised you.',
    },
  },
  announcements: {
    // One plain sentence in a banner, not a page: neither linked to the glossary nor read for reading grade.
    extensions: ['.md'],
    schema: announcementSchema,
  },
  feedback: {
    // Not prose: what was said and done are two fields shown in lists, and `said` is often the business's own
    // words, which the plain-language check should not mark down. The body is not shown; the scaffold leaves it
    // empty.
    extensions: ['.md'],
    schema: feedbackSchema,
    scaffold: {
      kind: 'feedback',
      titleField: 'said',
      extension: '.md',
      questions: [
        { field: 'did', ask: 'What IT did about it, in one or two sentences' },
        { field: 'date', ask: 'The day IT did it (YYYY-MM-DD)', fallback: sameDay },
        { field: 'departments', ask: 'Departments who said it, comma separated' },
        { field: 'initiative', ask: 'The initiative that took it on (initiatives id)', optional: true },
        { field: 'win', ask: 'The win it led to (wins id)', optional: true },
      ],
      body: '',
    },
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * Figures exported from other tools, one CSV file per month (`pulse/2026-03.csv`), each row checked by the
 * table's row schema; its columns are the schema's fields. Read by the same validator as the entries
 * (tables-fs.ts) and loaded as one collection entry per month.
 */
export interface TableSpec {
  row: z.ZodObject;
  /** The columns that name a row once per file: a second row with the same values is a mistake. */
  key: readonly string[];
  /** A YAML file beside the months that names the ids a column takes: pulse's questions. */
  ids?: { file: string; column: string; schema: z.ZodType<Record<string, string>>; collection: string };
}

export const TABLES = {
  pulse: {
    row: pulseRowSchema,
    key: ['question', 'group'],
    ids: { file: 'questions.yaml', column: 'question', schema: pulseQuestionsSchema, collection: 'pulseQuestions' },
  },
  pace: { row: paceRowSchema, key: ['team'] },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A month of a table as the site reads it: one collection entry, id YYYY-MM, holding the file's rows. */
export function tableEntrySchema<Row extends z.ZodObject>(row: Row) {
  return z.object({ rows: z.array(row) });
}

/** An id of a table's ids file as the site reads it: one entry per question, its wording and its place in the file. */
export const tableIdSchema = z.object({ text: z.string(), order: z.number() });

/** The one file that is not a collection entry: who the site belongs to and where it is served. */
export const SITE_CONFIG = { file: 'site.yaml', schema: siteSchema } as const;

const builtSchemas = new WeakMap<object, WeakMap<object, z.ZodObject>>();

/**
 * The schema for a context (image fields as the paths written, outside Astro), built once per context: a
 * zod schema costs more to build than to run, and a folder of 5,000 profiles would build it 5,000 times.
 */
export function plainSchema(schema: CollectionSpec['schema'], context: SchemaContext): z.ZodObject {
  if (typeof schema !== 'function') return schema;
  let byContext = builtSchemas.get(schema);
  if (!byContext) builtSchemas.set(schema, (byContext = new WeakMap()));
  let built = byContext.get(context);
  if (!built) byContext.set(context, (built = schema(context)));
  return built;
}

/** Whether a collection's bodies are the comms team's prose: linked to the glossary, read for plain language. */
export function isProse(name: string): boolean {
  return (COLLECTIONS[name as CollectionName] as CollectionSpec | undefined)?.prose === true;
}

/** The collection whose scaffold `npm run new` calls `kind`. */
export function collectionForScaffold(kind: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((name) => (COLLECTIONS[name] as CollectionSpec).scaffold?.kind === kind);
}
