/**
 * The validator fuzzed: thousands of valid files bent out of shape (characters that mean something to YAML,
 * MDX or a reader's eyes, lines cut, doubled and swapped, values of the wrong kind) must each come back
 * accepted or with problems a person can act on, and never with a crash.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/lib/content/problems.ts';
import type { CollectionName } from '../../../src/lib/content/registry.ts';
import { validateEntry } from '../../../src/lib/content/validate-entry-fs.ts';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';

const PROFILE = `---
name: Ada Okafor
role: Service Desk Analyst
team: service-desk
joined: 2021-09-06
serves: [finance, sales]
askMeAbout: [laptops, "payroll system"]
email: ada.okafor@example.com
chat: "@ada.okafor"
---

I help people get working again.
`;

const WIN = `---
title: Month-end close in four days
month: "2026-03"
goal: Close the books faster
departments: [finance]
people: [ada-okafor]
outcomes:
  - metric: Days to close
    before: 9
    after: 4
    unit: days
quote:
  text: We closed March in four days.
  by: Priya Raman
  role: Head of Finance
---

The problem, in <Term id="month-end-close">the words</Term> of the people who had it.

<Callout kind="tip" title="Try it">Ask <Person id="ada-okafor" />.</Callout>

<Metric label="Days to close" before={9} after={4} unit="days" />
`;

/** Pieces that mean something to YAML, MDX, HTML or a reader's eyes. */
const PIECES = [
  ':',
  ': ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '#',
  '@',
  '- ',
  '\t',
  '\n',
  '---',
  '|',
  '>',
  '&',
  '*',
  '!',
  '%',
  '`',
  '\\',
  '<',
  '</',
  '/>',
  '<Person id=',
  '<Metric after={',
  '<Callout>',
  '<Term id="x">',
  '{1+',
  'import x from "y"',
  'export const',
  '<img src="https://x.example/p.png">',
  '![p](../../p.png)',
  '<div>',
  '\u202e',
  '\u200b',
  '\ufeff',
  '🎉',
  '김',
  'ß',
  '\u0000',
  'null',
  '~',
  'true',
  '2026-02-30',
  '12:30',
  '0x1F',
  '.inf',
  '&anchor',
  '*anchor',
  '<<: *a',
  '!!binary',
  '? key',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('lines' as const),
    a: fc.nat(),
    b: fc.nat(),
    how: fc.constantFrom('swap', 'double', 'drop'),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, change: Mutation): string {
  if (change.kind === 'insert') {
    const at = change.at % (text.length + 1);
    return text.slice(0, at) + change.text + text.slice(at);
  }
  if (change.kind === 'delete') {
    const at = change.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + change.length);
  }
  const lines = text.split('\n');
  const a = change.a % lines.length;
  const b = change.b % lines.length;
  if (change.how === 'swap') [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  if (change.how === 'double') lines.splice(a, 0, lines[a]!);
  if (change.how === 'drop') lines.splice(a, 1);
  return lines.join('\n');
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));

/** Problems a person can act on: about this file, a line within it where one is given, and a fix after "→". */
function expectActionable(problems: readonly ContentProblem[], file: string, text: string) {
  const lines = text.split('\n').length;
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.message, problem.message).toMatch(/→ \S/);
    expect(problem.message).not.toMatch(/Invalid input|Unrecognized key|undefined|\[object Object\]/);
    if (problem.line !== undefined) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lines + 1);
    }
  }
}

async function survives(collection: CollectionName, name: string, original: string, changes: Mutation[]) {
  const folder = path.join(root, collection);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  const text = changes.reduce(mutate, original);
  fs.writeFileSync(file, text);
  const { problems } = await validateEntry(collection, file, root);
  expectActionable(problems, file, text);
}

describe('the validator, fuzzed', () => {
  it('answers every bent profile with acceptance or problems a person can act on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) =>
        survives('people', 'ada-okafor.md', PROFILE, changes),
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500), seed: Number(process.env.FUZZ_SEED ?? 1415) },
    );
  }, 60_000);

  it('answers every bent MDX win, frontmatter and body, the same way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) =>
        survives('wins', 'faster-close.mdx', WIN, changes),
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500), seed: Number(process.env.FUZZ_SEED ?? 1415) },
    );
  }, 60_000);

  it('checks a whole folder with a bent story in it, prose warnings and references included, without a crash', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-folder-')), 'content');
    fs.cpSync(path.resolve(import.meta.dirname, '../../fixtures/org-elsewhere'), folder, { recursive: true });
    const story = path.join(folder, 'stories/a-day-in-the-kitchens.mdx');
    const original = fs.readFileSync(story, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) => {
        fs.writeFileSync(story, changes.reduce(mutate, original));
        const { problems } = await validateContentFolder(folder, { today: new Date('2026-06-01T00:00:00Z') });
        for (const problem of problems) {
          expect(problem.message, problem.message).toMatch(/→ \S/);
          expect(problem.message).not.toMatch(/Invalid input|Unrecognized key|undefined|\[object Object\]/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) / 5, seed: Number(process.env.FUZZ_SEED ?? 1415) },
    );
  }, 60_000);

  it('answers random frontmatter values of every kind in every field', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
    );
    const fields = [
      'name',
      'role',
      'team',
      'photo',
      'joined',
      'manager',
      'serves',
      'askMeAbout',
      'email',
      'chat',
      'pronouns',
      'extra',
    ];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 8 }), async (data) => {
        const yaml = Object.entries(data)
          .map(([key, v]) => `${key}: ${JSON.stringify(v)}`)
          .join('\n');
        await survives('people', 'random.md', `---\n${yaml}\n---\n\nBody.\n`, []);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000), seed: Number(process.env.FUZZ_SEED ?? 1415) },
    );
  }, 60_000);
});
