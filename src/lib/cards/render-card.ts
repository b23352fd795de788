/**
 * Draws one card: Satori lays it out as SVG, resvg rasterises it, and sharp stores it as a PNG within
 * the size budget (flat designs compress well; cards with photos need a palette).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { CARD_DESIGN_VERSION, cardDesign, cardText } from './card-designs.ts';
import {
  FONT_PACKAGE_VERSIONS,
  fontIdentity,
  subsetsForText,
  type CardFontWeight,
  type FontSubset,
} from './card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './card-specs.ts';

/** The size a card should stay under, so previews load fast on a busy intranet. */
export const CARD_BYTES_BUDGET = 40 * 1024;

const fontData = new Map<string, Buffer>();

function loadFont(subset: FontSubset): Buffer {
  let data = fontData.get(subset.file);
  if (!data) {
    data = fs.readFileSync(subset.file);
    fontData.set(subset.file, data);
  }
  return data;
}

function photoDataUrl(photoFile: string | undefined): string | undefined {
  if (!photoFile || !fs.existsSync(photoFile)) return undefined;
  return `data:image/jpeg;base64,${fs.readFileSync(photoFile).toString('base64')}`;
}

/**
 * Everything that decides how a card looks: its data, its photo's bytes, the design version and the
 * fonts. Two cards with the same key are the same picture.
 */
export function cardCacheKey(spec: CardSpec, photoFile?: string): string {
  const hash = createHash('sha256');
  const { path: _path, ...look } = spec;
  hash.update(
    JSON.stringify({
      look,
      design: CARD_DESIGN_VERSION,
      fonts: FONT_PACKAGE_VERSIONS,
      subsets: fontIdentity(subsetsForText(cardText(spec))),
    }),
  );
  if (photoFile && fs.existsSync(photoFile)) hash.update(fs.readFileSync(photoFile));
  return hash.digest('hex').slice(0, 32);
}

type SatoriFonts = Array<{ name: string; data: Buffer; weight: CardFontWeight; style: 'normal' }>;

/** Satori parses a fonts list once and remembers it by identity, so each combination of subsets is built once. */
const fontLists = new Map<string, SatoriFonts>();

function satoriFonts(subsets: readonly FontSubset[]): SatoriFonts {
  const key = subsets.map((s) => s.name).join('|');
  let fonts = fontLists.get(key);
  if (!fonts) {
    fonts = subsets.map((s) => ({ name: s.name, data: loadFont(s), weight: s.weight, style: 'normal' as const }));
    fontLists.set(key, fonts);
  }
  return fonts;
}

/** `embedFont: false` keeps text as <text> elements instead of outlines, so tests can read the layout. */
export async function renderCardSvg(spec: CardSpec, photoFile?: string, { embedFont = true } = {}): Promise<string> {
  const subsets = subsetsForText(cardText(spec));
  const design = cardDesign(spec, photoDataUrl(photoFile));
  design.props.style = { ...design.props.style, fontFamily: subsets.map((s) => `"${s.name}"`).join(', ') };
  return satori(design as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: satoriFonts(subsets), embedFont });
}

const TRUECOLOUR: PngOptions = { compressionLevel: 3, adaptiveFiltering: false };
/**
 * Tried in turn until a card fits the budget. 17 to 256 colours all take 8 bits a pixel and come out the
 * same size, so the step after 64 is 16 (4 bits): a detailed photo needs it (about 80 KB → 36 KB).
 */
const PALETTES: PngOptions[] = [64, 16].map((colours) => ({
  palette: true,
  colours,
  dither: 0.5,
  effort: 1,
  compressionLevel: 6,
}));

export async function renderCardPng(spec: CardSpec, photoFile?: string): Promise<Buffer> {
  const svg = await renderCardSvg(spec, photoFile);
  // Satori has already turned text into paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  const pixels = image.pixels;
  // Measured per 1200×630 card: truecolour at zlib level 3 without adaptive filtering 8 ms / 30 KB;
  // a 64-colour palette 42 ms / 24 KB at level 6 (level 9 adds 16 ms for 1 KB). Flat cards stay
  // truecolour; a photo never fits the budget in truecolour (47–160 KB), so it goes straight to a palette.
  const encodings = photoFile ? PALETTES : [TRUECOLOUR, ...PALETTES];
  let png!: Buffer;
  for (const encoding of encodings) {
    png = await sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .removeAlpha()
      .png(encoding)
      .toBuffer();
    if (png.length <= CARD_BYTES_BUDGET) break;
  }
  return png;
}
