import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandColours, brandStyle, contrastRatio, SURFACES, typeSteps } from '../../../src/lib/site/brand.ts';
import { resolveBrandFont } from '../../../src/lib/site/brand-font-fs.ts';

const hexColour = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((channels) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('the accent a comms team picks', () => {
  it('keeps links and focus rings at 4.5:1 on light and dark pages, whatever colour is chosen', () => {
    fc.assert(
      fc.property(hexColour, (accent) => {
        const { onLight, onDark } = brandColours(accent);
        for (const surface of SURFACES.light) expect(contrastRatio(onLight, surface)).toBeGreaterThanOrEqual(4.5);
        for (const surface of SURFACES.dark) expect(contrastRatio(onDark, surface)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('uses the accent as written when it already reads well, and darkens a pale one', () => {
    expect(brandColours('#0b6bcb').onLight).toBe('#0b6bcb');
    const yellow = brandColours('#ffd400');
    expect(yellow.accent).toBe('#ffd400');
    expect(yellow.onLight).not.toBe('#ffd400');
    expect(contrastRatio(yellow.onLight, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the type scale', () => {
  it('grows each heading by the ratio, h1 the largest', () => {
    expect(typeSteps(1.25)).toEqual(['2.441rem', '1.953rem', '1.563rem', '1.25rem']);
    expect(typeSteps(1.2)[0]).toBe('2.074rem');
  });

  it('writes the accent shades and heading sizes on <html>', () => {
    expect(brandStyle({ accent: '#0b6bcb', typeScale: 1.25 })).toContain('--step-4: 2.441rem');
    expect(brandStyle({ accent: '#0b6bcb', typeScale: 1.25 })).toContain('--accent-on-light: #0b6bcb');
  });
});

describe('the brand font', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brand-font-'));

  it('serves an installed Fontsource package per character subset, regular and bold', () => {
    const resolved = resolveBrandFont('@fontsource/inter', folder);
    if (!('font' in resolved)) throw new Error(resolved.mistake);
    expect(resolved.font.family).toBe('Inter');
    expect(new Set(resolved.font.variants.map((v) => v.weight))).toEqual(new Set(['400', '700']));
    const latin = resolved.font.variants.find((v) => v.src[0].pathname.endsWith('inter-latin-400-normal.woff2'));
    expect(latin?.unicodeRange?.[0]).toBe('U+0000-00FF');
    for (const variant of resolved.font.variants) expect(fs.existsSync(variant.src[0])).toBe(true);
  });

  it('serves a variable Fontsource package as one face per subset for every weight, without rare subsets', () => {
    const resolved = resolveBrandFont('@fontsource-variable/inter', folder);
    if (!('font' in resolved)) throw new Error(resolved.mistake);
    const files = resolved.font.variants.map((v) => v.src[0].pathname.split('/').pop());
    expect(new Set(resolved.font.variants.map((v) => v.weight))).toEqual(new Set(['100 900']));
    expect(files).toContain('inter-latin-ext-wght-normal.woff2');
    expect(files).not.toContain('inter-cyrillic-ext-wght-normal.woff2');
  });

  it('takes a font file beside site.yaml, and refuses one outside the folder or a font it cannot find', () => {
    fs.mkdirSync(path.join(folder, 'fonts'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'fonts/brand.woff2'), 'wOF2');
    const resolved = resolveBrandFont('./fonts/brand.woff2', folder);
    expect('font' in resolved && resolved.font.family).toBe('brand');
    expect(resolveBrandFont('../elsewhere.woff2', folder)).toEqual({
      mistake: expect.stringContaining('was not found beside site.yaml'),
    });
    fs.writeFileSync(path.join(os.tmpdir(), 'outside.woff2'), 'wOF2');
    expect(resolveBrandFont('../outside.woff2', folder)).toEqual({
      mistake: '"../outside.woff2" is outside the content folder → keep the font file beside site.yaml',
    });
    expect(resolveBrandFont('@fontsource/not-a-font-we-have', folder)).toEqual({
      mistake: expect.stringContaining('is not installed → run npm install @fontsource/not-a-font-we-have'),
    });
    expect(resolveBrandFont('https://fonts.example.com/brand.woff2', folder)).toEqual({
      mistake: expect.stringContaining('must name an @fontsource package or a font file beside site.yaml'),
    });
    expect(resolveBrandFont('./fonts/brand.css', folder)).toEqual({
      mistake: expect.stringContaining('is not a font file'),
    });
  });
});
