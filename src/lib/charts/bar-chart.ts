/** The geometry of bar charts: parts stacked to fill 100% of each category, or series grouped side by side. */
import { scaleBand } from 'd3-scale';
import { stack, stackOffsetExpand } from 'd3-shape';
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
import { DEFAULT_LOCALE, formatTick, formatValue, type ChartFormat } from './chart-numbers.ts';
import { barFill, seriesStyles, type BarFill, type Series, type SeriesStyle } from './series-styles.ts';

/**
 * `stacked-share`: each category's values are parts of one whole (hours running and hours changing), drawn as
 * shares of their sum so every bar is 100% tall. `grouped`: the series' bars side by side against one value axis
 * (delivered beside planned).
 */
export type BarMode = 'stacked-share' | 'grouped';

export interface BarChartInput {
  categories: readonly string[];
  series: readonly Series[];
  mode: BarMode;
  format: ChartFormat;
  locale?: string;
  /** Top of the value axis in grouped mode; percent defaults to 100, other formats to a round number. */
  max?: number;
}

export interface PlottedBar {
  seriesIndex: number;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the bar shows: the value (grouped) or its share of the category (stacked-share). */
  label: string;
  /** Where the label goes, or null when it would not fit: the table still has it. */
  labelAt: { x: number; y: number; inside: boolean } | null;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  categoryLabels: CategoryLabel[];
  categoryLabelY: number;
  /** Per series, its look; the bars carry the series' index. */
  styles: Array<SeriesStyle & { fill: BarFill }>;
  bars: PlottedBar[];
  /** Categories with nothing to draw, marked with a dash so an empty slot does not read as zero. */
  empty: Array<{ category: string; x: number; y: number }>;
}

const HEIGHT = 240;
/** The page's colour between stacked parts, so neighbouring fills never touch. */
const PART_GAP = 2;
/** Room a label needs beyond its text inside a bar. */
const LABEL_PADDING = 4;

/**
 * Where every bar, gridline and label goes. Stacked shares come from d3's stackOffsetExpand; a share or value is
 * written on its bar only where it fits at full size, never shrunk.
 */
