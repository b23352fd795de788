/** The geometry of line charts over ordered categories (waves, months) and of sparklines, for the SVG to draw. */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  CHART_WIDTH,
  FONT_SIZE,
  LABEL_GAP,
  categoryLabels,
  textWidth,
  valueAxis,
  type CategoryLabel,
  type Tick,
} from './chart-frame.ts';
import { DEFAULT_LOCALE, formatValue, type ChartFormat, type ChartValue } from './chart-numbers.ts';
import { dodgeLabels } from './direct-labels.ts';
import { lineLook, seriesStyles, type Series, type SeriesStyle } from './series-styles.ts';

export interface LineChartInput {
  categories: readonly string[];
  series: readonly Series[];
  format: ChartFormat;
  locale?: string;
  max?: number;
}

export interface PlottedPoint {
  x: number;
  y: number;
  value: number;
  category: string;
}

export interface PlottedLine {
  name: string;
  style: SeriesStyle;
  /** stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  /** The marker as a path centred on 0,0, to translate to each point. */
  marker: string;
  /** The line's path with a gap wherever a value is missing; null when the series has no values at all. */
  path: string | null;
  points: PlottedPoint[];
  /** The series' name and latest value beside the end of the lines; null when the series has no values. */
  endLabel: { x: number; y: number; value: string } | null;
}

export interface LineChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  categoryLabels: CategoryLabel[];
  /** The baseline of the category labels. */
  categoryLabelY: number;
  lines: PlottedLine[];
}

const HEIGHT = 240;
/** The most of the width the end labels may take; longer names would squeeze the plot to nothing. */
const MOST_LABEL_ROOM = CHART_WIDTH * 0.42;
/** Room between the value labels and the first point, so the first point's marker clears them. */
const FIRST_POINT_INSET = 10;

function lastDefined(values: readonly ChartValue[]): { index: number; value: number } | null {
  for (let index = values.length - 1; index >= 0; index -= 1) {
    const value = values[index];
    if (value !== null && value !== undefined) return { index, value };
  }
  return null;
}

/**
 * Where every line, marker, gridline and label goes. Lines break where a value is missing (d3's line().defined());
 * each series is named at the right, beside its latest value, the names nudged apart when lines end close together.
 */
export function lineChartGeometry(input: LineChartInput): LineChartGeometry {
  const { categories, series, format, locale = DEFAULT_LOCALE, max } = input;
  const top = Math.round(FONT_SIZE);
  const categoryLabelY = HEIGHT - 4;
  const bottom = Math.round(categoryLabelY - FONT_SIZE - LABEL_GAP);
  const axis = valueAxis(
    series.flatMap((one) => one.values),
    format,
    locale,
    [bottom, top],
    max,
  );
  const ends = series.map((one) => lastDefined(one.values));
  const endTexts = ends.map((end) => (end ? formatValue(end.value, format, locale) : null));
  const labelRoom = Math.min(
    MOST_LABEL_ROOM,
    Math.max(0, ...series.map((one, index) => (endTexts[index] ? textWidth(`${one.name} ${endTexts[index]}`) : 0))),
  );
  const left = axis.labelWidth + LABEL_GAP;
  const right = CHART_WIDTH - labelRoom - LABEL_GAP * 2;
  // Whole units of a 400-wide drawing: finer than a pixel shows, and the page carries short numbers.
  const x = scalePoint<string>()
    .domain(categories)
    .rangeRound([left + FIRST_POINT_INSET, right]);
  const y = axis.scale;
  const styles = seriesStyles(series);
  // Only series with a value get a label, so only they take room.
  const labelled = ends.flatMap((end, index) => (end ? [{ index, y: y(end.value) }] : []));
  const dodged = dodgeLabels(
    labelled.map((label) => label.y),
    FONT_SIZE * 1.15,
    [top, bottom],
  );
  const labelYs = new Map(labelled.map((label, position) => [label.index, dodged[position]!]));

  const lines: PlottedLine[] = series.map((one, seriesIndex) => {
    const style = styles[seriesIndex]!;
    const points = one.values.flatMap((value, index) => {
      const category = categories[index];
      if (value === null || value === undefined || category === undefined) return [];
      return [{ x: x(category)!, y: y(value), value, category }];
    });
    const path = line<ChartValue>()
      .defined((value) => value !== null)
      .x((_, index) => x(categories[index]!)!)
      .y((value) => y(value!))(one.values.slice(0, categories.length));
    const endText = endTexts[seriesIndex];
    return {
      name: one.name,
      style,
      ...lineLook(style, style.tone === 'accent' ? 44 : 32),
      path: points.length > 0 ? path : null,
      points,
      endLabel: endText ? { x: right + LABEL_GAP * 1.5, y: labelYs.get(seriesIndex)!, value: endText } : null,
    };
  });

  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    plot: { left, right, top, bottom },
    ticks: axis.ticks,
    categoryLabels: categoryLabels(
      categories,
      categories.map((category) => x(category)!),
    ),
    categoryLabelY,
    lines,
  };
}

