import { describe, expect, it } from 'vitest';
import { categoryLabels, chartIds, textWidth, valueAxis } from '../../../src/lib/charts/chart-frame.ts';

describe('the value axis', () => {
  it('runs percent charts from 0% to 100% with a gridline half way', () => {
    const axis = valueAxis([40, 60], 'percent', 'en-GB', [200, 10]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['0%', '50%', '100%']);
    expect(axis.ticks.map((tick) => tick.y)).toEqual([200, 105, 10]);
  });

  it('covers the data from zero to a round number at or above the highest value', () => {
    for (const high of [7, 47, 130, 2950]) {
      const { ticks } = valueAxis([1, high], 'count', 'en-GB', [200, 10]);
      expect(ticks[0]!.value).toBe(0);
      expect(ticks.at(-1)!.value).toBeGreaterThanOrEqual(high);
      expect(ticks.at(-1)!.y).toBe(10);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('takes the top from max when the page gives one', () => {
    const { ticks } = valueAxis([30], 'count', 'en-GB', [200, 10], 60);
    expect(ticks.at(-1)).toMatchObject({ value: 60, y: 10 });
  });
});

describe('category labels', () => {
  const months = ['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026'];

  it('names every category when there is room', () => {
    const labels = categoryLabels(['Q1', 'Q2', 'Q3'], [100, 200, 300]);
    expect(labels.map((label) => label.text)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('leaves some out rather than overlap, always naming the latest', () => {
    const centres = months.map((_, index) => 40 + index * 40);
    const labels = categoryLabels(months, centres);
    expect(labels.length).toBeLessThan(months.length);
    expect(labels.at(-1)!.text).toBe('Jun 2026');
    for (let index = 1; index < labels.length; index += 1) {
      const gap = labels[index]!.x - labels[index - 1]!.x;
      expect(gap).toBeGreaterThan(textWidth(labels[index]!.text));
    }
  });

  it('keeps a label at the edge inside the chart', () => {
    const [label] = categoryLabels(['September 2026'], [2]);
    expect(label!.x - textWidth('September 2026') / 2).toBeGreaterThanOrEqual(0);
  });
});

describe('chart ids', () => {
  it('come from the title, the same build after build, unless the page gives an id', () => {
    expect(chartIds('Pulse').base).toBe(chartIds('Pulse').base);
    expect(chartIds('Pulse').base).not.toBe(chartIds('Pace').base);
    expect(chartIds('Pulse', 'pulse-it')).toEqual({
      base: 'pulse-it',
      title: 'pulse-it-title',
      description: 'pulse-it-desc',
    });
  });
});
