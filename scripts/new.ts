/**
 * `npm run new -- <person|win|story|glossary|strategy> "Name or title" [--field value …]`: writes a
 * ready-to-edit content file. Required fields come from flags, or are asked for in a terminal.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/content/folder.ts';
import { SCAFFOLD_KINDS, writeScaffold, type ScaffoldKind } from '../src/lib/check/scaffold-fs.ts';

interface Question {
  flag: string;
  ask: string;
  /** Used when the flag is missing and nobody is there to answer. */
  fallback?: () => string;
  /** Ids a reference may take, listed in the question. */
  choices?: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const idsIn = (collection: string) => () => {
  const folder = path.join(contentFolder(), collection);
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).join(', ') : '';
};

const QUESTIONS: Record<ScaffoldKind, Question[]> = {
  person: [
    { flag: 'role', ask: 'Your job title' },
    { flag: 'team', ask: 'Your team (a file name in teams/)', choices: 'teams' },
  ],
  win: [
    { flag: 'month', ask: 'Month reached (YYYY-MM)', fallback: () => today().slice(0, 7) },
    { flag: 'goal', ask: 'The business goal, in one sentence' },
    { flag: 'departments', ask: 'Departments, comma separated', choices: 'departments' },
    { flag: 'people', ask: 'IT people, comma separated', choices: 'people' },
    { flag: 'metric', ask: 'What was measured' },
    { flag: 'after', ask: 'The value after' },
  ],
  story: [
    { flag: 'summary', ask: 'One or two sentences for cards and lists' },
    { flag: 'kind', ask: 'Kind (spotlight, day-in-the-life, explainer, news)', fallback: () => 'news' },
    { flag: 'date', ask: 'Publication date (YYYY-MM-DD)', fallback: today },
  ],
  glossary: [{ flag: 'definition', ask: 'A plain definition, at most 280 characters' }],
  strategy: [
    { flag: 'summary', ask: 'One or two sentences for cards and lists' },
    { flag: 'owner', ask: 'Owner (a file name in people/)', choices: 'people' },
    { flag: 'goal', ask: 'One business goal it serves' },
  ],
  initiative: [
    { flag: 'summary', ask: 'One or two sentences for the board' },
    { flag: 'status', ask: 'Status (now, next, later, done)', fallback: () => 'next' },
    { flag: 'strategy', ask: 'Strategy pillar (a file name in strategy/)', choices: 'strategy' },
    { flag: 'owner', ask: 'Owner (a file name in people/)', choices: 'people' },
    { flag: 'team', ask: 'IT team doing it (a file name in teams/)', choices: 'teams' },
  ],
};

const NAME_FIELD: Record<ScaffoldKind, string> = { person: 'name', win: 'title', story: 'title', glossary: 'term', strategy: 'title', initiative: 'title' };

const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
const numberOrText = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** Turns the answers into frontmatter values of the right shape for each kind. */
function valuesFor(kind: ScaffoldKind, name: string, answers: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = { [NAME_FIELD[kind]]: name };
  if (kind === 'person') Object.assign(values, { role: answers.role, team: answers.team });
  if (kind === 'win') {
    Object.assign(values, {
      month: answers.month,
      goal: answers.goal,
      departments: list(answers.departments!),
      people: list(answers.people!),
      outcomes: [{ metric: answers.metric, ...(answers.before ? { before: numberOrText(answers.before) } : {}), after: numberOrText(answers.after!), ...(answers.unit ? { unit: answers.unit } : {}) }],
    });
  }
  if (kind === 'story') Object.assign(values, { summary: answers.summary, date: answers.date, kind: answers.kind });
  if (kind === 'glossary') Object.assign(values, { definition: answers.definition });
  if (kind === 'strategy') {
    const order = idsIn('strategy')().split(', ').filter(Boolean).length + 1;
    Object.assign(values, { summary: answers.summary, order, owner: answers.owner, goals: [answers.goal], reviewed: today(), status: 'current' });
  }
  if (kind === 'initiative') Object.assign(values, { summary: answers.summary, status: answers.status, strategy: answers.strategy, owner: answers.owner, team: answers.team });
  return values;
}

const kinds = Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[];
const flags = Object.fromEntries(['role', 'team', 'month', 'goal', 'departments', 'people', 'metric', 'before', 'after', 'unit', 'summary', 'kind', 'date', 'definition', 'owner', 'status', 'strategy'].map((flag) => [flag, { type: 'string' as const }]));
const { values: given, positionals } = parseArgs({ options: flags, allowPositionals: true });
const [kind, ...nameWords] = positionals;
const name = nameWords.join(' ').trim();

if (!kind || !kinds.includes(kind as ScaffoldKind) || !name) {
  console.error(`Usage: npm run new -- <${kinds.join('|')}> "Name or title" [--field value …]\nExample: npm run new -- person "Ada Okafor" --role "Service Desk Analyst" --team service-desk`);
  process.exit(2);
}

const answers: Record<string, string> = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
const missing = QUESTIONS[kind as ScaffoldKind].filter((q) => !answers[q.flag]);
if (missing.length && process.stdin.isTTY) {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  for (const question of missing) {
    const choices = question.choices ? idsIn(question.choices)() : '';
    const fallback = question.fallback?.();
    const answer = (await prompt.question(`${question.ask}${choices ? ` [${choices}]` : ''}${fallback ? ` (${fallback})` : ''}: `)).trim();
    if (answer || fallback) answers[question.flag] = answer || fallback!;
  }
  prompt.close();
} else {
  for (const question of missing) if (question.fallback) answers[question.flag] = question.fallback();
}

const stillMissing = QUESTIONS[kind as ScaffoldKind].filter((q) => !answers[q.flag]);
if (stillMissing.length) {
  console.error(`Missing: ${stillMissing.map((q) => `--${q.flag} (${q.ask.toLowerCase()})`).join(', ')}`);
  process.exit(2);
}

const { file, id } = writeScaffold(contentFolder(), kind as ScaffoldKind, name, valuesFor(kind as ScaffoldKind, name, answers));
console.log(`Wrote ${path.relative(process.cwd(), file)} (id: ${id}).`);
console.log('Fill in the optional fields you want (remove the # in front), then run `npm run check`.');
