/**
 * The bodies `npm run new` writes where a fixed text would teach too little: a win's body shows the MDX
 * components (src/schemas/components.ts) with the win's own figures and people, and a story has a template per
 * kind (`--day-in-the-life`). Every id a body names comes from the answers or the content folder, so the file
 * passes `npm run check` as written.
 */
import { idsIn } from './scaffold-examples-fs.ts';

/** A story template: `npm run new -- story "Title" --day-in-the-life` answers `kind` and writes its body. */
export interface ScaffoldTemplate {
  kind: string;
  /** The boolean flag that asks for it. */
  flag: string;
  /** What the flag answers, by question flag. */
  answers: Record<string, string>;
  describe: string;
}

export const SCAFFOLD_TEMPLATES: readonly ScaffoldTemplate[] = [
  {
    kind: 'story',
    flag: 'day-in-the-life',
    answers: { kind: 'day-in-the-life' },
    describe: 'a day spent with a business team: the briefing, where IT helps, where it gets in the way, what changed',
  },
];

const DAY_IN_THE_LIFE = [
  '## The briefing',
  'Whom we spent the day with, what their work is for, and how the day starts: who is there at eight, and what is already waiting.',
  '## Where IT helps',
  'The moments a tool or a person from IT makes the work easier, in their words.',
  '## Where it gets in the way',
  'The waits, the workarounds and the second logins, as they told them: what it costs them, without blame.',
  '## What changed',
  'What IT did after the day, or will do, and how the team will know it worked.',
].join('\n\n');

/** An MDX attribute: text in quotes, a number as an expression. */
function attribute(name: string, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return ` ${name}={${value}}`;
  const text = String(value);
  return text.includes('"') ? ` ${name}={${JSON.stringify(text)}}` : ` ${name}="${text}"`;
}

function winBody(values: Record<string, unknown>, folder: string | undefined): string {
  const outcome = (values.outcomes as Array<Record<string, unknown>> | undefined)?.[0];
  const person = (values.people as string[] | undefined)?.[0];
  const term = folder ? idsIn(folder, 'glossary')[0] : undefined;
  const metric = outcome
    ? `<Metric${attribute('label', outcome.metric)}${attribute('before', outcome.before)}${attribute('after', outcome.after)}${attribute('unit', outcome.unit)} />`
    : '<Metric label="Days to close the books" before={9} after={4} unit="days" />';
  return [
    `The problem, in the words of the people who had it.${term ? ` Name a term from the glossary with <Term id="${term}" /> and it links to its definition.` : ''}`,
    `What IT did together with them.${person ? ` Mention a colleague with <Person id="${person}" />: their name links to their profile.` : ''}`,
    `What changed, in numbers:\n\n${metric}`,
  ].join('\n\n');
}

/** The body for a kind and its answers, or undefined where the registry's fixed body is the one. */
export function scaffoldBody(kind: string, values: Record<string, unknown>, folder?: string): string | undefined {
  if (kind === 'win') return winBody(values, folder);
  if (kind === 'story' && values.kind === 'day-in-the-life') return DAY_IN_THE_LIFE;
  return undefined;
}
