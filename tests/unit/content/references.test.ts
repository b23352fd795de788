import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, findBrokenReferences, findManagerCycles } from '../../../src/lib/content/references.ts';

const entry = (id: string, collection: string, data: Record<string, unknown>) => ({
  id,
  filePath: `src/content/${collection}/${id}.md`,
  data,
});

describe('references between collections', () => {
  const teams = [entry('platform', 'teams', { lead: 'ada' }), entry('service-desk', 'teams', { lead: 'ada' })];

  it('reports a reference to a missing entry with the closest id', () => {
    const people = [entry('ada', 'people', { team: 'platfrom', serves: [] })];
    expect(findBrokenReferences({ people, teams })).toEqual([
      {
        file: 'src/content/people/ada.md',
        field: 'team',
        message: '"platfrom" is not in teams/ → did you mean "platform"?',
      },
    ]);
  });

  it('lists the ids to choose from when nothing is close', () => {
    const people = [entry('ada', 'people', { team: 'finance-it', serves: [] })];
    const [problem] = findBrokenReferences({ people, teams });
    expect(problem?.message).toBe('"finance-it" is not in teams/ → use one of: platform, service-desk');
  });

  it('points at the position of a bad id in a list', () => {
    const wins = [entry('w', 'wins', { departments: ['finance'], people: ['ada', 'bob'] })];
    const problems = findBrokenReferences({
      wins,
      people: [entry('ada', 'people', {})],
      departments: [entry('finance', 'departments', {})],
    });
    expect(problems.map((p) => p.field)).toEqual(['people.1']);
  });

  it('accepts content whose references all resolve', () => {
    const people = [entry('ada', 'people', { team: 'platform', serves: [] })];
    expect(checkContentIntegrity({ people, teams })).toEqual([]);
  });
});

describe('manager chains', () => {
  it('reports a loop once, naming everyone in it', () => {
    const people = [
      entry('a', 'people', { manager: 'b' }),
      entry('b', 'people', { manager: 'c' }),
      entry('c', 'people', { manager: 'a' }),
      entry('d', 'people', { manager: 'a' }),
    ];
    const problems = findManagerCycles(people);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/content/people/a.md', field: 'manager' });
    expect(problems[0]!.message).toBe(
      'the manager chain loops: a → b → c → a → remove or change one of these managers',
    );
  });

  it('reports someone who manages themselves', () => {
    expect(findManagerCycles([entry('a', 'people', { manager: 'a' })])[0]?.message).toMatch(/a → a/);
  });

  it('accepts a tree', () => {
    const people = [
      entry('cio', 'people', {}),
      entry('lead', 'people', { manager: 'cio' }),
      entry('dev', 'people', { manager: 'lead' }),
    ];
    expect(findManagerCycles(people)).toEqual([]);
  });
});

describe('ids that would clash with a route', () => {
  it('refuses a win whose file name looks like a month, since /wins/YYYY-MM/ is the month archive', () => {
    const problems = checkContentIntegrity({ wins: [entry('2026-03', 'wins', { departments: [], people: [] })] });
    expect(problems).toEqual([
      {
        file: 'src/content/wins/2026-03.md',
        field: '',
        message:
          "a win cannot be named like a month, since /wins/2026-03/ lists that month's wins → rename the file, e.g. 2026-03-what-was-achieved.mdx",
      },
    ]);
  });
});

describe('ids the site uses for its own pages', () => {
  it('refuses a profile named org-chart, since /people/org-chart/ is the organisation chart', () => {
    expect(checkContentIntegrity({ people: [entry('org-chart', 'people', {})] })).toEqual([
      {
        file: 'src/content/people/org-chart.md',
        field: '',
        message: '"org-chart" is the name of a page the site already has (/people/org-chart/) → rename the file',
      },
    ]);
  });
});

describe('a very deep reporting line', () => {
  it('is walked once per person, so 20,000 levels are checked as quickly as a flat team', () => {
    const depth = 20_000;
    const people = Array.from({ length: depth }, (_, i) => entry(`p${i}`, 'people', i ? { manager: `p${i - 1}` } : {}));
    expect(findManagerCycles(people)).toEqual([]);
    people[0]!.data.manager = `p${depth - 1}`;
    const [loop] = findManagerCycles(people);
    expect(loop?.message).toBe(
      'the manager chain loops: p0 → p19999 → p19998 → p19997 → p19996 → p19995 → … 19991 more … → p3 → p2 → p1 → p0 → remove or change one of these managers',
    );
  });
});
