import { describe, expect, it } from 'vitest';
import { departmentPulse, pulseTrends, type PulseRowFigures } from '../../../src/lib/organisation/pulse.ts';
import { pulseCharts, pulseHeadline, sharedPercentRange } from '../../../src/lib/organisation/measures.ts';

const QUESTIONS = [
  { id: 'difference', text: 'IT makes a critical difference to my work.' },
  { id: 'promises', text: 'When IT promises a date, I can plan around it.' },
];
const DEPARTMENTS = [
  { id: 'finance', name: 'Finance' },
  { id: 'people', name: 'People' },
  { id: 'sales', name: 'Sales' },
];

function wave(id: string, rows: Array<[string, string, number, number]>) {
  return {
    id,
    data: {
      rows: rows.map(([question, group, responses, agree]): PulseRowFigures => ({ question, group, responses, agree })),
    },
  };
}

const WAVES = [
  wave('2026-06', [
    ['difference', 'it', 80, 60],
    ['difference', 'finance', 40, 16],
    ['difference', 'sales', 60, 30],
    ['difference', 'people', 4, 4],
  ]),
  wave('2026-03', [
    ['difference', 'it', 100, 75],
    ['difference', 'finance', 50, 20],
    ['difference', 'sales', 50, 24],
  ]),
];

describe('the perception pulse', () => {
  const pulse = pulseTrends(WAVES, QUESTIONS, DEPARTMENTS, 5);
  const [difference] = pulse.questions;

  it('puts the waves in month order and leaves out questions nobody answered', () => {
    expect(pulse.months).toEqual(['2026-03', '2026-06']);
    expect(pulse.questions.map((q) => q.id)).toEqual(['difference']);
  });

  it('weights the business by how many answered in each department, and counts the gap from the percents shown', () => {
    // March: (20 + 24) / 100 = 44%; IT 75%. June: (16 + 30) / 100 = 46%; IT 75%.
    expect(difference!.waves.map((w) => [w.it?.percent, w.business?.percent, w.gap])).toEqual([
      [75, 44, 31],
      [75, 46, 29],
    ]);
    expect(difference!.gapChange).toBe(-2);
  });

  it('never publishes a group under the minimum, not even inside the business figure', () => {
    const june = difference!.waves[1]!;
    expect(june.business!.responses).toBe(100);
    expect(june.unpublished).toBe(1);
    expect(difference!.departments.map((d) => d.id)).toEqual(['finance', 'sales']);
    expect(departmentPulse(pulse, 'people')).toEqual([]);
  });

  it("gives a department its own line with the change since its previous wave, and IT's beside it", () => {
    const [line] = departmentPulse(pulse, 'finance');
    expect(line!.shares.map((s) => s?.percent)).toEqual([40, 40]);
    expect(line!.change).toBe(0);
    expect(line!.it.map((s) => s?.percent)).toEqual([75, 75]);
  });

  it('says the headline gap in words, and charts IT against the business', () => {
    expect(pulseHeadline(pulse, 'en-GB')).toEqual({
      figure: '29 points',
      caption: 'between IT (75%) and the business (46%) agreeing that “IT makes a critical difference to my work.”',
      context: 'June 2026: narrowed by 2 points since March 2026',
    });
    const [chart] = pulseCharts(pulse, 'en-GB');
    expect(chart!.categories).toEqual(['Mar 2026', 'Jun 2026']);
    expect(chart!.series).toEqual([
      { name: 'IT', values: [75, 75] },
      { name: 'Business', values: [44, 46], emphasis: true },
    ]);
  });

  it('has no headline when only one side answered', () => {
    const itOnly = pulseTrends([wave('2026-03', [['difference', 'it', 10, 5]])], QUESTIONS, DEPARTMENTS, 5);
    expect(itOnly.questions[0]!.latest).toBeUndefined();
    expect(pulseHeadline(itOnly, 'en-GB')).toBeUndefined();
  });
});

describe('the scale small charts share', () => {
  it('spans the values in whole tens, at least 30 points, within 0 to 100', () => {
    expect(sharedPercentRange([44, 57, null, 63])).toEqual({ min: 40, max: 70 });
    expect(sharedPercentRange([50, 51])).toEqual({ min: 40, max: 70 });
    expect(sharedPercentRange([2, 5])).toEqual({ min: 0, max: 30 });
    expect(sharedPercentRange([97, 100])).toEqual({ min: 70, max: 100 });
    expect(sharedPercentRange([])).toEqual({ min: 0, max: 100 });
  });
});
