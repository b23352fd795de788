/** The frame every chart shares: viewBox size, text size, the value axis and the category labels that fit. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { stableHash } from '../site/avatar.ts';
import { formatTick, type ChartFormat, type ChartValue } from './chart-numbers.ts';

/**
 * Charts are drawn 400 units wide and scale with their container. At 12.5 units a label is 11.2 px on a 358 px
 * phone column (390 px less the page's padding) and 16 px at the figure's widest (32rem, see ChartFigure).
 */
export const CHART_WIDTH = 400;
export const FONT_SIZE = 12.5;
/** Room between a label and what it labels. */
export const LABEL_GAP = 6;

/**
 * Text is measured without a browser, so widths are estimated per character, rounded up from Inter's tabular
 * figures as Chromium measured them: digits 0.65 em, "%" 0.98, capitals 0.72, spaces and narrow marks 0.3, other
 * letters 0.56; then 5% over, for system fonts.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const char of text) {
    if (/[0-9]/.test(char)) ems += 0.65;
    else if (char === '%') ems += 1;
    else if (/[\s.,:;'|il!]/.test(char)) ems += 0.3;
    else if (/\p{Lu}/u.test(char)) ems += 0.72;
    else ems += 0.56;
  }
  return ems * fontSize * 1.05;
}

export interface Tick {
  value: number;
  /** Where the gridline sits, in viewBox units from the top. */
  y: number;
  label: string;
}

export interface ValueAxis {
  scale: ScaleLinear<number, number>;
  ticks: Tick[];
  /** The widest tick label, to leave room for on the left. */
  labelWidth: number;
}

/**
 * The value axis from zero (or the lowest value, if below) to `max`, or to a round number above the data; percent
 * charts run to 100 so waves and departments compare. Three or so gridlines: a quiet chart, values in the table.
 */
export function valueAxis(
  values: readonly ChartValue[],
  format: ChartFormat,
  locale: string,
  range: [bottom: number, top: number],
  max?: number,
): ValueAxis {
  const defined = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const low = Math.min(0, ...defined);
  const high = max ?? (format === 'percent' ? 100 : Math.max(...defined, 1));
  // Whole units, as the x scales: the page carries 217 rather than 217.49999999999997.
  const scale = scaleLinear().domain([low, high]).rangeRound(range);
  // Percent to 100 shows 0, 50 and 100; other data gets round steps, and nice() puts a gridline at the top.
  const count = format === 'percent' && high === 100 && low === 0 ? 2 : 3;
  if (max === undefined) scale.nice(count);
  const ticks = scale
    .ticks(count)
    .map((value) => ({ value, y: scale(value), label: formatTick(value, format, locale) }));
  return { scale, ticks, labelWidth: Math.max(...ticks.map((tick) => textWidth(tick.label))) };
}

export interface CategoryLabel {
  text: string;
  /** The centre of the label, kept inside the viewBox. */
  x: number;
}

/**
 * The category labels that fit side by side under the plot: every one when there is room, else every second,
 * third… counted back from the last, so the newest wave or month is always named. The table names them all.
 */
export function categoryLabels(categories: readonly string[], centres: readonly number[]): CategoryLabel[] {
  const widest = Math.max(...categories.map((category) => textWidth(category)));
  const spacing = centres.length > 1 ? Math.abs(centres[1]! - centres[0]!) : Infinity;
  const every = Math.max(1, Math.ceil((widest + LABEL_GAP * 2) / spacing));
  const last = categories.length - 1;
  return categories.flatMap((text, index) => {
    if ((last - index) % every !== 0) return [];
    const half = textWidth(text) / 2;
    return [{ text, x: Math.min(Math.max(centres[index]!, half), CHART_WIDTH - half) }];
  });
}

/**
 * The ids a chart's <title>, <desc> and patterns take: from `id` when the page gives one, else from the title, so
 * they stay the same build after build. Two charts with one title on a page need an `id` each.
 */
export function chartIds(title: string, id?: string) {
  const base = id ?? `chart-${stableHash(title).toString(36)}`;
  return { base, title: `${base}-title`, description: `${base}-desc` };
}
