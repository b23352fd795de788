/**
 * `npm run demo-art`: draws the demo organisation's pictures, a portrait for every person and a cover for
 * every story, win and initiative, from DiceBear's CC0 styles with the entry's id as the seed, so the same
 * content always gets the same pictures. Each is written beside its entry and named in its frontmatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAvatar, type Style } from '@dicebear/core';
import * as notionists from '@dicebear/notionists';
import * as shapes from '@dicebear/shapes';
import sharp, { type Sharp } from 'sharp';
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import { entryFilesIn } from '../src/lib/content/files-fs.ts';
import { contentFolder, siteConfigFile } from '../src/lib/content/folder.ts';
import { entryIdOf, readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { COLLECTIONS, plainSchema, type CollectionName } from '../src/lib/content/registry.ts';
import { readYaml } from '../src/lib/content/yaml.ts';
import { imagesAsPaths } from '../src/schemas/index.ts';

const command = {
  name: 'npm run demo-art',
  usage: `
npm run demo-art [-- --replace] [-- --content FOLDER]

Draws a portrait (512 × 512 WebP) for every person and a cover (1600 × 900 WebP, in the accent of
site.yaml) for every story, win and initiative, with DiceBear's Notionists and Shapes styles (artwork
CC0 1.0), seeded with the entry's id. Writes <id>.webp beside each entry and sets its photo or cover.

Entries that already name a picture keep it; pictures this command drew are drawn again.

  --replace         give every entry a drawn picture, replacing pictures it did not draw
                    (a replaced file is removed when no other entry names it)
  --content FOLDER  the content folder (ONE_TEAM_CONTENT, or src/content, by default)
  --help            show this`,
  options: { replace: { type: 'boolean', default: false }, content: { type: 'string' } },
} as const;

/** Written into every picture's EXIF, so a later run can tell its own pictures from a person's real photo. */
const SIGNATURE = 'Demo art (npm run demo-art)';
const PORTRAIT_SIZE = 512;
const COVER = { width: 1600, height: 900 } as const;

type Rgb = [number, number, number];

const rgbOf = (hex: string): Rgb => {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};
const hexOf = (rgb: readonly number[]) => rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
const mix = (a: string, b: string, share: number) => {
  const [from, to] = [rgbOf(a), rgbOf(b)];
  return hexOf(from.map((c, i) => c + (to[i]! - c) * share));
};

/** The accent's hue turned by `degrees`, at the given saturation and lightness (0–1). */
function turned(accent: string, degrees: number, saturation: number, lightness: number): string {
  const [r, g, b] = rgbOf(accent).map((c) => c / 255) as Rgb;
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  const hue =
    delta === 0 ? 0 : max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  const h = (((hue * 60 + degrees) % 360) + 360) % 360;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const [r1, g1, b1] = [
    [chroma, x, 0],
    [x, chroma, 0],
    [0, chroma, x],
    [0, x, chroma],
    [x, 0, chroma],
    [chroma, 0, x],
  ][Math.floor(h / 60) % 6]!;
  const m = lightness - chroma / 2;
  return hexOf([r1! + m, g1! + m, b1! + m].map((c) => c * 255));
}

/** Soft tints around the accent's colour wheel: portraits differ, yet sit together on a page. */
const portraitBackgrounds = (accent: string) =>
  [0, 40, 150, 180, 220, 300].map((turn) => turned(accent, turn, 0.6, 0.88));

/** The accent in depths, with its warm opposite for contrast: every cover is drawn from these. */
function coverPalette(accent: string) {
  const hex = accent.replace('#', '');
  return {
    grounds: [mix(hex, '000000', 0.45), hex, mix(hex, 'ffffff', 0.86)],
    shapes: [
      mix(hex, '000000', 0.3),
      hex,
      mix(hex, 'ffffff', 0.45),
      mix(hex, 'ffffff', 0.9),
      turned(accent, 180, 0.8, 0.66),
    ],
  };
}

/** The Notionists expressions that smile or look friendly: a staff directory is no place for a scowl. */
const FRIENDLY = {
  lips: ['variant03', 'variant14', 'variant17', 'variant22', 'variant23', 'variant25', 'variant30'],
  brows: ['variant01', 'variant04', 'variant05', 'variant09', 'variant10', 'variant12'],
  // Clear lenses: sunglasses hide the eyes a colleague looks for.
  glasses: ['variant03', 'variant08', 'variant11'],
};

const withSignature = (image: Sharp, style: string, id: string) =>
  image.withExif({ IFD0: { ImageDescription: `${SIGNATURE}: DiceBear ${style}, CC0 1.0, seed ${id}` } });

async function portrait(id: string, accent: string): Promise<Buffer> {
  const svg = createAvatar(notionists as Style<notionists.Options>, {
    seed: id,
    size: PORTRAIT_SIZE,
    backgroundColor: portraitBackgrounds(accent),
    lips: FRIENDLY.lips as notionists.Options['lips'],
    brows: FRIENDLY.brows as notionists.Options['brows'],
    glasses: FRIENDLY.glasses as notionists.Options['glasses'],
    gestureProbability: 0,
    // Head and shoulders filling the square, so the face still reads in a 40-pixel circle.
    scale: 120,
    translateY: 6,
  }).toString();
  return withSignature(sharp(Buffer.from(svg)), 'Notionists', id)
    .webp({ quality: 82, effort: 6 })
    .toBuffer();
}

