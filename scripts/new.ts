/**
 * `npm run new -- <kind> "Name or title" [--field value …]`: writes a ready-to-edit content file. The kinds,
 * their questions and their flags come from the registry's scaffolds (src/lib/content/registry.ts); answers
 * come from flags, or are asked for in a terminal (scaffold-prompts.ts), and are checked before anything is
 * written. Without a terminal, or with --yes, nothing is asked.
 */
import path from 'node:path';
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import { flagOf, scaffoldKind, scaffoldKinds, scaffoldValues, writeScaffold } from '../src/lib/check/scaffold-fs.ts';
import { answerProblem } from '../src/lib/check/scaffold-answers-fs.ts';
import { SCAFFOLD_TEMPLATES } from '../src/lib/check/scaffold-bodies.ts';
import { askAnswer, askKind, askName } from '../src/lib/check/scaffold-prompts.ts';
import { contentFolder } from '../src/lib/content/folder.ts';
import { COLLECTIONS } from '../src/lib/content/registry.ts';

const kinds = scaffoldKinds();
const flags = [
  ...new Set(
    Object.values(COLLECTIONS).flatMap((spec) => ('scaffold' in spec ? spec.scaffold.questions.map(flagOf) : [])),
  ),
];
const command = {
  name: 'npm run new',
  usage: `
npm run new [-- <${kinds.join('|')}> "Name or title" [--field value …]]

Writes a new content file with every field written out and described, optional ones as commented-out
examples. Run in a terminal, it asks for what the flags below do not give: the kind, the name, ids searched as
you type. Without a terminal (scripts, CI), or with --yes, it never asks: required fields must be flags.
Every answer is checked as npm run check would; an id not in the content folder is refused with the closest.

Example: npm run new -- person "Ada Okafor" --role "Service Desk Analyst" --team service-desk

  --yes, -y   never ask: take the flags and the defaults (month, date, kind…), refuse what is missing

${kinds
  .map((kind) => {
    const { scaffold } = scaffoldKind(kind)!;
    const templates = SCAFFOLD_TEMPLATES.filter((template) => template.kind === kind).map((t) => `, --${t.flag}`);
    return `  ${kind.padEnd(11)} ${scaffold.questions.map((q) => `--${flagOf(q)}${q.optional ? ' (optional)' : ''}`).join(', ')}${templates.join('')}`;
  })
  .join('\n')}
${SCAFFOLD_TEMPLATES.map((template) => `\n  --${template.flag}  (${template.kind}) ${template.describe}`).join('')}`,
  options: {
    ...Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])),
    yes: { type: 'boolean' as const, short: 'y' },
    ...Object.fromEntries(SCAFFOLD_TEMPLATES.map((template) => [template.flag, { type: 'boolean' as const }])),
  },
  allowPositionals: true,
};

const { values: given, positionals } = readCommandLine(command);
const [typedKind, ...nameWords] = positionals;
// Questions are asked only of a person at a terminal; scripts, CI and --yes get flags and fallbacks only.
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY && !given.yes);
if (!typedKind && !interactive) refuse(command, `say what to start: one of ${kinds.join(', ')}`);
const kind = typedKind ?? (await askKind(kinds));
const found = scaffoldKind(kind);
if (!found) refuse(command, `we don't know what "${kind}" is: use one of ${kinds.join(', ')}`);
let name = nameWords.join(' ').trim();
if (!name && !interactive) refuse(command, `give the ${found.scaffold.titleField} in quotes after ${kind}`);
if (!name) name = await askName(found);

const folder = contentFolder();
const today = new Date().toISOString().slice(0, 10);
const answers: Record<string, string> = Object.fromEntries(
  Object.entries(given as Record<string, unknown>).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  ),
);
for (const template of SCAFFOLD_TEMPLATES.filter((t) => (given as Record<string, unknown>)[t.flag] === true)) {
  if (template.kind !== kind) refuse(command, `--${template.flag} is for a ${template.kind}, not a ${kind}`);
  for (const [flag, answer] of Object.entries(template.answers)) {
    if (answers[flag] !== undefined && answers[flag] !== answer)
      refuse(command, `--${template.flag} writes --${flag} ${answer}, not ${answers[flag]}: give one of them`);
    answers[flag] = answer;
  }
}

// What was given on the command line is checked as `npm run check` would, before anything is asked.
const mistakes = found.scaffold.questions.flatMap((question) => {
  const answer = answers[flagOf(question)];
  const problem = answer === undefined ? undefined : answerProblem(found, question, answer, folder);
  return problem ? [`--${flagOf(question)} ${problem}`] : [];
});
if (mistakes.length) {
  for (const mistake of mistakes) console.error(`${command.name}: ${mistake}`);
  process.exit(2);
}

const missing = found.scaffold.questions.filter((q) => !answers[flagOf(q)]);

if (interactive) {
  for (const question of missing) {
    const answer = await askAnswer(found, question, { folder, today });
    if (answer) answers[flagOf(question)] = answer;
  }
} else {
  for (const question of missing) if (question.fallback) answers[flagOf(question)] = question.fallback(today);
}

const stillMissing = found.scaffold.questions.filter((q) => !q.optional && !answers[flagOf(q)]);
// Lower case only where the question starts with an ordinary word: "IT people" keeps its capitals.
const asked = (ask: string) => (/^\p{Lu}\p{Ll}/u.test(ask) ? ask[0]!.toLowerCase() + ask.slice(1) : ask);
if (stillMissing.length)
  refuse(command, `missing ${stillMissing.map((q) => `--${flagOf(q)} (${asked(q.ask)})`).join(', ')}`);

const { file, id } = writeScaffold(folder, kind, name, scaffoldValues(found, name, answers, { today, folder }));
console.log(`Wrote ${path.relative(process.cwd(), file)} (id: ${id}).`);
console.log('Fill in the optional fields you want (remove the # in front), then run `npm run check`.');
