/**
 * Draws one card: sharp reads and sizes its pictures (the logo, a cover, a person's photo), Satori lays it
 * out as SVG, resvg rasterises it, and sharp stores it as a PNG within the size budget (flat designs
 * compress well; cards with pictures need a palette).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import {
  CARD_COVER_BOX,
  CARD_DESIGN_VERSION,
  CARD_LOGO_BOX,
  cardDesign,
  cardText,
  type CardPicture,
  type CardPictures,
} from './card-designs.ts';
import {
  FONT_PACKAGE_VERSIONS,
  fontIdentity,
  subsetsForText,
  type CardFontWeight,
  type FontSubset,
} from './card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPictureFiles, type CardSpec } from './card-specs.ts';

/** The size a card should stay under, so previews load fast on a busy intranet. */
export const CARD_BYTES_BUDGET = 40 * 1024;
/**
 * The size a card with a cover stays under: a photo filling 45% of the card does not fit in a PNG of 40 KB.
 * Measured in 16 colours: the demo's drawn covers 24–37 KB, a detailed photo 80 KB, pure noise 112 KB.
 */
export const COVER_CARD_BYTES_BUDGET = 128 * 1024;

const fontData = new Map<string, Buffer>();

function loadFont(subset: FontSubset): Buffer {
  let data = fontData.get(subset.file);
  if (!data) {
    data = fs.readFileSync(subset.file);
    fontData.set(subset.file, data);
  }
  return data;
}

/**
 * The person's photo as Astro's image service wrote it into the built site: already resized, turned upright
 * (the service calls sharp's rotate()) and stripped of EXIF, GPS and XMP (sharp keeps none unless asked).
 */
function photoDataUrl(photoFile: string | undefined): string | undefined {
  if (!photoFile || !fs.existsSync(photoFile)) return undefined;
  return `data:image/jpeg;base64,${fs.readFileSync(photoFile).toString('base64')}`;
}

const asDataUrl = (bytes: Buffer, type: 'png' | 'jpeg') => `data:image/${type};base64,${bytes.toString('base64')}`;

/** The logo at the largest size that fits its box, as a PNG (an SVG is rendered at that size, not scaled). */
async function logoPicture(file: string): Promise<CardPicture> {
  // Upright as the camera recorded it (EXIF orientation), as the site's own copies of a picture are.
  const { autoOrient, format } = await sharp(file).metadata();
  const { width = 1, height = 1 } = autoOrient;
  const scale = Math.min(CARD_LOGO_BOX.width / width, CARD_LOGO_BOX.height / height);
  const [drawnWidth, drawnHeight] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
  const source = format === 'svg' ? sharp(file, { density: Math.min(72 * scale, 2400) }) : sharp(file);
  const png = await source.rotate().resize(drawnWidth, drawnHeight, { fit: 'fill' }).png().toBuffer();
  return { src: asDataUrl(png, 'png'), width: drawnWidth, height: drawnHeight };
}

/** The cover cut to the card's cover box around its middle, as Satori draws it without resizing. */
async function coverPicture(file: string): Promise<CardPicture> {
  const { width, height } = CARD_COVER_BOX;
  const jpeg = await sharp(file)
    .rotate()
    .resize(width, height, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85 })
    .toBuffer();
  return { src: asDataUrl(jpeg, 'jpeg'), width, height };
}

/** A worker draws many cards with the one logo: it is read and sized once per file version (workers last one build). */
const logoPictures = new Map<string, Promise<CardPicture>>();

function cachedLogoPicture(file: string): Promise<CardPicture> {
  const { size, mtimeMs } = fs.statSync(file);
  const key = `${file}:${size}:${mtimeMs}`;
  let picture = logoPictures.get(key);
  if (!picture) logoPictures.set(key, (picture = logoPicture(file)));
  return picture;
}

