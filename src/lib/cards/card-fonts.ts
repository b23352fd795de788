/**
 * Fonts for the cards, from npm (@fontsource), never a font host. Each family is split into
 * unicode-range subsets; a card loads only the subsets its own text needs, so a card in Latin letters
 * never pays for Chinese or Arabic glyphs.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontace } from 'fontace';

export type CardFontWeight = 400 | 700;

/** In fallback order: the first family with a glyph for a character draws it. */
const FAMILIES = [
  { family: 'Inter', npm: '@fontsource/inter' },
  { family: 'Noto Sans Arabic', npm: '@fontsource/noto-sans-arabic' },
  { family: 'Noto Sans Hebrew', npm: '@fontsource/noto-sans-hebrew' },
  { family: 'Noto Sans Devanagari', npm: '@fontsource/noto-sans-devanagari' },
  { family: 'Noto Sans Thai', npm: '@fontsource/noto-sans-thai' },
  // Also draws the arrows and symbols Inter's web subsets leave out ("9 → 4 days"), and Japanese kana.
  { family: 'Noto Sans SC', npm: '@fontsource/noto-sans-sc' },
  { family: 'Noto Sans KR', npm: '@fontsource/noto-sans-kr' },
  // Emoji in names and titles, drawn in one colour like the text around them.
  { family: 'Noto Emoji', npm: '@fontsource/noto-emoji' },
] as const;

export interface FontSubset {
  /**
   * Unique per subset, so Satori can tell subsets of one family apart, and the same for both weights of a
   * subset, so Satori draws bold text in the bold font. With a name per weight it matched the regular font
   * first and thickened it with a stroke: fake bold, and 1.2–2.6 ms more of resvg per card (6.1 → 4.9 ms).
   */
  name: string;
  weight: CardFontWeight;
  /** Absolute path of the .woff file (Satori reads woff, not woff2). */
  file: string;
  ranges: Array<[number, number]>;
}

const require = createRequire(import.meta.url);

function parseUnicodeRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

/** Reads the @font-face rules of a fontsource package's `<weight>.css`. */
export function subsetsOf(family: string, npmPackage: string, weight: CardFontWeight): FontSubset[] {
  const folder = path.dirname(require.resolve(`${npmPackage}/package.json`));
  const css = fs.readFileSync(path.join(folder, `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule]) => {
    const woff = rule!.match(/url\(\.\/(files\/[^)]+\.woff)\)\s*format\('woff'\)/)?.[1];
    const range = rule!.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!woff || !range || !/font-style:\s*normal/.test(rule!)) return [];
    return [
      {
        name: `${family} ${path.basename(woff, '.woff').replace(`-${weight}-`, '-')}`,
        weight,
        file: path.join(folder, woff),
        ranges: parseUnicodeRange(range),
      },
    ];
  });
}

let allSubsets: FontSubset[] | undefined;

function everySubset(): FontSubset[] {
  allSubsets ??= FAMILIES.flatMap(({ family, npm }) =>
    ([400, 700] as const).flatMap((weight) => subsetsOf(family, npm, weight)),
  );
  return allSubsets;
}

const inRanges = (ranges: ReadonlyArray<[number, number]>, codePoint: number) =>
  ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** What a font file really draws, read from its character map once it is a candidate. */
const glyphRanges = new Map<string, Array<[number, number]>>();

function drawnRanges(subset: FontSubset): Array<[number, number]> {
  let ranges = glyphRanges.get(subset.file);
  if (!ranges) {
    ranges = parseUnicodeRange(fontace(fs.readFileSync(subset.file)).unicodeRange);
    glyphRanges.set(subset.file, ranges);
  }
  return ranges;
}

/** A subset's unicode-range is what it was cut for; some code points in it have no glyph, so both are checked. */
const covers = (subset: FontSubset, codePoint: number) =>
  inRanges(subset.ranges, codePoint) && inRanges(drawnRanges(subset), codePoint);

/**
 * The subsets needed to draw `text` at both weights: Inter's Latin always, plus, for each character
 * no chosen subset covers yet, the first family's subset that does.
 */
export function subsetsForText(text: string): FontSubset[] {
  const chosen = new Set<FontSubset>();
  for (const weight of [400, 700] as const) {
    const ofWeight = everySubset().filter((s) => s.weight === weight);
    chosen.add(ofWeight.find((s) => s.name === 'Inter inter-latin-normal')!);
    for (const char of new Set(text)) {
      const codePoint = char.codePointAt(0)!;
      if ([...chosen].some((s) => s.weight === weight && covers(s, codePoint))) continue;
      const subset = ofWeight.find((s) => covers(s, codePoint));
      if (subset) chosen.add(subset);
    }
  }
  return [...chosen];
}

/** The characters of `text` no card font draws (they would show as empty boxes). */
export function undrawnCharacters(text: string): string[] {
  const subsets = subsetsForText(text);
  return [...new Set(text)].filter((char) => {
    const codePoint = char.codePointAt(0)!;
    // Spaces, joiners and variation selectors are not drawn; they shape what is around them.
    if (/\s/u.test(char) || ['\u200c', '\u200d', '\ufe0e', '\ufe0f'].includes(char)) return false;
    return !subsets.some((s) => covers(s, codePoint));
  });
}

/** Font files identify themselves by package version and file name, for cache keys. */
export function fontIdentity(subsets: readonly FontSubset[]): string {
  return subsets
    .map((s) => s.file.replace(/^.*node_modules[\\/]/, ''))
    .sort()
    .join('|');
}

export const FONT_PACKAGE_VERSIONS = FAMILIES.map(
  ({ npm }) => `${npm}@${(require(`${npm}/package.json`) as { version: string }).version}`,
).join(',');
