import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../../src/lib/markdown/mdx.ts';

const shown = (text: string) =>
  checkMdx('story.mdx', text).problems.map((p) => `${p.line}:${p.column}  ${p.field}  ${p.message}`);

describe('an MDX body checked before it renders', () => {
  it('accepts the site components used as documented, HTML, and components the file imports', () => {
    const body = [
      'import Chart from "../content/chart.js"',
      '',
      '<Callout kind="tip" title="Before you start">Ask <Person id="ada" />.</Callout>',
      '',
      '<Metric label="Days to close" before={9} after={4} unit="days" /> <div class="note">plain HTML</div> <Chart />',
    ].join('\n');
    expect(shown(body)).toEqual([]);
  });

  it('names an unknown component with the closest one the site has', () => {
    expect(shown('Hello <Persn id="ada" />')).toEqual([
      '1:7  <Persn>  is not a component the site has → did you mean <Person>?',
    ]);
  });

  it('checks attributes against the component schema: missing, misspelt, wrong values', () => {
    expect(shown('<Metric label="Orders" />\n\n<Callout kind="danger" titel="x">Hi</Callout>')).toEqual([
      '1:1  <Metric after>  is required → e.g. 5 or "5 days"',
      '3:1  <Callout kind>  must be one of: note, tip, warning, found "danger" → write one of them',
      '3:1  <Callout titel>  "titel" is not an attribute → did you mean "title"?',
    ]);
  });

  it('wants ids written as text, and hands them on to be checked against their folder', () => {
    const check = checkMdx('story.mdx', 'By <Person id={who} /> and <Term id="sla">service level</Term>.');
    expect(check.problems.map((p) => p.message)).toEqual([
      '{who} reads a name nothing in this file defines → for text, write \\{ and \\} instead of the braces; for a value, define it first with export const who = …',
      'the id is an expression → write it as text, e.g. id="ada-okafor"',
    ]);
    expect(check.references).toEqual([
      { file: 'story.mdx', line: 1, column: 28, field: '<Term id>', target: 'glossary', id: 'sla' },
    ]);
  });

  it('leaves values the build computes, and attributes a spread may bring, to the build', () => {
    const body =
      'export const orders = [1, 2]\nexport const figures = { label: "Orders" }\n\n<Metric label="Orders" after={orders.length} />\n\n<Metric {...figures} />';
    expect(shown(body)).toEqual([]);
  });

  it('names a value nothing in the file defines, which would stop the build with a stack trace', () => {
    expect(shown('Hello {who}, you have {count + 1} messages from {Math.max(1, 2)} and {frontmatter.title}.')).toEqual([
      '1:7    {who} reads a name nothing in this file defines → for text, write \\{ and \\} instead of the braces; for a value, define it first with export const who = …',
      '1:23    {count} reads a name nothing in this file defines → for text, write \\{ and \\} instead of the braces; for a value, define it first with export const count = …',
    ]);
    expect(shown('{[1, 2].map((n) => n * 2).join(", ")} and {(() => { const x = 1; return x; })()}')).toEqual([]);
  });

  it('reports a syntax error at its line instead of throwing', () => {
    expect(shown('---\ntitle: x\n---\n\nText {oops\n')).toEqual([
      expect.stringMatching(/^5:6 {4}the MDX cannot be read: .*brace.* → check the \{ \} around that place/),
    ]);
  });
});