export interface SparklineInput {
  values: readonly ChartValue[];
  /** A line to compare with, drawn faint: e.g. the whole organisation behind a department. */
  reference?: readonly ChartValue[];
  format: ChartFormat;
  /** The bottom of the scale, 0 by default; give every sparkline of a set the same one, so they compare. */
  min?: number;
  /** The top of the scale, percent 100 by default, else the data's highest; likewise shared across a set. */
  max?: number;
}

export interface SparklineGeometry {
  width: number;
  height: number;
  path: string | null;
  referencePath: string | null;
  /** The latest value's point, marked with a dot. */
  last: { x: number; y: number } | null;
  /** Values with no value on either side, which a line cannot draw: each gets a dot of its own. */
  lone: Array<{ x: number; y: number }>;
  /** The bottom of the scale. */
  baseline: number;
}

const SPARK_WIDTH = 100;
const SPARK_HEIGHT = 36;
/** Room for the end dot's radius at the edges. */
const SPARK_INSET = 3;

/**
 * A sparkline's two lines and end dot on a scale from `min` to `max`, gaps where a value is missing. Percent runs
 * 0–100 unless told otherwise; a set whose shares all sit between 40% and 70% shows its trends better on 30–80.
 */
export function sparklineGeometry({ values, reference = [], format, min, max }: SparklineInput): SparklineGeometry {
  const defined = [...values, ...reference].filter((value): value is number => value !== null);
  const top = max ?? (format === 'percent' ? 100 : Math.max(1, ...defined));
  const count = Math.max(values.length, reference.length);
  const x = scaleLinear()
    .domain([0, Math.max(1, count - 1)])
    .range([SPARK_INSET, SPARK_WIDTH - SPARK_INSET]);
  const y = scaleLinear()
    .domain([min ?? Math.min(0, ...defined), top])
    .range([SPARK_HEIGHT - SPARK_INSET, SPARK_INSET])
    .clamp(true);
  const draw = line<ChartValue>()
    .defined((value) => value !== null)
    .x((_, index) => x(index))
    .y((value) => y(value!));
  const end = lastDefined(values);
  return {
    width: SPARK_WIDTH,
    height: SPARK_HEIGHT,
    path: values.some((value) => value !== null) ? draw(values) : null,
    referencePath: reference.some((value) => value !== null) ? draw(reference) : null,
    last: end ? { x: x(end.index), y: y(end.value) } : null,
    lone: values.flatMap((value, index) =>
      value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null
        ? [{ x: x(index), y: y(value) }]
        : [],
    ),
    baseline: y.range()[0]!,
  };
}

/** A sparkline in words, for when no table goes with it: "Finance: 64% in Sep 2026, from 52% in Mar 2026". */
export function sparklineSummary(
  label: string,
  categories: readonly string[],
  values: readonly ChartValue[],
  format: ChartFormat,
  locale = DEFAULT_LOCALE,
): string {
  const firstIndex = values.findIndex((value) => value !== null);
  const last = lastDefined(values);
  if (firstIndex < 0 || !last) return `${label}: no data`;
  const latest = `${formatValue(last.value, format, locale)} in ${categories[last.index] ?? ''}`;
  if (firstIndex === last.index) return `${label}: ${latest}`;
  return `${label}: ${latest}, from ${formatValue(values[firstIndex]!, format, locale)} in ${categories[firstIndex] ?? ''}`;
}
