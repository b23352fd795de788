/**
 * `npm run new -- <kind> "Name or title" [--field value …]`: writes a ready-to-edit content file. The kinds,
 * their questions and their flags come from the registry's scaffolds (src/lib/content/registry.ts);
 * required answers come from flags, or are asked for in a terminal.
 */
import path from 'node:path';
import readline from 'node:readline/promises';
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import {
  choicesFor,
  flagOf,
  scaffoldKind,
  scaffoldKinds,
  scaffoldValues,
  writeScaffold,
} from '../src/lib/check/scaffold-fs.ts';
import { answerProblem } from '../src/lib/check/scaffold-answers-fs.ts';
import { SCAFFOLD_TEMPLATES } from '../src/lib/check/scaffold-bodies.ts';
import { idsIn } from '../src/lib/check/scaffold-examples-fs.ts';
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
npm run new -- <${kinds.join('|')}> "Name or title" [--field value …]

Writes a new content file with every field written out and described. Required fields come from the flags
below, or are asked for when you run it in a terminal.

Example: npm run new -- person "Ada Okafor" --role "Service Desk Analyst" --team service-desk

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
    ...Object.fromEntries(SCAFFOLD_TEMPLATES.map((template) => [template.flag, { type: 'boolean' as const }])),
  },
  allowPositionals: true,
};

const { values: given, positionals } = readCommandLine(command);
const [kind, ...nameWords] = positionals;
const name = nameWords.join(' ').trim();
if (!kind) refuse(command, `say what to start: one of ${kinds.join(', ')}`);
const found = scaffoldKind(kind);
if (!found) refuse(command, `we don't know what "${kind}" is: use one of ${kinds.join(', ')}`);
if (!name) refuse(command, `give the ${found.scaffold.titleField} in quotes after ${kind}`);

const folder = contentFolder();
const today = new Date().toISOString().slice(0, 10);
const answers: Record<string, string> = Object.fromEntries(
  Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
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

if (missing.length && process.stdin.isTTY) {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  for (const question of missing) {
    const choices = choicesFor(found.collection, question);
    const ids = choices ? idsIn(folder, choices) : [];
    const offered = ids.length
      ? ` [${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, … ${ids.length - 12} more in ${choices}/` : ''}]`
      : '';
    const fallback = question.fallback?.(today);
    const hint = fallback ? ` (${fallback})` : question.optional ? ' (optional)' : '';
    for (;;) {
      const answer = (await prompt.question(`${question.ask}${offered}${hint}: `)).trim() || fallback;
      const problem = answer ? answerProblem(found, question, answer, folder) : undefined;
      if (problem) {
        console.log(`  ${problem}`);
        continue;
      }
      if (answer) answers[flagOf(question)] = answer;
      break;
    }
  }
  prompt.close();
} else {
  for (const question of missing) if (question.fallback) answers[flagOf(question)] = question.fallback(today);
}

const stillMissing = found.scaffold.questions.filter((q) => !q.optional && !answers[flagOf(q)]);
if (stillMissing.length)
  refuse(command, `missing ${stillMissing.map((q) => `--${flagOf(q)} (${q.ask.toLowerCase()})`).join(', ')}`);

const { file, id } = writeScaffold(folder, kind, name, scaffoldValues(found, name, answers, { today, folder }));
console.log(`Wrote ${path.relative(process.cwd(), file)} (id: ${id}).`);
console.log('Fill in the optional fields you want (remove the # in front), then run `npm run check`.');
