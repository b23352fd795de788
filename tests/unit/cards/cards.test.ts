import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardsForOrganisation, type CardSpec } from '../../../src/lib/cards/card-specs.ts';
import { subsetsForText, undrawnCharacters } from '../../../src/lib/cards/card-fonts.ts';
import { FAMILY_NAMES, GIVEN_NAMES, OTHER_SCRIPT_NAMES } from '../../support/synthetic-organisation.ts';
import {
  CARD_BYTES_BUDGET,
  COVER_CARD_BYTES_BUDGET,
  cardCacheKey,
  renderCardPng,
  renderCardSvg,
} from '../../../src/lib/cards/render-card.ts';
import { CardDrawing, renderCards } from '../../../src/lib/cards/render-cards.ts';
import {
  department,
  initiative,
  organisationOf,
  person,
  pillar,
  story,
  team,
  term,
  win,
} from '../../support/factories.ts';
import type { PulseQuestion, PulseWave } from '../../../src/lib/organisation/organisation.ts';

function demoLikeOrganisation(overrides: { role?: string } = {}) {
  return organisationOf({
    people: [
      person('ada', { name: 'Ada Okafor', role: overrides.role ?? 'Service Desk Analyst', serves: ['finance'] }),
      person('li', { name: '李静', role: 'Data Engineer', manager: 'ada' }),
    ],
    teams: [team('platform', { name: 'Platform' })],
    departments: [department('finance', { name: 'Finance' })],
    strategy: [pillar('self-service', { title: 'Self-service first', order: 1 })],
    wins: [
      win('close', {
        title: 'Month-end close in four days',
        month: '2026-08',
        outcomes: [{ metric: 'Days to close', before: 9, after: 4, unit: 'days' }],
      }),
    ],
    glossary: [term('sla', { term: 'SLA', definition: 'A promise about how quickly we respond.' })],
    stories: [story('day', { title: 'A day in Finance', kind: 'day-in-the-life', date: '2026-10-14' })],
    pulseQuestions: [{ id: 'difference', data: { text: 'IT makes a difference.', order: 0 } } as PulseQuestion],
    pulse: [
      {
        id: '2026-09',
        data: {
          rows: [
            { question: 'difference', group: 'it', responses: 20, agree: 15 },
            { question: 'difference', group: 'finance', responses: 50, agree: 30 },
          ],
        },
      } as PulseWave,
    ],
  });
}

const specsOf = (org = demoLikeOrganisation()) => cardsForOrganisation(org, () => undefined);

/** A built-site folder and a card cache for one test, in the run's temporary folder (removed after the run). */
function siteAndCache() {
  return {
    site: fs.mkdtempSync(path.join(os.tmpdir(), 'cards-site-')),
    cache: fs.mkdtempSync(path.join(os.tmpdir(), 'cards-cache-')),
  };
}

/** A picture of one flat colour, as a contributor's cover or logo file would be. */
async function pictureFile(folder: string, name: string, colour: string, width = 1600, height = 900): Promise<string> {
  const file = path.join(folder, name);
  await sharp({ create: { width, height, channels: 3, background: colour } }).toFile(file);
  return file;
}

/** The colour of a card's pixel, as #rrggbb. */
async function pixelAt(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[...data.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** How far apart two colours are, channel by channel: palette PNGs shift a flat colour a little. */
function distance(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((c, i) => Math.abs(c - y[i]!)));
}

/** The demo's story, with a cover picture beside it. */
function storyWithCover(cover: string): Extract<CardSpec, { kind: 'story' }> {
  const org = organisationOf({
    stories: [story('day', { title: 'A day in Finance', kind: 'day-in-the-life', date: '2026-10-14', cover })],
  });
  return cardsForOrganisation(org, () => undefined).find((s) => s.kind === 'story') as Extract<
    CardSpec,
    { kind: 'story' }
  >;
}

interface PlacedText {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

/** The words of a card as laid out, read from Satori's SVG with text kept as <text>. */
async function layoutOf(spec: CardSpec): Promise<PlacedText[]> {
  const svg = await renderCardSvg(spec, undefined, { embedFont: false });
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    size: Number(m[4]),
    text: m[5]!,
  }));
}

