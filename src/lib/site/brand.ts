/**
 * The brand layer read from site.yaml, as CSS custom properties on <html>: the accent in shades that keep
 * text and focus rings legible on light and dark surfaces whatever colour a comms team picks, and the type
 * scale as font sizes for each heading step.
 */

/** The surfaces the accent must read against: global.css `--surface` and `--surface-raised`, light and dark. */
export const SURFACES = { light: ['#ffffff', '#f5f7fa'], dark: ['#14171c', '#1c2129'] } as const;

/** WCAG 1.4.3 text contrast; a focus ring needs 3:1 (1.4.11), links and buttons 4.5:1. */
const TEXT_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The accent mixed towards `towards` in small steps until it reaches `ratio` against every surface. */
function shadeFor(accent: string, surfaces: readonly string[], towards: string, ratio: number): string {
  const from = channels(accent);
  const to = channels(towards);
  for (let step = 0; step <= 40; step += 1) {
    const mixed = toHex(from.map((c, i) => c + ((to[i]! - c) * step) / 40));
    if (surfaces.every((surface) => contrastRatio(mixed, surface) >= ratio)) return mixed;
  }
  return towards;
}

export interface BrandColours {
  /** The colour as written in site.yaml: bars, borders, fills. */
  accent: string;
  /** Links, focus rings and filled buttons on the light surface (white text on it reads too). */
  onLight: string;
  /** Links and focus rings on the dark surface. */
  onDark: string;
}

export function brandColours(accent: string): BrandColours {
  return {
    accent,
    onLight: shadeFor(accent, SURFACES.light, '#000000', TEXT_CONTRAST),
    onDark: shadeFor(accent, SURFACES.dark, '#ffffff', TEXT_CONTRAST),
  };
}

/** Heading steps above body text: h1 is the scale to the fourth power, h4 the scale itself. */
export function typeSteps(scale: number): string[] {
  return [4, 3, 2, 1].map((power) => `${Number((scale ** power).toFixed(3))}rem`);
}

const styles = new Map<string, string>();

/**
 * The style attribute of <html>: every brand property the stylesheet reads. The same on every page of a
 * site, so worked out once per accent and scale (50 ms of a 1,000-person build when done per page).
 */
export function brandStyle(site: { accent: string; typeScale: number }): string {
  const key = `${site.accent} ${site.typeScale}`;
  let style = styles.get(key);
  if (style === undefined) styles.set(key, (style = brandStyleOf(site)));
  return style;
}

function brandStyleOf(site: { accent: string; typeScale: number }): string {
  const { accent, onLight, onDark } = brandColours(site.accent);
  const [h1, h2, h3, h4] = typeSteps(site.typeScale);
  return [
    `--accent: ${accent}`,
    `--accent-on-light: ${onLight}`,
    `--accent-on-dark: ${onDark}`,
    `--step-4: ${h1}`,
    `--step-3: ${h2}`,
    `--step-2: ${h3}`,
    `--step-1: ${h4}`,
  ].join('; ');
}
