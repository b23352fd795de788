/**
 * The components MDX content can use without importing them, and the attributes each takes: part of the
 * content contract. `npm run check` and the build validate every use against these before anything renders.
 */
import { componentAttributes, idOf, oneOf, text } from './fields.ts';
import { measure } from './wins.ts';

export const CALLOUT_KINDS = ['note', 'tip', 'warning'] as const;

export const mdxComponentSchemas = {
  Callout: componentAttributes({
    kind: oneOf(CALLOUT_KINDS)
      .default('note')
      .describe(`One of ${CALLOUT_KINDS.join(', ')}.`),
    title: text('Before you start').optional().describe("A heading for the note; the kind's name by default."),
  }).describe('A note set apart from the text: `<Callout kind="tip" title="…">…</Callout>`'),
  Metric: componentAttributes({
    label: text('Days to close the books').describe('What was measured.'),
    after: measure.describe('The value after.'),
    before: measure.optional().describe('The value before, if known.'),
    unit: text('days').optional().describe('The unit of both values.'),
  }).describe('A highlighted figure: `<Metric label="Days to close" before={9} after={4} unit="days" />`'),
  Person: componentAttributes({
    id: idOf('people', 'ada-okafor').describe('Whom to mention: the id of a file in `people/`.'),
  }).describe('An inline mention of an IT person, linked to their profile: `<Person id="ada-okafor" />`'),
  Term: componentAttributes({
    id: idOf('glossary', 'sla').describe('The term: the id of a file in `glossary/`.'),
  }).describe(
    'A glossary link with its definition as a tooltip: `<Term id="sla" />` or `<Term id="sla">service level</Term>`',
  ),
};

export type MdxComponentName = keyof typeof mdxComponentSchemas;