/** Everything the card shows besides words, read from the files its spec and the build name. */
async function picturesOf(spec: CardSpec, photoFile: string | undefined): Promise<CardPictures> {
  const { logo, cover } = cardPictureFiles(spec);
  const photo = photoDataUrl(photoFile);
  return {
    ...(photo ? { photo } : {}),
    ...(logo ? { logo: await cachedLogoPicture(logo) } : {}),
    ...(cover ? { cover: await coverPicture(cover) } : {}),
  };
}

/**
 * Everything that decides how a card looks: its data, the bytes of its pictures (the photo, the logo, a
 * cover), the design version and the fonts. Two cards with the same key are the same picture. Pictures
 * count by their bytes, not their paths, so a replaced cover draws the card again and a moved checkout
 * does not.
 */
export function cardCacheKey(spec: CardSpec, photoFile?: string): string {
  const hash = createHash('sha256');
  const { path: _path, logo: _logo, cover: _cover, ...look } = spec as CardSpec & { cover?: string };
  hash.update(
    JSON.stringify({
      look,
      design: CARD_DESIGN_VERSION,
      fonts: FONT_PACKAGE_VERSIONS,
      subsets: fontIdentity(subsetsForText(cardText(spec))),
    }),
  );
  const pictures = { photo: photoFile, ...cardPictureFiles(spec) };
  for (const [field, file] of Object.entries(pictures)) {
    if (!file || !fs.existsSync(file)) continue;
    hash.update(`\0${field}\0`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

type SatoriFonts = Array<{ name: string; data: Buffer; weight: CardFontWeight; style: 'normal' }>;

/** Satori parses a fonts list once and remembers it by identity, so each combination of subsets is built once. */
const fontLists = new Map<string, SatoriFonts>();

function satoriFonts(subsets: readonly FontSubset[]): SatoriFonts {
  const key = subsets.map((s) => `${s.name} ${s.weight}`).join('|');
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
  const design = cardDesign(spec, await picturesOf(spec, photoFile));
  // A subset's two weights share a name, so each family is named once and Satori picks the weight.
  const fontFamily = [...new Set(subsets.map((s) => `"${s.name}"`))].join(', ');
  design.props.style = { ...design.props.style, fontFamily };
  return satori(design as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: satoriFonts(subsets), embedFont });
}

const TRUECOLOUR: PngOptions = { compressionLevel: 6, adaptiveFiltering: false };
/**
 * A second truecolour try for cards with much text: zlib level 7 takes 7 ms against level 6's 5.5 ms and
 * is 10–20% smaller (a long win 43 → 38 KB, a glossary term 51 → 46 KB), so a card just over the budget
 * fits in 13 ms instead of going on to a 40 ms palette. Not first: on a short card it only adds 1.5 ms.
 */
const TRUECOLOUR_SMALLER: PngOptions = { compressionLevel: 7, adaptiveFiltering: false };
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

/**
 * A cover fills 45% of the card: in 64 colours a drawn cover took 60–69 KB and a photo 228 KB; in 16 with
 * light dithering 24–29 KB and 80 KB, without visible banding in the drawn covers' gradients (0.5 dithers
 * them into noise that costs 40–48 KB). One encoding, so no time goes on a try that cannot fit.
 */
const COVER_PALETTE: PngOptions = { palette: true, colours: 16, dither: 0.25, effort: 1, compressionLevel: 6 };

export async function renderCardPng(spec: CardSpec, photoFile?: string): Promise<Buffer> {
  const svg = await renderCardSvg(spec, photoFile);
  // Satori has already turned text into paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  const pixels = image.pixels;
  // Measured per 1200×630 card: truecolour without adaptive filtering 7 ms / 34–38 KB at zlib level 6
  // (level 3 on the accent-tinted ground 5 ms / 38–43 KB, level 9 18 ms / 24–28 KB); a 64-colour palette
  // 40 ms / 14–20 KB. Flat cards stay truecolour; a photo never fits the budget in truecolour (47–160 KB),
  // so it goes straight to a palette.
  const encodings = cardPictureFiles(spec).cover
    ? [COVER_PALETTE]
    : photoFile
      ? PALETTES
      : [TRUECOLOUR, TRUECOLOUR_SMALLER, ...PALETTES];
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
