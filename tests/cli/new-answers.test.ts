import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestIds, unknownIdMessage } from '../../src/lib/check/scaffold-answers-fs.ts';
import { copyOfFixture } from '../support/build-site.ts';
import { runScript } from '../support/commands.ts';

function runNew(args: string[], content: string) {
  const { code, output } = runScript('scripts/new.ts', args, content);
  return { code, output: output.trim() };
}

describe('npm run new checks what it is given', () => {
  it('refuses a misspelt team with "did you mean", and writes nothing', () => {
    const content = copyOfFixture('org-elsewhere');
    const { code, output } = runNew(['person', 'Ada Okafor', '--role', 'Analyst', '--team', 'core-itt'], content);
    expect(code).toBe(2);
    expect(output).toBe('npm run new: --team "core-itt" is not in teams/ → did you mean "core-it"?');
    expect(fs.existsSync(path.join(content, 'people/ada-okafor.md'))).toBe(false);
  });

  it('checks every id of a list', () => {
    const { code, output } = runNew(
      ['win', 'Faster invoices', '--goal', 'Invoices the same day.', '--departments', 'kitchens,logistcs'],
      copyOfFixture('org-elsewhere'),
    );
    expect(code).toBe(2);
    expect(output).toContain('--departments "logistcs" is not in departments/ → did you mean "logistics"?');
  });

  it('shows the five closest ids of a large organisation, never the whole list', () => {
    const content = copyOfFixture('org-elsewhere');
    const sam = fs.readFileSync(path.join(content, 'people/sam-lee.md'), 'utf8');
    for (let n = 1; n <= 300; n++) fs.writeFileSync(path.join(content, `people/person-${n}.md`), sam);
    const { code, output } = runNew(
      [
        'initiative',
        'Route planner 2',
        '--summary',
        'Routes.',
        '--strategy',
        'connected-kitchens',
        '--owner',
        'sam-le',
      ],
      content,
    );
    expect(code).toBe(2);
    expect(output).toBe(
      'npm run new: --owner "sam-le" is not in people/ → did you mean "sam-lee"? (others close: person-1, person-10, person-11, person-12, of 303 in people/)',
    );
  });

  it.each([
    ['2026-02-30', '--date "2026-02-30" is not a day in the calendar → check the day and the month, e.g. 2026-03-18'],
    ['30/11/2026', '--date must be a date written YYYY-MM-DD, found "30/11/2026" → e.g. 2026-03-18'],
  ])('refuses %s as a date, saying how to write one', (date, message) => {
    const { code, output } = runNew(
      ['story', 'A day in logistics', '--summary', 'Trucks.', '--date', date],
      copyOfFixture('org-elsewhere'),
    );
    expect(code).toBe(2);
    expect(output).toBe(`npm run new: ${message}`);
  });
});

describe('the closest ids', () => {
  it('puts ids containing what was typed first, then the fewest edits away', () => {
    expect(closestIds('ada', ['grace-lin', 'ada-okafor', 'adam-smith', 'aida', 'zoe'])).toEqual([
      'ada-okafor',
      'adam-smith',
      'aida',
      'zoe',
      'grace-lin',
    ]);
  });

  it('says to add the entry when the collection has none', () => {
    expect(unknownIdMessage('power-bi', 'tools', [])).toBe(
      '"power-bi" is not in tools/, which has no entries yet → add tools/power-bi.md first',
    );
  });
});

describe('npm run new -- story "Title" --day-in-the-life', () => {
  it('writes a day-in-the-life story that passes the check', () => {
    const content = copyOfFixture('org-elsewhere');
    const { code } = runNew(['story', 'A day in logistics', '--summary', 'Trucks.', '--day-in-the-life'], content);
    expect(code).toBe(0);
    const text = fs.readFileSync(path.join(content, 'stories/a-day-in-logistics.mdx'), 'utf8');
    expect(text).toContain('\nkind: day-in-the-life\n');
    expect(text).toContain('## Where it gets in the way');
  });

  it('refuses it together with another kind', () => {
    const { code, output } = runNew(
      ['story', 'A day in logistics', '--summary', 'Trucks.', '--kind', 'news', '--day-in-the-life'],
      copyOfFixture('org-elsewhere'),
    );
    expect(code).toBe(2);
    expect(output).toBe(
      'npm run new: --day-in-the-life writes --kind day-in-the-life, not news: give one of them → see npm run new -- --help',
    );
  });
});

describe('npm run new without a terminal, or with --yes', () => {
  it('never asks: it takes the flags and the defaults, and names what is missing', () => {
    const content = copyOfFixture('org-elsewhere');
    expect(runNew(['person', 'Ada Okafor', '--yes'], content).output).toBe(
      'npm run new: missing --role (your job title), --team (your team) → see npm run new -- --help',
    );
    expect(runNew([], content).output).toMatch(/^npm run new: say what to start: one of person, /);
    const story = runNew(['story', 'A day in logistics', '--summary', 'Trucks.', '-y'], content);
    expect(story.code).toBe(0);
    expect(fs.readFileSync(path.join(content, 'stories/a-day-in-logistics.mdx'), 'utf8')).toContain('\nkind: news\n');
  });
});
