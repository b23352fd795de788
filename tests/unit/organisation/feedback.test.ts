import { describe, expect, it } from 'vitest';
import { department, feedback, organisationOf, win } from '../../support/factories.ts';

const departments = [department('operations', { name: 'Operations' }), department('finance', { name: 'Finance' })];
const entries = [
  feedback('summer', { date: '2026-07-08', departments: ['finance'], initiative: 'agreed-prices' }),
  feedback('autumn', { date: '2026-09-30', departments: ['operations', 'finance'], win: 'scanners' }),
  feedback('spring', { date: '2026-04-01', departments: ['operations'], win: 'draft-win' }),
];

describe('"you said, we did" in the organisation', () => {
  const org = organisationOf({
    departments,
    feedback: entries,
    wins: [win('scanners', { title: 'Scanners', month: '2026-09' })],
  } as never);

  it('lists every entry newest first', () => {
    expect(org.feedback.map((f) => f.id)).toEqual(['autumn', 'summer', 'spring']);
  });

  it("gives a department's entries, newest first, including those it shares with others", () => {
    expect(org.feedbackForDepartment('finance').map((f) => f.id)).toEqual(['autumn', 'summer']);
    expect(org.feedbackForDepartment('operations').map((f) => f.id)).toEqual(['autumn', 'spring']);
    expect(org.feedbackForDepartment('sales')).toEqual([]);
  });

  it('gives the entries that led to an initiative or a win', () => {
    expect(org.feedbackForInitiative('agreed-prices').map((f) => f.id)).toEqual(['summer']);
    expect(org.feedbackForWin('scanners').map((f) => f.id)).toEqual(['autumn']);
  });

  it('finds only published wins to link to', () => {
    expect(org.findWin('scanners')?.id).toBe('scanners');
    expect(org.findWin('draft-win')).toBeUndefined();
  });

  it('has none for an organisation that keeps none', () => {
    expect(organisationOf({}).feedback).toEqual([]);
  });
});