describe('social cards', () => {
  it('draws every kind of card as a 1200×630 PNG within the size budget', async () => {
    const specs = specsOf();
    expect(new Set(specs.map((s) => s.kind))).toEqual(
      new Set(['site', 'person', 'win', 'strategy', 'glossary', 'story', 'department', 'team', 'measure']),
    );
    for (const spec of specs) {
      const png = await renderCardPng(spec);
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height], spec.path).toEqual(['png', 1200, 630]);
      expect(png.length, spec.path).toBeLessThanOrEqual(CARD_BYTES_BUDGET);
    }
  });

  it('keeps a card with a detailed photo within the size budget', async () => {
    // Fine texture everywhere, as in a real photo: much harder to compress than a flat avatar.
    const photo = path.join(siteAndCache().site, 'photo.jpg');
    await sharp({
      create: {
        width: 300,
        height: 300,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .blur(1.2)
      .jpeg({ quality: 85 })
      .toFile(photo);
    const [spec] = specsOf().filter((s) => s.kind === 'person');
    const png = await renderCardPng(spec!, photo);
    expect((await sharp(png).metadata()).width).toBe(1200);
    expect(png.length).toBeLessThanOrEqual(CARD_BYTES_BUDGET);
  });

  it("draws a story's cover filling the right part of its card, beside its words on white", async () => {
    const folder = siteAndCache().site;
    const spec = storyWithCover(await pictureFile(folder, 'red.png', '#d7261e'));
    expect(spec.cover).toBe(path.join(folder, 'red.png'));
    const png = await renderCardPng(spec);
    // The right 45% below the header band is the cover; the words keep the left on white.
    for (const [x, y] of [
      [680, 130],
      [900, 380],
      [1190, 620],
    ] as const)
      expect(distance(await pixelAt(png, x, y), '#d7261e'), `${x},${y}`).toBeLessThan(24);
    expect(await pixelAt(png, 620, 600)).toBe('#ffffff');
    expect(png.length).toBeLessThanOrEqual(CARD_BYTES_BUDGET);
  });

  it('keeps a card without a cover in a tint of the accent, not plain white', async () => {
    const [spec] = specsOf().filter((s) => s.kind === 'story');
    const png = await renderCardPng(spec!);
    // #0b6bcb mixed nine parts to one with white.
    expect(await pixelAt(png, 620, 600)).toBe('#e7f0fa');
    expect(await pixelAt(png, 1100, 300)).toBe('#e7f0fa');
  });

  it('gives initiatives and wins their cover too, and only the kinds that have covers', () => {
    const org = organisationOf({
      initiatives: [initiative('scanners', { title: 'New scanners', cover: './scanners.webp' })],
      wins: [win('close', { title: 'Close in four days', month: '2026-08', cover: './close.webp' })],
      stories: [story('plain', { title: 'No cover here' })],
      departments: [department('finance', { name: 'Finance' })],
    });
    const covers = Object.fromEntries(
      cardsForOrganisation(org, () => undefined).map((s) => [s.path, 'cover' in s ? s.cover : undefined]),
    );
    expect(covers['cards/initiatives/scanners.png']).toBe(path.resolve('src/content/initiatives/scanners.webp'));
    expect(covers['cards/wins/close.png']).toBe(path.resolve('src/content/wins/close.webp'));
    expect(covers['cards/stories/plain.png']).toBeUndefined();
  });

  it("draws the site's logo at the start of the header band, on every kind of card", async () => {
    const logo = await pictureFile(siteAndCache().site, 'logo.png', '#1b8a3a', 400, 100);
    for (const spec of specsOf().filter((s) => ['site', 'person', 'glossary'].includes(s.kind))) {
      const png = await renderCardPng({ ...spec, logo });
      // 400×100 fits the 240×56 box as 224×56, from x 64, centred in the 96 pixels above the accent rule.
      expect(distance(await pixelAt(png, 100, 48), '#1b8a3a'), spec.path).toBeLessThan(24);
      expect(distance(await pixelAt(png, 280, 48), '#1b8a3a'), spec.path).toBeLessThan(24);
    }
  });

  it('keeps a card with a detailed cover photo within the cover budget', async () => {
    const photo = path.join(siteAndCache().site, 'street.jpg');
    await sharp({
      create: {
        width: 1600,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .blur(1.2)
      .jpeg({ quality: 85 })
      .toFile(photo);
    const png = await renderCardPng(storyWithCover(photo));
    expect((await sharp(png).metadata()).width).toBe(1200);
    expect(png.length).toBeLessThanOrEqual(COVER_CARD_BYTES_BUDGET);
  });

  it('draws a card again when its cover or the logo is replaced, and not when the checkout moves', async () => {
    const { site, cache } = siteAndCache();
    const cover = await pictureFile(site, 'cover.png', '#d7261e');
    const logo = await pictureFile(site, 'logo.png', '#1b8a3a', 400, 100);
    const spec = { ...storyWithCover(cover), logo };
    const drawn = async () => (await renderCards([spec], { siteFolder: site, cacheFolder: cache, threads: 1 })).drawn;
    expect(await drawn()).toBe(1);
    expect(await drawn()).toBe(0);
    await pictureFile(site, 'cover.png', '#1e5bd7');
    expect(await drawn()).toBe(1);
    expect(distance(await pixelAt(fs.readFileSync(path.join(site, spec.path)), 900, 380), '#1e5bd7')).toBeLessThan(24);
    await pictureFile(site, 'logo.png', '#8a1b6e', 400, 100);
    expect(await drawn()).toBe(1);
    // The same pictures elsewhere make the same card.
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-moved-'));
    for (const name of ['cover.png', 'logo.png']) fs.copyFileSync(path.join(site, name), path.join(moved, name));
    const movedSpec = { ...spec, cover: path.join(moved, 'cover.png'), logo: path.join(moved, 'logo.png') };
    expect(cardCacheKey(movedSpec)).toBe(cardCacheKey(spec));
  }, 60_000);

  it('wraps a 200-character title onto two lines ending in an ellipsis, inside the card', async () => {
    const title =
      'Every warehouse, every shift, every scanner and every printer connected before peak season, with the night shift consulted at every step of the way and nobody losing a single hour';
    const longTitle = `${title} of work, from Rotterdam to Gdańsk.`;
    expect(longTitle.length).toBeGreaterThanOrEqual(200);
    const [spec] = specsOf().filter((s) => s.kind === 'win') as Array<Extract<CardSpec, { kind: 'win' }>>;
    const words = await layoutOf({ ...spec!, title: longTitle });
    const titleWords = words.filter((w) => w.size === 60);
    expect(new Set(titleWords.map((w) => w.y)).size).toBe(2);
    expect(titleWords.at(-1)?.text).toMatch(/…$/);
    for (const word of words) {
      expect(word.x).toBeGreaterThanOrEqual(0);
      expect(word.x + word.width).toBeLessThanOrEqual(1200 - 64);
      expect(word.y).toBeLessThan(630);
    }
  });

  it('breaks a name longer than the card instead of running it off the edge', async () => {
    const [spec] = specsOf().filter((s) => s.kind === 'person') as Array<Extract<CardSpec, { kind: 'person' }>>;
    const name = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschafers';
    const nameParts = (await layoutOf({ ...spec!, name })).filter((w) => w.size === 72);
    expect(nameParts.length).toBeGreaterThanOrEqual(2);
    expect(nameParts.at(-1)?.text).toBe('…');
    for (const part of nameParts) expect(part.x + part.width, part.text).toBeLessThanOrEqual(1200 - 72);
  });

  it('draws names in every script the test organisations use, and emoji, with real glyphs', async () => {
    const names = [...OTHER_SCRIPT_NAMES, ...GIVEN_NAMES, ...FAMILY_NAMES, 'Go-live 🎉 with 🚀 and 👩‍💻'];
    expect(names.flatMap((name) => undrawnCharacters(name))).toEqual([]);
    // Characters no font has draw the same empty boxes; a Hangul name and an emoji must not look like that.
    const [spec] = specsOf().filter((s) => s.kind === 'person') as Array<Extract<CardSpec, { kind: 'person' }>>;
    const drawn = (name: string) => renderCardSvg({ ...spec!, name });
    expect(await drawn('김민준')).not.toBe(await drawn('\ue000\ue001\ue002'));
    expect(await drawn('🎉')).not.toBe(await drawn('\ue000'));
  });

  it('draws bold words in the bold font, not the regular one thickened with an outline', async () => {
    const [spec] = specsOf().filter((s) => s.kind === 'person');
    const svg = await renderCardSvg(spec!);
    // Satori outlines a regular glyph with a stroke when it finds no bold font to match the weight.
    expect(svg).not.toMatch(/<path fill="[^"]*" d="[^"]*" stroke=/);
  });

  it('loads fonts for other scripts only when a card uses their characters', () => {
    expect(subsetsForText('Ada Okafor').every((s) => s.name.startsWith('Inter'))).toBe(true);
    expect(subsetsForText('李静 → 4 days').some((s) => s.name.startsWith('Noto Sans SC'))).toBe(true);
    expect(subsetsForText('ليلى حداد').some((s) => s.name.startsWith('Noto Sans Arabic'))).toBe(true);
    expect(subsetsForText('Ольга Петрова').some((s) => s.name.includes('cyrillic'))).toBe(true);
  });

  it('changes only the card of the entry that changed', () => {
    const before = new Map(specsOf().map((s) => [s.path, cardCacheKey(s)]));
    const after = new Map(
      specsOf(demoLikeOrganisation({ role: 'Head of Service Desk' })).map((s) => [s.path, cardCacheKey(s)]),
    );
    const changed = [...before.keys()].filter((p) => before.get(p) !== after.get(p));
    expect(changed).toEqual(['cards/people/ada.png']);
  });

  it('draws cold cards on worker threads, then reuses them from the cache', async () => {
    const { site, cache } = siteAndCache();
    const specs = specsOf();
    const cold = await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    expect(cold).toMatchObject({ cards: specs.length, drawn: specs.length, fromCache: 0, threads: 2 });
    expect(fs.existsSync(path.join(site, 'cards/people/li.png'))).toBe(true);

    const warm = await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    expect(warm).toMatchObject({ drawn: 0, fromCache: specs.length });

    const edited = specsOf(demoLikeOrganisation({ role: 'Head of Service Desk' }));
    expect(await renderCards(edited, { siteFolder: site, cacheFolder: cache, threads: 2 })).toMatchObject({ drawn: 1 });
  }, 60_000);

  it('draws again a cached card whose bytes were cut short, replaced or left without their note', async () => {
    const { site, cache } = siteAndCache();
    const specs = specsOf();
    await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    const cached = fs
      .readdirSync(cache)
      .filter((name) => name.endsWith('.png'))
      .map((name) => path.join(cache, name));
    fs.truncateSync(cached[0]!, 1000);
    fs.writeFileSync(cached[1]!, Buffer.concat([fs.readFileSync(cached[2]!)]));
    fs.rmSync(`${cached[3]!}.sha256`);
    const warm = await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    expect(warm).toMatchObject({ drawn: 3, fromCache: specs.length - 3 });
    for (const spec of specs) {
      const { width, height } = await sharp(path.join(site, spec.path)).metadata();
      expect([width, height], spec.path).toEqual([1200, 630]);
    }
  }, 60_000);

  it('removes cached cards no build has used for a month, and keeps the ones it used', async () => {
    const { site, cache } = siteAndCache();
    const specs = specsOf();
    await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    const stale = path.join(cache, 'card-of-a-person-who-left.png');
    fs.writeFileSync(stale, 'png');
    fs.utimesSync(stale, twoMonthsAgo, twoMonthsAgo);
    // Cards used by this build are old too, but using them counts.
    for (const name of fs.readdirSync(cache)) fs.utimesSync(path.join(cache, name), twoMonthsAgo, twoMonthsAgo);
    const warm = await renderCards(specs, { siteFolder: site, cacheFolder: cache, threads: 2 });
    expect(warm).toMatchObject({ fromCache: specs.length, pruned: 1 });
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(specs.length);
  }, 60_000);

  it('takes more cards while it is drawing, as the build hands them over, and draws each once', async () => {
    const { site, cache } = siteAndCache();
    const specs = specsOf();
    const drawing = new CardDrawing({ siteFolder: site, cacheFolder: cache, threads: 2 });
    drawing.add(specs.slice(0, 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    drawing.add(specs.slice(2));
    expect(await drawing.finish()).toMatchObject({ cards: specs.length, drawn: specs.length, fromCache: 0 });
    for (const spec of specs) expect(fs.existsSync(path.join(site, spec.path)), spec.path).toBe(true);
    expect(fs.readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(specs.length);
  }, 60_000);

  it('fails the build with the card that could not be drawn, even if it failed long before the end', async () => {
    const { site, cache } = siteAndCache();
    fs.writeFileSync(path.join(site, 'broken.jpg'), 'not a picture');
    const [spec] = specsOf().filter((s) => s.kind === 'person');
    const drawing = new CardDrawing({ siteFolder: site, cacheFolder: cache, threads: 1 });
    drawing.add([{ ...spec!, photo: 'broken.jpg' } as CardSpec]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(drawing.finish()).rejects.toThrow(`The card ${spec!.path} could not be drawn`);
  }, 60_000);
});
