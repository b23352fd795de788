import { describe, expect, it } from 'vitest';
import { latestPace, paceByMonth, type PaceRowFigures } from '../../../src/lib/organisation/pace.ts';
import { paceCharts, paceHeadline } from '../../../src/lib/organisation/measures.ts';

const TEAMS = [
  { id: 'platform', name: 'Platform' },
  { id: 'service-desk', name: 'Service Desk' },
  { id: 'data', name: 'Data' },
];

function month(id: string, rows: Array<[string, number, number, number, number, number]>) {
  return {
    id,
    data: {
      rows: rows.map(([team, runHours, changeHours, incidents, delivered, planned]): PaceRowFigures => ({
        team,
        runHours,
        changeHours,
        incidents,
        delivered,
        planned,
      })),
    },
  };
}

const PACE = paceByMonth(
  [
    month('2026-10', [
      ['platform', 500, 500, 10, 8, 10],
      ['service-desk', 900, 100, 50, 4, 5],
    ]),
    month('2026-09', [['platform', 700, 300, 20, 5, 9]]),
  ],
  TEAMS,
);

describe("IT's pace", () => {
  it('adds the teams up month by month, in month order', () => {
    expect(PACE.months).toEqual(['2026-09', '2026-10']);
    expect(PACE.total).toEqual([
      { runHours: 700, changeHours: 300, runShare: 70, incidents: 20, delivered: 5, planned: 9 },
      { runHours: 1400, changeHours: 600, runShare: 70, incidents: 60, delivered: 12, planned: 15 },
    ]);
  });

  it('keeps each team that has a row, with a gap for a month it left out', () => {
    expect(PACE.teams.map((t) => t.id)).toEqual(['platform', 'service-desk']);
    expect(PACE.teams[1]!.months.map((m) => m?.runShare)).toEqual([undefined, 90]);
  });

  it('has no share of time for a month without hours', () => {
    const empty = paceByMonth([month('2026-10', [['platform', 0, 0, 1, 0, 0]])], TEAMS);
    expect(empty.total[0]!.runShare).toBeUndefined();
    expect(paceHeadline(empty, 'en-GB')).toBeUndefined();
  });

  it('says the newest month in words', () => {
    expect(latestPace(PACE)?.month).toBe('2026-10');
    expect(paceHeadline(PACE, 'en-GB')).toEqual({
      figure: '70%',
      caption:
        "of IT's time went to keeping things running in October 2026; the rest built what the business asked for",
      context: '12 of 15 planned changes delivered · 60 incidents',
    });
  });

  it('charts hours, delivery and incidents month by month, with the takeaway in words', () => {
    const charts = paceCharts(PACE, 'en-GB');
    expect(charts.categories).toEqual(['Sept 2026', 'Oct 2026']);
    expect(charts.time.map((s) => s.values)).toEqual([
      [700, 1400],
      [300, 600],
    ]);
    expect(charts.deliveryDescription).toBe(
      'IT delivered 17 of the 24 changes it planned from September 2026 to October 2026.',
    );
  });
});

describe('a month a team did not report', () => {
  it('is said in the headline, since IT’s totals leave the team out', () => {
    // PACE: service-desk reported October only, platform both months; take platform out of October.
    const gap = paceByMonth(
      [
        month('2026-09', [
          ['platform', 700, 300, 20, 5, 9],
          ['service-desk', 900, 100, 50, 4, 5],
        ]),
        month('2026-10', [['platform', 500, 500, 10, 8, 10]]),
      ],
      TEAMS,
    );
    expect(latestPace(gap)?.unreported).toEqual(['Service Desk']);
    expect(paceHeadline(gap, 'en-GB')?.context).toBe(
      '8 of 10 planned changes delivered · 10 incidents · not reported: Service Desk',
    );
  });
});
