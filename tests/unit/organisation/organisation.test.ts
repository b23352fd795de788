import { describe, expect, it } from 'vitest';
import { department, organisationOf, person, pillar, story, team, term, win } from '../../support/factories.ts';
import { groupWinsByMonth, describeOutcomeChange } from '../../../src/lib/organisation/wins.ts';
import { facesForHome, featuredStory, homeHighlights } from '../../../src/lib/organisation/home.ts';

const people = [
  person('cio', { name: 'Zanele Dube', role: 'CIO' }),
  person('bea', { name: 'Beatriz Souza', manager: 'cio', serves: ['finance'] }),
  person('ada', { name: 'Ada Okafor', manager: 'cio', serves: ['finance', 'sales'] }),
  person('li', { name: '李静', manager: 'ada', team: 'data' }),
];
const org = organisationOf({
  people,
  teams: [team('platform', { name: 'Platform', serves: ['finance'] }), team('data', { name: 'Data', lead: 'li' })],
  departments: [department('finance', { name: 'Finance' }), department('sales', { name: 'Sales' })],
  strategy: [
    pillar('b', { title: 'Second', order: 2 }),
    pillar('a', { title: 'First', order: 1, departments: ['sales'] }),
  ],
  wins: [
    win('old', { title: 'Old', month: '2026-08', people: ['ada'] }),
    win('new', { title: 'New', month: '2026-10', strategy: 'a', departments: ['sales'] }),
    win('mid', { title: 'Mid', month: '2026-09', people: ['bea', 'ada'] }),
  ],
  glossary: [term('sla', { term: 'SLA', department: 'finance' }), term('api', { term: 'API' })],
  stories: [
    story('news', { title: 'News', date: '2026-10-01', people: ['ada'] }),
    story('spot', { title: 'Spot', date: '2026-09-01', kind: 'spotlight', departments: ['finance'] }),
  ],
});

describe('the organisation', () => {
  it("lists a manager's direct reports in name order", () => {
    expect(org.reportsOf('cio').map((p) => p.data.name)).toEqual(['Ada Okafor', 'Beatriz Souza']);
    expect(org.reportsOf('li')).toEqual([]);
  });

  it('walks the manager chain up to the top', () => {
    expect(org.managerChain('li').map((p) => p.id)).toEqual(['ada', 'cio']);
  });

  it('orders strategy pillars by their order field', () => {
    expect(org.strategy.map((s) => s.data.title)).toEqual(['First', 'Second']);
  });

  it('finds the IT people and teams who serve a department', () => {
    expect(org.peopleServing('finance').map((p) => p.id)).toEqual(['ada', 'bea']);
    expect(org.teamsServing('finance').map((t) => t.id)).toEqual(['platform']);
  });

  it("gathers a department's wins, terms, strategy and stories", () => {
    expect(org.winsForDepartment('finance').map((w) => w.id)).toEqual(['mid', 'old']);
    expect(org.termsForDepartment('finance').map((t) => t.id)).toEqual(['sla']);
    expect(org.strategyForDepartment('sales').map((s) => s.id)).toEqual(['a']);
    expect(org.storiesForDepartment('finance').map((s) => s.id)).toEqual(['spot']);
  });

  it("gathers a person's wins and stories, newest first", () => {
    expect(org.winsForPerson('ada').map((w) => w.id)).toEqual(['new', 'mid', 'old']);
    expect(org.storiesForPerson('ada').map((s) => s.id)).toEqual(['news']);
  });

  it('lists the wins that advanced a strategy pillar', () => {
    expect(org.winsForStrategy('a').map((w) => w.id)).toEqual(['new']);
  });

  it('sorts the glossary alphabetically', () => {
    expect(org.glossary.map((t) => t.data.term)).toEqual(['API', 'SLA']);
  });
});

describe('wins by month', () => {
  it('groups wins under their month, newest month first', () => {
    expect(groupWinsByMonth(org.wins).map(({ month, wins }) => [month, wins.map((w) => w.id)])).toEqual([
      ['2026-10', ['new']],
      ['2026-09', ['mid']],
      ['2026-08', ['old']],
    ]);
  });

  it('writes an outcome as before → after with its unit', () => {
    expect(describeOutcomeChange({ metric: 'Days', before: 9, after: 4, unit: 'days' })).toBe('9 → 4 days');
    expect(describeOutcomeChange({ metric: 'Uptime', after: '99.9%' })).toBe('99.9%');
  });
});

describe('the home page', () => {
  it('features the newest spotlight or day-in-the-life story', () => {
    expect(featuredStory(org.stories)?.id).toBe('spot');
  });

  it('puts the featured story in the spotlight, or the newest win when there is no story, not twice', () => {
    const withStories = homeHighlights(org);
    expect(withStories.spotlight).toEqual({ story: org.stories.find((s) => s.id === 'spot') });
    expect(withStories.moreStories.map((s) => s.id)).toEqual(['news']);
    expect(withStories.latestWins.map((w) => w.id)).toEqual(['new', 'mid', 'old']);

    const withoutStories = homeHighlights(organisationOf({ people, wins: org.wins as never, stories: [] }));
    expect(withoutStories.spotlight).toEqual({ win: org.wins[0] });
    expect(withoutStories.latestWins.map((w) => w.id)).toEqual(['mid', 'old']);

    expect(homeHighlights(organisationOf({ people })).spotlight).toBeUndefined();
  });

  it('puts the newest joiners first in the faces strip', () => {
    const faces = facesForHome([
      person('a', { name: 'A', joined: '2020-01-01' }),
      person('b', { name: 'B', joined: '2026-10-01' }),
      person('c', { name: 'C' }),
    ] as never);
    expect(faces.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});
