/**
 * site.yaml's `font`: an installed `@fontsource` package or a font file beside site.yaml, turned into the
 * `@font-face` variants Astro's Fonts API serves from the site itself (never from a font host). A package's
 * own CSS says which file covers which characters, so a reader only downloads the subsets a page uses.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside, realFolder } from '../content/files-fs.ts';
import { siteYamlAsWritten } from './address-fs.ts';

export const FONT_FILE_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf'] as const;
export const FONTSOURCE_PACKAGE = /^@fontsource(-variable)?\/[a-z0-9][a-z0-9-]*$/;
/** Body text, emphasis and headings: enough for the whole site, few enough to keep pages light. */
const WEIGHTS = [400, 700] as const;
/**
 * Extended Cyrillic and Greek (Old Church Slavonic, polytonic Greek): rare in an intranet, and each face
 * costs every page 320 bytes of @font-face; the device's fonts cover them. Latin Extended stays (Polish,
 * Turkish, Vietnamese names).
 */
const RARE_SUBSET = /-(?!latin-)[a-z]+-ext-(\d+|wght)-(normal|italic)\.woff2$/;

type FontStyle = 'normal' | 'italic' | 'oblique';

export interface BrandFontVariant {
  src: [URL];
  /** Left out for a font file: Astro reads it from the file. */
  weight?: string;
  style: FontStyle;
  unicodeRange?: [string, ...string[]];
}

export interface BrandFont {
  family: string;
  /** At least one, as Astro's local font provider requires. */
  variants: [BrandFontVariant, ...BrandFontVariant[]];
}

export type BrandFontResult = { font: BrandFont } | { mistake: string };

const EXAMPLE = 'e.g. "@fontsource/inter" (after npm install @fontsource/inter) or ./fonts/brand.woff2';

function faceProperty(block: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

function fontStyle(written: string | undefined): FontStyle {
  return written === 'italic' || written === 'oblique' ? written : 'normal';
}

/** The @font-face rules of a Fontsource stylesheet, each with its woff2 file. */
function facesIn(cssFile: string): BrandFontVariant[] {
  const css = fs.readFileSync(cssFile, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block]) => {
    const file = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(block!)?.[1];
    if (!file || RARE_SUBSET.test(file)) return [];
    const range = faceProperty(block!, 'unicode-range');
    return [
      {
        src: [pathToFileURL(path.resolve(path.dirname(cssFile), file))] as [URL],
        weight: faceProperty(block!, 'font-weight') ?? '400',
        style: fontStyle(faceProperty(block!, 'font-style')),
        ...(range ? { unicodeRange: range.split(/\s*,\s*/) as [string, ...string[]] } : {}),
      },
    ];
  });
}

function fromPackage(name: string): BrandFontResult {
  let manifest: string;
  try {
    // Resolved from this module: the packages the site is built with, wherever the content folder is.
    manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  } catch {
    return { mistake: `"${name}" is not installed → run npm install ${name}, or write a font file's path, ${EXAMPLE}` };
  }
  const folder = path.dirname(manifest);
  const metadata = path.join(folder, 'metadata.json');
  const family = fs.existsSync(metadata)
    ? String((JSON.parse(fs.readFileSync(metadata, 'utf8')) as { family?: string }).family ?? name)
    : name;
  const variable = name.startsWith('@fontsource-variable/');
  const sheets = (variable ? ['wght.css', 'index.css'] : WEIGHTS.map((weight) => `${weight}.css`))
    .map((sheet) => path.join(folder, sheet))
    .filter((sheet) => fs.existsSync(sheet));
  const [first, ...rest] = (variable ? sheets.slice(0, 1) : sheets).flatMap(facesIn);
  if (!first)
    return { mistake: `"${name}" has no woff2 font files this site can serve → choose another package, ${EXAMPLE}` };
  return { font: { family, variants: [first, ...rest] } };
}

function fromFile(written: string, contentFolder: string): BrandFontResult {
  const extension = path.extname(written).toLowerCase();
  if (!(FONT_FILE_EXTENSIONS as readonly string[]).includes(extension))
    return { mistake: `"${written}" is not a font file (${FONT_FILE_EXTENSIONS.join(', ')}) → ${EXAMPLE}` };
  const root = realFolder(contentFolder);
  const file = path.resolve(root, written);
  if (!fs.existsSync(file)) return { mistake: `"${written}" was not found beside site.yaml → ${EXAMPLE}` };
  if (!isInside(fs.realpathSync(file), root))
    return { mistake: `"${written}" is outside the content folder → keep the font file beside site.yaml` };
  const family = path.basename(file, extension);
  return { font: { family, variants: [{ src: [pathToFileURL(file)], style: 'normal' }] } };
}

/** The font site.yaml names, or what is wrong with it. */
export function resolveBrandFont(written: string, contentFolder: string): BrandFontResult {
  const value = written.trim();
  if (FONTSOURCE_PACKAGE.test(value)) return fromPackage(value);
  if (value.startsWith('./') || value.startsWith('../')) return fromFile(value, contentFolder);
  return { mistake: `must name an @fontsource package or a font file beside site.yaml → ${EXAMPLE}` };
}

/** The brand font of the content folder's site.yaml for astro.config, read before any content loads. */
export function readBrandFont(siteConfig: string, contentFolder: string): BrandFont | undefined {
  const { font } = siteYamlAsWritten(siteConfig);
  if (typeof font !== 'string') return undefined;
  const resolved = resolveBrandFont(font, contentFolder);
  // A mistake is the content check's to report, with the rest of the content's problems.
  return 'font' in resolved ? resolved.font : undefined;
}
