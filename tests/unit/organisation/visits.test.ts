import { describe, expect, it } from 'vitest';
import { department, organisationOf, person, team, visit } from '../../support/factories.ts';
import { coverageMatrix } from '../../../src/lib/content/visit-coverage.ts';

const people = [person('ada', { name: 'Ada', team: 'platform' }), person('li', { name: 'Li', team: 'data' })];
const teams = [team('platform', { name: 'Platform' }), team('data', { name: 'Data' })];
const departments = [department('operations', { name: 'Operations' }), department('finance', { name: 'Finance' })];
const visits = [
  visit('old', { person: 'ada', department: 'operations', date: '2025-06-01' }),
  visit('autumn', { person: 'ada', department: 'operations', date: '2026-09-17' }),
  visit('summer', { person: 'li', department: 'finance', date: '2026-06-10' }),
];

describe('visits in the organisation', () => {
  const org = organisationOf({ people, teams, departments, visits } as never);

  it('lists every visit newest first', () => {
    expect(org.visits.map((v) => v.id)).toEqual(['autumn', 'summer', 'old']);
  });

  it("gives a person's visits and a department's visits, newest first", () => {
    expect(org.visitsBy('ada').map((v) => v.id)).toEqual(['autumn', 'old']);
    expect(org.visitsTo('finance').map((v) => v.id)).toEqual(['summer']);
    expect(org.visitsTo('sales')).toEqual([]);
  });

  it('has no visits for an organisation that keeps none', () => {
    expect(organisationOf({}).visits).toEqual([]);
  });

  it('counts the last 12 months of visits for every team and department, empty cells as 0', () => {
    const matrix = coverageMatrix(org, new Date('2026-11-23T00:00:00Z'));
    expect(matrix.teams.map((t) => t.id)).toEqual(['data', 'platform']);
    expect(matrix.departments.map((d) => d.id)).toEqual(['finance', 'operations']);
    expect(matrix.counts).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