async function cover(id: string, accent: string): Promise<Buffer> {
  const palette = coverPalette(accent);
  const art = createAvatar(shapes as Style<shapes.Options>, {
    seed: id,
    size: COVER.width,
    backgroundColor: palette.grounds,
    shape1Color: palette.shapes,
    shape2Color: palette.shapes,
    shape3Color: palette.shapes,
    // Filled shapes and outlines, no lone lines: a cover with a stripe and nothing else looks unfinished.
    shape2: ['rectangleFilled', 'ellipseFilled', 'polygonFilled'],
    shape3: ['rectangle', 'rectangleFilled', 'ellipseFilled', 'ellipse', 'polygonFilled', 'polygon'],
  }).toString();
  // The square art cut to 16:9 through its middle, under a wash of the accent that makes every cover one set.
  const top = (COVER.width - COVER.height) / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER.width}" height="${COVER.height}">
  <defs><linearGradient id="wash" x1="0" y1="1" x2="1" y2="0">
    <stop offset="0" stop-color="${accent}" stop-opacity="0.35"/>
    <stop offset="0.6" stop-color="${accent}" stop-opacity="0.08"/>
    <stop offset="1" stop-color="${accent}" stop-opacity="0"/>
  </linearGradient></defs>
  <g transform="translate(0 ${-top})">${art}</g>
  <rect width="${COVER.width}" height="${COVER.height}" fill="url(#wash)"/>
</svg>`;
  return withSignature(sharp(Buffer.from(svg)), 'Shapes', id)
    .webp({ quality: 80, effort: 6 })
    .toBuffer();
}

/** Whether a picture file was drawn by this command (its EXIF says so). */
async function drawnHere(file: string): Promise<boolean> {
  if (!fs.existsSync(file)) return false;
  try {
    const { exif } = await sharp(file).metadata();
    return exif?.includes(Buffer.from(SIGNATURE)) ?? false;
  } catch {
    return false;
  }
}

/**
 * The frontmatter with `field: value`: the line replaced if the field is there, otherwise added before
 * the first field the schema lists after it, so the file keeps the order the guide and `npm run new` use.
 */
function withField(text: string, field: string, value: string, schemaOrder: readonly string[]): string {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const keyOf = (line: string) => line.match(/^([A-Za-z][\w-]*):/)?.[1];
  const existing = lines.findIndex((line, i) => i > 0 && i < end && keyOf(line) === field);
  if (existing !== -1) {
    lines[existing] = `${field}: ${value}`;
    return lines.join('\n');
  }
  const later = new Set(schemaOrder.slice(schemaOrder.indexOf(field) + 1));
  const before = lines.findIndex((line, i) => i > 0 && i < end && later.has(keyOf(line) ?? ''));
  lines.splice(before === -1 ? end : before, 0, `${field}: ${value}`);
  return lines.join('\n');
}

const PICTURES: Array<{ collection: CollectionName; field: 'photo' | 'cover'; draw: typeof portrait }> = [
  { collection: 'people', field: 'photo', draw: portrait },
  { collection: 'stories', field: 'cover', draw: cover },
  { collection: 'wins', field: 'cover', draw: cover },
  { collection: 'initiatives', field: 'cover', draw: cover },
];

const { values } = readCommandLine(command);
const folder = values.content ? path.resolve(values.content) : contentFolder();
if (!fs.existsSync(siteConfigFile(folder)))
  refuse(command, `${path.relative(process.cwd(), folder) || '.'}/ has no site.yaml, so it is not a content folder`);
const site = readYaml(fs.readFileSync(siteConfigFile(folder), 'utf8')) as { accent?: unknown } | null;
const accent = typeof site?.accent === 'string' && /^#[0-9a-f]{6}$/i.test(site.accent) ? site.accent : '#0b6bcb';

let drawn = 0;
let kept = 0;
const replaced: string[] = [];
for (const { collection, field, draw } of PICTURES) {
  const schemaOrder = Object.keys(plainSchema(COLLECTIONS[collection].schema, imagesAsPaths).shape);
  const collectionFolder = path.join(folder, collection);
  for (const file of entryFilesIn(collectionFolder, COLLECTIONS[collection].extensions)) {
    const text = fs.readFileSync(file, 'utf8');
    const frontmatter = readFrontmatter(file, text);
    if (!('data' in frontmatter)) refuse(command, `${path.relative(process.cwd(), file)}: ${frontmatter.message}`);
    const id = entryIdOf(path.basename(file));
    const current = frontmatter.data[field];
    const currentFile = typeof current === 'string' ? path.resolve(collectionFolder, current) : undefined;
    if (currentFile && !values.replace && !(await drawnHere(currentFile))) {
      kept += 1;
      continue;
    }
    const name = `${id}.webp`;
    fs.writeFileSync(path.join(collectionFolder, name), await draw(id, accent));
    fs.writeFileSync(file, withField(text, field, `./${name}`, schemaOrder));
    if (currentFile && currentFile !== path.join(collectionFolder, name)) replaced.push(currentFile);
    drawn += 1;
  }
}

// A replaced picture goes, unless another entry still names it.
const stillNamed = (picture: string) =>
  PICTURES.some(({ collection }) =>
    entryFilesIn(path.join(folder, collection), COLLECTIONS[collection].extensions).some((file) =>
      fs.readFileSync(file, 'utf8').includes(`./${path.basename(picture)}`),
    ),
  );
for (const picture of replaced) if (fs.existsSync(picture) && !stillNamed(picture)) fs.rmSync(picture);

console.log(
  `Drew ${drawn} pictures in ${path.relative(process.cwd(), folder) || '.'}/` +
    (kept ? `; kept ${kept} that entries already had (--replace draws those too)` : '') +
    (replaced.length ? `; replaced ${replaced.length}` : ''),
);
