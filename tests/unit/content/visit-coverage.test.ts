import { describe, expect, it } from 'vitest';
import {
  countsOn,
  coverageStart,
  unvisitedInitiativeWarnings,
  visitCounts,
  visitCoverageWarnings,
} from '../../../src/lib/content/visit-coverage.ts';

const day = new Date('2026-11-23T00:00:00Z');
const teamOf = (id: string) => ({ ada: 'platform', li: 'data', sam: 'service-desk' })[id];
const named = (id: string) => id[0]!.toUpperCase() + id.slice(1);
const on = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the 12 months that count', () => {
  it('starts on the same day a year earlier and ends on the day itself, both included', () => {
    expect(coverageStart(day).toISOString().slice(0, 10)).toBe('2025-11-23');
    expect(countsOn({ date: on('2025-11-23') }, day)).toBe(true);
    expect(countsOn({ date: on('2025-11-22') }, day)).toBe(false);
    expect(countsOn({ date: on('2026-11-23') }, new Date('2026-11-23T17:30:00Z'))).toBe(true);
  });

  it('leaves out a visit planned after the day', () => {
    expect(countsOn({ date: on('2026-11-24') }, day)).toBe(false);
  });
});

describe('visit counts', () => {
  it("counts each visit for the visitor's team and the department, leaving out people without a team", () => {
    const counts = visitCounts(
      [
        { person: 'ada', department: 'operations', date: on('2026-09-17') },
        { person: 'ada', department: 'operations', date: on('2026-03-02') },
        { person: 'li', department: 'finance', date: on('2026-06-10') },
        { person: 'nobody', department: 'finance', date: on('2026-06-10') },
        { person: 'li', department: 'sales', date: on('2024-01-10') },
      ],
      teamOf,
      day,
    );
    expect(counts.get('platform')?.get('operations')).toBe(2);
    expect(counts.get('data')?.get('finance')).toBe(1);
    expect(counts.get('data')?.get('sales')).toBeUndefined();
    expect([...counts.keys()].sort()).toEqual(['data', 'platform']);
  });
});

describe('the warning for an initiative whose team has not visited its departments', () => {
  const initiative = (file: string, team: string, departments: string[], status = 'now') => ({
    file,
    status,
    team,
    departments,
  });
  const visits = [{ person: 'ada', department: 'operations', date: on('2026-09-17') }];

  it('warns, on the team field, for work under way whose team spent no day with any of its departments', () => {
    const warnings = unvisitedInitiativeWarnings(
      [initiative('initiatives/catalogue.md', 'service-desk', ['people', 'finance', 'sales'])],
      visits,
      teamOf,
      named,
      day,
    );
    expect(warnings).toEqual([
      {
        file: 'initiatives/catalogue.md',
        field: 'team',
        severity: 'warning',
        message:
          '"service-desk" has not visited People, Finance or Sales in the 12 months before this started (initiatives have no start date, so: the 12 months before today) → plan a day in the life with them (visits/)',
      },
    ]);
  });

  it('is silent once one person of the team visited one of the departments', () => {
    expect(
      unvisitedInitiativeWarnings(
        [initiative('initiatives/wifi.md', 'platform', ['finance', 'operations'])],
        visits,
        teamOf,
        named,
        day,
      ),
    ).toEqual([]);
  });

  it('still warns when the only visit is older than 12 months, or by another team', () => {
    const old = [{ person: 'ada', department: 'operations', date: on('2025-10-01') }];
    expect(
      unvisitedInitiativeWarnings([initiative('a.md', 'platform', ['operations'])], old, teamOf, named, day),
    ).toHaveLength(1);
    expect(
      unvisitedInitiativeWarnings([initiative('b.md', 'data', ['operations'])], visits, teamOf, named, day),
    ).toHaveLength(1);
  });

  it('leaves out work not under way, and work for no department', () => {
    expect(
      unvisitedInitiativeWarnings(
        [initiative('next.md', 'data', ['finance'], 'next'), initiative('none.md', 'data', [])],
        [],
        teamOf,
        named,
        day,
      ),
    ).toEqual([]);
  });
});

describe("the validator's call", () => {
  const entry = (id: string, fields: Record<string, unknown>) => ({ id, file: `/c/${id}.md`, fields });
  const folder = {
    people: [entry('sam', { team: 'service-desk' })],
    departments: [entry('finance', { name: 'Finance' })],
    initiatives: [entry('catalogue', { status: 'now', team: 'service-desk', departments: ['finance'] })],
  };

  it('says nothing to a folder that keeps no visits', () => {
    expect(visitCoverageWarnings({ ...folder, visits: [] }, new Set(), day)).toEqual([]);
  });

  it('names departments by their name, and skips initiatives with errors of their own', () => {
    const visits = [entry('v', { person: 'sam', department: 'sales', date: on('2026-05-01') })];
    const [warning] = visitCoverageWarnings({ ...folder, visits }, new Set(), day);
    expect(warning?.message).toMatch(/^"service-desk" has not visited Finance in the 12 months/);
    expect(visitCoverageWarnings({ ...folder, visits }, new Set(['/c/catalogue.md']), day)).toEqual([]);
  });
});