export function barChartGeometry(input: BarChartInput): BarChartGeometry {
  const { categories, series, mode, format, locale = DEFAULT_LOCALE, max } = input;
  const top = Math.round(FONT_SIZE);
  const categoryLabelY = HEIGHT - 4;
  const bottom = Math.round(categoryLabelY - FONT_SIZE - LABEL_GAP);
  const styles = seriesStyles(series).map((style) => ({ ...style, fill: barFill(style) }));
  const axis =
    mode === 'stacked-share'
      ? valueAxis([], 'percent', locale, [bottom, top], 100)
      : valueAxis(
          series.flatMap((one) => one.values),
          format,
          locale,
          [bottom, top],
          max,
        );
  const left = axis.labelWidth + LABEL_GAP;
  const right = CHART_WIDTH;
  const x = scaleBand<string>().domain(categories).rangeRound([left, right]).paddingInner(0.3).paddingOuter(0.15);
  const y = axis.scale;
  const bars: PlottedBar[] = [];
  const empty: BarChartGeometry['empty'] = [];
  const fits = (text: string, width: number) => textWidth(text) + LABEL_PADDING <= width;

  if (mode === 'stacked-share') {
    // Rows are categories, keyed by series index; a missing part counts as none of the whole.
    const rows = categories.map((_, index) => series.map((one) => one.values[index] ?? 0));
    const layers = stack<number[], number>()
      .keys(series.map((_, index) => index))
      .value((row, key) => Math.max(0, row[key] ?? 0))
      .offset(stackOffsetExpand)(rows);
    categories.forEach((category, index) => {
      const left = x(category)!;
      const total = rows[index]!.reduce((sum, value) => sum + Math.max(0, value), 0);
      const shares = wholeShares(rows[index]!);
      if (total === 0) {
        empty.push({ category, x: left + x.bandwidth() / 2, y: bottom - LABEL_GAP });
        return;
      }
      layers.forEach((layer, seriesIndex) => {
        const [from, to] = layer[index]!;
        if (to - from <= 0) return;
        const lowEdge = y(from * 100) - (from > 0 ? PART_GAP / 2 : 0);
        const highEdge = y(to * 100) + (to < 1 ? PART_GAP / 2 : 0);
        const height = Math.max(0, lowEdge - highEdge);
        const label = formatTick(shares[seriesIndex]!, 'percent', locale);
        const inside = fits(label, x.bandwidth()) && height >= FONT_SIZE + LABEL_PADDING;
        bars.push({
          seriesIndex,
          category,
          x: left,
          y: highEdge,
          width: x.bandwidth(),
          height,
          label,
          labelAt: inside ? { x: left + x.bandwidth() / 2, y: highEdge + height / 2, inside: true } : null,
        });
      });
    });
  } else {
    const inner = scaleBand<number>()
      .domain(series.map((_, index) => index))
      .range([0, x.bandwidth()])
      .paddingInner(0.1);
    categories.forEach((category, index) => {
      let drawn = 0;
      series.forEach((one, seriesIndex) => {
        const value = one.values[index];
        if (value === null || value === undefined) return;
        drawn += 1;
        const barX = x(category)! + inner(seriesIndex)!;
        const barY = Math.min(y(value), y(0));
        const label = formatValue(value, format, locale);
        bars.push({
          seriesIndex,
          category,
          x: barX,
          y: barY,
          width: inner.bandwidth(),
          height: Math.abs(y(0) - y(value)),
          label,
          // Above the bar, where it reads against the page, if it is no wider than the bar.
          labelAt: fits(label, inner.bandwidth() + LABEL_GAP)
            ? { x: barX + inner.bandwidth() / 2, y: barY - LABEL_GAP / 2 - FONT_SIZE / 2, inside: false }
            : null,
        });
      });
      if (drawn === 0) empty.push({ category, x: x(category)! + x.bandwidth() / 2, y: y(0) - LABEL_GAP });
    });
  }

  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    plot: { left, right, top, bottom },
    ticks: axis.ticks,
    categoryLabels: categoryLabels(
      categories,
      categories.map((category) => x(category)! + x.bandwidth() / 2),
    ),
    categoryLabelY,
    styles,
    bars,
    empty,
  };
}

/**
 * Whole percents of a whole that add up to 100 (the largest remainders get the points rounding leaves over),
 * so that a stacked bar never reads 88% + 13%.
 */
export function wholeShares(values: readonly (number | null)[]): number[] {
  const parts = values.map((value) => Math.max(0, value ?? 0));
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total === 0) return parts.map(() => 0);
  const exact = parts.map((part) => (part / total) * 100);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((sum, share) => sum + share, 0);
  for (const index of exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
    .map(({ index }) => index)) {
    if (left-- <= 0) break;
    shares[index]! += 1;
  }
  return shares;
}

/**
 * The figures of a bar chart as its table writes them. Stacked shares add the share the bar shows after the value,
 * "120 hrs (62%)", unless the values already are shares that add to 100.
 */
export function barTableCells(input: BarChartInput): string[][] {
  const { categories, series, mode, format, locale = DEFAULT_LOCALE } = input;
  return categories.map((_, index) => {
    const values = series.map((one) => one.values[index] ?? null);
    const total = values.reduce<number>((sum, value) => sum + Math.max(0, value ?? 0), 0);
    const alreadyShares = format === 'percent' && Math.abs(total - 100) < 0.5;
    const shares = wholeShares(values);
    return values.map((value, seriesIndex) => {
      const written = formatValue(value, format, locale);
      if (mode !== 'stacked-share' || value === null || alreadyShares || total === 0) return written;
      return `${written} (${formatTick(shares[seriesIndex]!, 'percent', locale)})`;
    });
  });
}
