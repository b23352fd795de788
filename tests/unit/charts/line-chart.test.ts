import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, FONT_SIZE, textWidth } from '../../../src/lib/charts/chart-frame.ts';
import { lineChartGeometry, sparklineGeometry, sparklineSummary } from '../../../src/lib/charts/line-chart.ts';

const waves = ['Mar 2026', 'Jun 2026', 'Sep 2026'];

/** How many separate runs a path draws: one "M" per run. */
const runs = (path: string | null) => (path ?? '').split('M').length - 1;

describe('a line chart', () => {
  it('puts a value of 50% half way up the plot and 100% at its top', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [{ name: 'IT', values: [50, 100, 0] }],
      format: 'percent',
    });
    const [half, full, none] = chart.lines[0]!.points;
    const { top, bottom } = chart.plot;
    // Coordinates are whole units of the drawing: half way is within half a unit.
    expect(Math.abs(half!.y - (top + bottom) / 2)).toBeLessThanOrEqual(0.5);
    expect(full!.y).toBeCloseTo(top);
    expect(none!.y).toBeCloseTo(bottom);
  });

  it('places the categories left to right in their order', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [{ name: 'IT', values: [1, 2, 3] }],
      format: 'count',
    });
    const xs = chart.lines[0]!.points.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
  });

  it('breaks the line where a value is missing, and draws no point there', () => {
    const chart = lineChartGeometry({
      categories: [...waves, 'Dec 2026'],
      series: [{ name: 'IT', values: [48, 55, null, 63] }],
      format: 'percent',
    });
    const [line] = chart.lines;
    expect(runs(line!.path)).toBe(2);
    expect(line!.points.map((point) => point.category)).toEqual(['Mar 2026', 'Jun 2026', 'Dec 2026']);
  });

  it('draws nothing, and names nothing, for a series without values', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [
        { name: 'IT', values: [null, null, null] },
        { name: 'Business', values: [1, 2, 3] },
      ],
      format: 'count',
    });
    expect(chart.lines[0]).toMatchObject({ path: null, points: [], endLabel: null });
  });

  it('names each series at its end with its latest value, even when the last wave is missing', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [
        { name: 'IT', values: [48, 55, 61] },
        { name: 'Business', values: [50, 58, null] },
      ],
      format: 'percent',
    });
    expect(chart.lines.map((line) => line.endLabel?.value)).toEqual(['61%', '58%']);
  });

  it('keeps the end labels apart when two series end close together, each beside its own line', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [
        { name: 'IT', values: [40, 50, 63] },
        { name: 'Business', values: [70, 60, 64], emphasis: true },
      ],
      format: 'percent',
    });
    const [it, business] = chart.lines.map((line) => line.endLabel!);
    expect(Math.abs(it!.y - business!.y)).toBeGreaterThanOrEqual(FONT_SIZE);
    expect(business!.y).toBeLessThan(it!.y);
  });

  it('leaves room for the end labels inside the chart', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [{ name: 'The business', values: [40, 50, 100] }],
      format: 'percent',
    });
    const label = chart.lines[0]!.endLabel!;
    expect(label.x + textWidth(`The business ${label.value}`)).toBeLessThanOrEqual(CHART_WIDTH);
    expect(label.x).toBeGreaterThan(chart.plot.right);
  });

  it('leaves room for the value labels on the left', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [{ name: 'IT', values: [1, 2, 3] }],
      format: 'percent',
    });
    expect(chart.plot.left).toBeGreaterThanOrEqual(textWidth('100%'));
  });

  it('tells series apart by dash and marker, not only by colour, the emphasised one in the accent', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: ['Finance', 'Sales', 'HR', 'Operations'].map((name, index) => ({
        name,
        values: [index, index + 1, index + 2],
        emphasis: name === 'HR',
      })),
      format: 'count',
    });
    const looks = chart.lines.map((line) => `${line.dash}|${line.marker}`);
    expect(new Set(looks).size).toBe(4);
    expect(chart.lines.map((line) => line.style.tone)).toEqual(['neutral', 'neutral', 'accent', 'neutral']);
    expect(chart.lines[2]!.dash).toBeUndefined();
  });

  it('emphasises the first series when none is marked', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [
        { name: 'IT', values: [1, 2, 3] },
        { name: 'Business', values: [1, 2, 3] },
      ],
      format: 'count',
    });
    expect(chart.lines.map((line) => line.style.tone)).toEqual(['accent', 'neutral']);
  });

  it('gives the value axis gridlines that cover the data', () => {
    const chart = lineChartGeometry({
      categories: waves,
      series: [{ name: 'Incidents', values: [47, 31, 12] }],
      format: 'count',
    });
    expect(chart.ticks[0]!.value).toBe(0);
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(47);
  });
});

describe('a sparkline', () => {
  it('draws on the shared scale it is given, a gap where a wave is missing, a dot at the latest value', () => {
    const spark = sparklineGeometry({
      values: [30, null, 80],
      reference: [50, 55, 60],
      format: 'percent',
      min: 30,
      max: 80,
    });
    expect(runs(spark.path)).toBe(2);
    expect(runs(spark.referencePath)).toBe(1);
    expect(spark.last!.y).toBeLessThan(spark.baseline);
    expect(spark.baseline).toBeLessThanOrEqual(spark.height);
  });

  it('draws no line and no dot when there are no values', () => {
    expect(sparklineGeometry({ values: [null, null], format: 'count' })).toMatchObject({ path: null, last: null });
  });

  it('says in words where the line ends and where it began', () => {
    expect(sparklineSummary('Finance', waves, [52, null, 64], 'percent')).toBe(
      'Finance: 64% in Sep 2026, from 52% in Mar 2026',
    );
    expect(sparklineSummary('Sales', waves, [null, null, null], 'percent')).toBe('Sales: no data');
  });
});

describe('a sparkline with a gap', () => {
  it('gives a value with no neighbour a dot of its own, which a line could not draw', () => {
    const spark = sparklineGeometry({ values: [40, null, 55], format: 'percent' });
    expect(spark.lone.map((point) => point.x)).toEqual([3, 97]);
    expect(sparklineGeometry({ values: [40, 45, null], format: 'percent' }).lone).toEqual([]);
  });
});
