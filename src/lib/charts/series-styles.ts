/** How series are told apart without colour: a line's dash and marker shape, a bar's fill, in a fixed order. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

/** One line or one set of bars. Names are short ("IT", "The business"): they label the chart directly. */
export interface Series {
  name: string;
  /** One figure per category, in the categories' order; null where there is none. */
  values: (number | null)[];
  /** Drawn strongest, in the accent colour, e.g. the business line. Without any, the first series is. */
  emphasis?: boolean;
}

/** The look of a series: its place in the style order (0–3) and whether it takes the accent colour. */
export interface SeriesStyle {
  index: number;
  tone: 'accent' | 'neutral';
}

export const MAX_SERIES = 4;

/**
 * Emphasised series take the first styles (solid, circles, the accent), the rest follow in the given order,
 * neutral; so the look of a series does not hang on where the data layer happened to list it.
 */
export function seriesStyles(series: readonly Pick<Series, 'emphasis'>[]): SeriesStyle[] {
  const anyEmphasis = series.some((one) => one.emphasis);
  const emphasised = (index: number) => (anyEmphasis ? Boolean(series[index]!.emphasis) : index === 0);
  const order = series.map((_, index) => index).sort((a, b) => Number(emphasised(b)) - Number(emphasised(a)));
  const styles: SeriesStyle[] = [];
  order.forEach((seriesIndex, position) => {
    styles[seriesIndex] = { index: position % MAX_SERIES, tone: emphasised(seriesIndex) ? 'accent' : 'neutral' };
  });
  return styles;
}

const LINE_LOOKS: ReadonlyArray<{ dash: string | undefined; symbol: SymbolType }> = [
  { dash: undefined, symbol: symbolCircle },
  { dash: '7 4', symbol: symbolSquare },
  { dash: '2 3', symbol: symbolTriangle },
  { dash: '9 3 2 3', symbol: symbolDiamond },
];

/** A line's stroke-dasharray (none for the first style) and its marker as a path centred on the point. */
export function lineLook(style: SeriesStyle, markerArea = 36): { dash: string | undefined; marker: string } {
  const look = LINE_LOOKS[style.index % LINE_LOOKS.length]!;
  return { dash: look.dash, marker: symbol(look.symbol, markerArea)() ?? '' };
}

/**
 * Bar fills in style order: solid, outlined, hatched, tinted and outlined; the tone gives the colour. Each has a
 * 3:1 edge against the page in both schemes (the outline carries it where the fill is pale).
 */
export const BAR_FILLS = ['solid', 'outline', 'hatch', 'tint'] as const;
export type BarFill = (typeof BAR_FILLS)[number];

export function barFill(style: SeriesStyle): BarFill {
  return BAR_FILLS[style.index % BAR_FILLS.length]!;
}
