import { describe, expect, it } from 'vitest';
import {
  glossarySchema,
  imagesAsPaths,
  personSchema,
  storySchema,
  toolSchema,
  winSchema,
} from '../../../src/schemas/index.ts';

const people = personSchema(imagesAsPaths);
const validPerson = { name: 'Ada Okafor', role: 'Service Desk Analyst', team: 'service-desk' };

/** The messages a contributor would read, keyed by the field path. */
function problemsOf(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('content schema messages', () => {
  it('says a missing required field is required and shows an example', () => {
    const problems = problemsOf(people, { name: 'Ada Okafor', team: 'service-desk' });
    expect(problems.role).toBe('is required → add it, e.g. Service Desk Analyst');
  });

  it('names the wrong type that was found', () => {
    const problems = problemsOf(people, { ...validPerson, role: 42 });
    expect(problems.role).toBe('must be text, found number 42 → e.g. Service Desk Analyst');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    const problems = problemsOf(people, { ...validPerson, joined: 'last spring' });
    expect(problems.joined).toBe('must be a date written YYYY-MM-DD, found "last spring" → e.g. 2021-09-06');
  });

  it('refuses names that draw nothing or hide characters, and keeps the joiners real scripts and emoji need', () => {
    expect(problemsOf(people, { ...validPerson, name: '\u3164' }).name).toMatch(
      /^has an invisible character, U\+3164 \(Hangul filler\)/,
    );
    expect(problemsOf(people, { ...validPerson, name: 'Ada\u200dOkafor' }).name).toMatch(
      /U\+200D \(zero-width joiner\)/,
    );
    expect(people.safeParse({ ...validPerson, name: 'مهرداد\u200cی' }).success).toBe(true);
    expect(people.safeParse({ ...validPerson, name: 'Ada 👩\u200d💻' }).success).toBe(true);
  });

  it('rejects an impossible calendar date', () => {
    const problems = problemsOf(people, { ...validPerson, joined: '2024-13-45' });
    expect(problems.joined).toBe(
      '"2024-13-45" is not a day in the calendar → check the day and the month, e.g. 2021-09-06',
    );
    expect(problemsOf(people, { ...validPerson, joined: '2023-02-30' }).joined).toMatch(
      /^"2023-02-30" is not a day in the calendar/,
    );
    expect(problemsOf(people, { ...validPerson, joined: 'soon' }).joined).toBe(
      'must be a date written YYYY-MM-DD, found "soon" → e.g. 2021-09-06',
    );
  });

  it('rejects a month that is not YYYY-MM', () => {
    const win = {
      title: 'T',
      month: '2026-3',
      goal: 'G',
      departments: ['finance'],
      people: ['ada'],
      outcomes: [{ metric: 'm', after: 1 }],
    };
    expect(problemsOf(winSchema(imagesAsPaths), win).month).toBe(
      'must be a month written YYYY-MM, found "2026-3" → e.g. 2026-03',
    );
    expect(problemsOf(winSchema(imagesAsPaths), { ...win, month: new Date('2026-03-01') }).month).toMatch(
      /found the date 2026-03-01/,
    );
  });

  it('lists the allowed values of an enumeration', () => {
    const story = { title: 'T', summary: 'S', date: '2026-01-05', kind: 'feature' };
    expect(problemsOf(storySchema(imagesAsPaths), story).kind).toBe(
      'must be one of: spotlight, day-in-the-life, explainer, news, found "feature" → write one of them',
    );
  });

  it('suggests the closest field for a misspelt one', () => {
    const problems = problemsOf(people, { ...validPerson, teem: 'platform' });
    expect(problems['']).toBe('"teem" is not a field → did you mean "team"?');
  });

  it('caps askMeAbout at eight topics', () => {
    const problems = problemsOf(people, { ...validPerson, askMeAbout: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] });
    expect(problems.askMeAbout).toMatch(/^lists 9 topics, at most 8 are allowed/);
  });

  it('caps a glossary definition at 280 characters', () => {
    const problems = problemsOf(glossarySchema, { term: 'SLA', definition: 'x'.repeat(281) });
    expect(problems.definition).toBe('is 281 characters long, at most 280 are allowed → shorten it');
  });

  it('needs at least one outcome on a win', () => {
    const problems = problemsOf(winSchema(imagesAsPaths), {
      title: 'T',
      month: '2026-03',
      goal: 'G',
      departments: ['finance'],
      people: ['ada'],
      outcomes: [],
    });
    expect(problems.outcomes).toMatch(/^needs at least one outcome/);
  });

  it('rejects an email that is not an address', () => {
    expect(problemsOf(people, { ...validPerson, email: 'ada at example' }).email).toBe(
      'must be an email address, found "ada at example" → e.g. ada.okafor@example.com',
    );
  });

  it('names the rings and categories a tool can have, and checks its history', () => {
    const tools = toolSchema(imagesAsPaths);
    const valid = {
      name: 'Miro',
      category: 'documents',
      ring: 'adopt',
      summary: 'S',
      howToGet: 'Ask',
      owner: 'ada',
      proposedBy: 'Sales',
      since: '2025-01-01',
    };
    expect(problemsOf(tools, { ...valid, ring: 'approved' }).ring).toBe(
      'must be one of: adopt, trial, assess, hold, found "approved" → write one of them',
    );
    expect(problemsOf(tools, { ...valid, category: 'chat' }).category).toBe(
      'must be one of: communication, documents, data, sales, development, security, other, found "chat" → write one of them',
    );
    expect(
      problemsOf(tools, { ...valid, history: [{ date: 'last year', ring: 'adopt', note: 'n' }] })['history.0.date'],
    ).toMatch(/^must be a date written YYYY-MM-DD, found "last year"/);
    expect(problemsOf(tools, { ...valid, since: undefined }).since).toMatch(/^is required/);
  });

  it('accepts a valid profile and fills the defaults', () => {
    const person = people.parse({ ...validPerson, joined: new Date('2021-09-06T00:00:00Z') });
    expect(person).toMatchObject({ serves: [], askMeAbout: [] });
    expect(person.joined?.toISOString()).toBe('2021-09-06T00:00:00.000Z');
  });
});
