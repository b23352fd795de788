/** How a chart writes its figures: percent, count or hours, in the reader's locale, the same on axes and in tables. */

/** What the values measure. Percent values run 0–100 (62 means 62%), as survey shares are written. */
export type ChartFormat = 'percent' | 'count' | 'hours';

/** One figure of a series; null where there is none (a wave a department skipped, a month not yet reported). */
export type ChartValue = number | null;

/** What the table says, and the chart leaves out, where a series has no figure. */
export const NO_DATA = 'no data';

export const DEFAULT_LOCALE = 'en-GB';

function formatter(format: ChartFormat, locale: string, compact: boolean): Intl.NumberFormat {
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    case 'hours':
      // "12h" on an axis, where room is short; "12 hrs" in labels and tables, where it is read.
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: compact ? 'narrow' : 'short',
        maximumFractionDigits: 1,
      });
  }
}

/** A figure as labels and the screen-reader table write it: "62%", "1,204", "12 hrs"; "no data" for null. */
export function formatValue(value: ChartValue, format: ChartFormat, locale = DEFAULT_LOCALE): string {
  if (value === null) return NO_DATA;
  return formatter(format, locale, false).format(format === 'percent' ? value / 100 : value);
}

/** A value axis label, as short as it can be read: "50%", "1,000", "12h". */
export function formatTick(value: number, format: ChartFormat, locale = DEFAULT_LOCALE): string {
  return formatter(format, locale, true).format(format === 'percent' ? value / 100 : value);
}
