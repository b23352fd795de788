import { describe, expect, it } from 'vitest';
import { department, initiative, organisationOf, person, term, win } from '../../support/factories.ts';
import { departmentHub, HUB_LIMITS } from '../../../src/lib/organisation/department-hub.ts';

const partners = Array.from({ length: 20 }, (_, i) =>
  person(`p${String(i).padStart(2, '0')}`, { name: `Person ${String(i).padStart(2, '0')}`, serves: ['finance'] }),
);
const wins = Array.from({ length: 14 }, (_, i) =>
  win(`w${i}`, { title: `Win ${i}`, month: `2026-${String((i % 9) + 1).padStart(2, '0')}`, people: ['p00'] }),
);
const org = organisationOf({
  people: [person('ada', { name: 'Ada Okafor' }), ...partners],
  departments: [department('finance', { name: 'Finance' }), department('sales', { name: 'Sales' })],
  wins,
  initiatives: [
    initiative('now-1', { title: 'Now', departments: ['finance'] }),
    initiative('later-1', { title: 'Later', status: 'later', departments: ['finance'] }),
  ],
  glossary: Array.from({ length: 12 }, (_, i) => term(`t${i}`, { term: `Term ${i}`, department: 'finance' })),
});

describe("a department's hub", () => {
  const hub = departmentHub(org, org.department('finance'));

  it('opens with its figures: wins, initiatives under way, partners and words', () => {
    expect(hub.figures.map(({ value, label }) => `${value} ${label}`)).toEqual([
      '14 wins together',
      '1 initiative under way',
      '20 IT partners',
      '12 words in the glossary',
    ]);
  });

  it('shows the newest wins as tiles, a few more as links, and counts the rest', () => {
    expect(hub.latestWins).toHaveLength(HUB_LIMITS.wins);
    expect(hub.latestWins[0]!.data.month).toBe('2026-09');
    expect(hub.earlierWins).toHaveLength(HUB_LIMITS.earlierWins);
    expect(hub.latestWins.length + hub.earlierWins.length + hub.moreWins).toBe(14);
  });

  it('lists a few partners and links to the directory filtered to the department for the rest', () => {
    expect(hub.partners).toHaveLength(HUB_LIMITS.partners);
    expect(hub.morePartners).toBe(20 - HUB_LIMITS.partners);
    expect(hub.everyPartnerQuery).toBe('?department=finance');
  });

  it('groups initiatives by status and leaves out empty statuses', () => {
    expect(hub.initiativeColumns.map((column) => column.status)).toEqual(['now', 'later']);
  });

  it('says nothing is there for a department with no wins, partners or words', () => {
    const empty = departmentHub(org, org.department('sales'));
    expect(empty.figures.map(({ value }) => value)).toEqual([0, 0, 0, 0]);
    expect([empty.latestWins, empty.partners, empty.terms, empty.initiativeColumns]).toEqual([[], [], [], []]);
  });
});
