import { describe, expect, it } from 'vitest';
import { paceCard, pulseCard } from '../../../src/lib/cards/card-specs.ts';
import { department, organisationOf, team } from '../../support/factories.ts';
import type { PaceMonth, PulseQuestion, PulseWave } from '../../../src/lib/organisation/organisation.ts';

const org = organisationOf({
  departments: [department('finance', { name: 'Finance' })],
  teams: [team('platform', { name: 'Platform', lead: 'ada' })],
  pulseQuestions: [{ id: 'difference', data: { text: 'IT makes a difference.', order: 0 } } as PulseQuestion],
  pulse: [
    {
      id: '2026-09',
      data: {
        rows: [
          { question: 'difference', group: 'it', responses: 20, agree: 15 },
          { question: 'difference', group: 'finance', responses: 50, agree: 30 },
        ],
      },
    } as PulseWave,
  ],
  pace: [
    {
      id: '2026-10',
      data: {
        rows: [{ team: 'platform', runHours: 600, changeHours: 400, incidents: 7, delivered: 3, planned: 4 }],
      },
    } as PaceMonth,
  ],
});

describe('the cards of the measures', () => {
  it('show the pulse’s gap with both figures, said in full for screen readers', () => {
    expect(pulseCard(org)).toMatchObject({
      path: 'cards/pulse.png',
      kind: 'measure',
      section: 'Pulse',
      figure: '15 points',
      alt: 'How the business sees IT: 15 points between IT (75%) and the business (60%) agreeing that “IT makes a difference.”. September 2026',
    });
  });

  it('show the share of time keeping things running, and delivery', () => {
    expect(paceCard(org)).toMatchObject({
      path: 'cards/pace.png',
      figure: '60%',
      context: '3 of 4 planned changes delivered · 7 incidents',
    });
  });

  it('are left out when there are no figures to show', () => {
    const empty = organisationOf({});
    expect(pulseCard(empty)).toBeUndefined();
    expect(paceCard(empty)).toBeUndefined();
  });
});
