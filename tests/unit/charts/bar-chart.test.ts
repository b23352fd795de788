import { describe, expect, it } from 'vitest';
import { barChartGeometry, barTableCells, wholeShares } from '../../../src/lib/charts/bar-chart.ts';

const months = ['Jan 2026', 'Feb 2026', 'Mar 2026'];
const runAndChange = [
  { name: 'Running', values: [600, 500, null] },
  { name: 'Changing', values: [200, 500, null], emphasis: true },
];

describe('stacked share bars', () => {
  const chart = barChartGeometry({ categories: months, series: runAndChange, mode: 'stacked-share', format: 'hours' });

  it('fill the plot top to bottom in each category, whatever the total', () => {
    for (const category of ['Jan 2026', 'Feb 2026']) {
      const bars = chart.bars.filter((bar) => bar.category === category);
      expect(Math.min(...bars.map((bar) => bar.y))).toBeCloseTo(chart.plot.top);
      expect(Math.max(...bars.map((bar) => bar.y + bar.height))).toBeCloseTo(chart.plot.bottom);
    }
  });

  it('draw each part as its share of the whole, the first part at the bottom', () => {
    const [running, changing] = chart.bars.filter((bar) => bar.category === 'Jan 2026');
    expect([running!.label, changing!.label]).toEqual(['75%', '25%']);
    expect(running!.y).toBeGreaterThan(changing!.y);
    expect(running!.height / changing!.height).toBeCloseTo(3, 0);
  });

  it('mark a category with nothing to share rather than draw it as zero', () => {
    expect(chart.bars.some((bar) => bar.category === 'Mar 2026')).toBe(false);
    expect(chart.empty.map((slot) => slot.category)).toEqual(['Mar 2026']);
  });

  it('run the axis from 0% to 100%', () => {
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0%', '50%', '100%']);
  });

  it('give the table the values with the shares the bars show', () => {
    const cells = barTableCells({ categories: months, series: runAndChange, mode: 'stacked-share', format: 'hours' });
    expect(cells).toEqual([
      ['600 hrs (75%)', '200 hrs (25%)'],
      ['500 hrs (50%)', '500 hrs (50%)'],
      ['no data', 'no data'],
    ]);
  });

  it('do not repeat shares that the values already are', () => {
    const series = [
      { name: 'Running', values: [70] },
      { name: 'Changing', values: [30] },
    ];
    expect(barTableCells({ categories: ['Jan'], series, mode: 'stacked-share', format: 'percent' })).toEqual([
      ['70%', '30%'],
    ]);
  });
});

describe('grouped bars', () => {
  const series = [
    { name: 'Delivered', values: [8, 10, null], emphasis: true },
    { name: 'Planned', values: [10, 10, 12] },
  ];
  const chart = barChartGeometry({ categories: months, series, mode: 'grouped', format: 'count' });

  it('stand side by side in series order, tall as their values', () => {
    const [delivered, planned] = chart.bars.filter((bar) => bar.category === 'Jan 2026');
    expect(delivered!.x).toBeLessThan(planned!.x);
    expect(delivered!.height / planned!.height).toBeCloseTo(0.8);
    expect(delivered!.y + delivered!.height).toBeCloseTo(chart.plot.bottom);
  });

  it('leave out a missing value, keeping its neighbour in place', () => {
    const march = chart.bars.filter((bar) => bar.category === 'Mar 2026');
    expect(march.map((bar) => bar.seriesIndex)).toEqual([1]);
    expect(chart.empty).toEqual([]);
  });

  it('write a value above its bar only where it fits the bar', () => {
    for (const bar of chart.bars) {
      if (bar.labelAt) expect(bar.labelAt.y).toBeLessThan(bar.y);
    }
    const crowded = barChartGeometry({
      categories: Array.from({ length: 24 }, (_, index) => `M${index}`),
      series: [
        { name: 'Delivered', values: Array(24).fill(1234) },
        { name: 'Planned', values: Array(24).fill(1234) },
      ],
      mode: 'grouped',
      format: 'count',
    });
    expect(crowded.bars.every((bar) => bar.labelAt === null)).toBe(true);
  });

  it('differ in fill as well as colour', () => {
    expect(chart.styles.map((style) => `${style.fill} ${style.tone}`)).toEqual(['solid accent', 'outline neutral']);
  });
});

describe('the shares a stacked bar writes', () => {
  it('are whole percents that add up to 100, the largest remainders taking what rounding leaves', () => {
    // 87.5% and 12.5% would each round up, to 88% + 13%.
    expect(wholeShares([875, 125])).toEqual([88, 12]);
    expect(wholeShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholeShares([0, null])).toEqual([0, 0]);
  });
});
