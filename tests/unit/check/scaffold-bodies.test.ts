import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeScaffold } from '../../../src/lib/check/scaffold-fs.ts';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';
import { SCAFFOLD_ANSWERS } from '../../support/scaffold-answers.ts';

const WIN = SCAFFOLD_ANSWERS.win![1] as { title: string };

describe('npm run new: a win', () => {
  it('writes outcomes one field a line, and shows the shape of quote and draft', () => {
    const { file } = writeScaffold(copyOfFixture('org-elsewhere'), 'win', WIN.title, WIN);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('outcomes:\n  - metric: "Days to invoice"\n    before: 5\n    after: 1\n    unit: days\n');
    expect(text).toContain(
      '# quote:\n#   text: "We closed March in four days."\n#   by: "Priya Raman"\n#   role: "Head of Finance"\n',
    );
    expect(text).toContain('# draft: true\n');
  });

  it('shows <Metric>, <Term> and <Person> in its body with its own figures and ids, and passes the check', async () => {
    const content = copyOfFixture('org-elsewhere');
    const { file } = writeScaffold(content, 'win', WIN.title, WIN);
    const body = fs.readFileSync(file, 'utf8').split('\n---\n')[1]!;
    expect(body).toContain('<Metric label="Days to invoice" before={5} after={1} unit="days" />');
    expect(body).toContain('<Person id="sam-lee" />');
    expect(body).toContain('<Term id="covers" />');
    const { problems } = await validateContentFolder(content, { today: new Date('2026-06-01T00:00:00Z') });
    expect(problems.filter((problem) => problem.file === file)).toEqual([]);
  });
});

describe('npm run new: a day-in-the-life story', () => {
  it('has a section for the briefing, where IT helps, where it gets in the way and what changed', () => {
    const story = { title: 'A day in logistics', summary: 'Trucks.', date: '2026-11-20', kind: 'day-in-the-life' };
    const { file } = writeScaffold(copyOfFixture('org-elsewhere'), 'story', story.title, story);
    const headings = fs.readFileSync(file, 'utf8').match(/^## .*$/gm);
    expect(headings).toEqual([
      '## The briefing',
      '## Where IT helps',
      '## Where it gets in the way',
      '## What changed',
    ]);
  });
});
