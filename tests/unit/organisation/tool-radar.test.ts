import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_CATEGORIES, TOOL_RINGS, imagesAsPaths, toolSchema } from '../../../src/schemas/index.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import {
  boxesOverlap,
  cellAt,
  labelWidth,
  layoutRadar,
  namesReadableFrom,
  type LabelBox,
  type RadarLayout,
  type RadarTool,
} from '../../../src/lib/organisation/tool-radar.ts';
import { recentMove } from '../../../src/lib/organisation/tools.ts';

const DEMO_TOOLS = path.resolve(import.meta.dirname, '../../../src/content/tools');

function demoTools(): RadarTool[] {
  return fs
    .readdirSync(DEMO_TOOLS)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const text = fs.readFileSync(path.join(DEMO_TOOLS, file), 'utf8');
      const frontmatter = readFrontmatter(file, text);
      if ('message' in frontmatter) throw new Error(frontmatter.message);
      const data = toolSchema(imagesAsPaths).parse(frontmatter.data);
      return { id: file.replace(/\.md$/, ''), name: data.name, category: data.category, ring: data.ring, moved: false };
    });
}

/** Tools with made-up names of one to three words, spread over categories and rings by a seeded random draw. */
function generatedTools(count: number, seed: number): RadarTool[] {
  const words = [
    'Atlas',
    'Beacon',
    'Cloud',
    'Desk',
    'Forms',
    'Gateway',
    'Hub',
    'Insight',
    'Ledger',
    'Mail',
    'Notes',
    'Orbit',
    'Portal',
    'Query',
    'Relay',
    'Sync',
    'Tracker',
    'Uplink',
    'Vault',
    'Workspace',
    'Power',
    'Secure',
  ];
  let state = seed;
  const random = () => {
    // mulberry32: a small, well-known seeded generator, so every run draws the same tools.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index) => ({
    id: `tool-${index}`,
    name: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(' '),
    category: pick(TOOL_CATEGORIES),
    ring: pick(TOOL_RINGS),
    moved: random() < 0.2,
  }));
}

const DOT_REACH = 11;
const dotOf = (tool: { x: number; y: number }): LabelBox => ({
  x: tool.x - DOT_REACH,
  y: tool.y - DOT_REACH,
  width: 2 * DOT_REACH,
  height: 2 * DOT_REACH,
});

/** Every pair of names, dots, ring names and sector names in the picture that lie over each other. */
function clashesIn(layout: RadarLayout): string[] {
  const things = [
    ...layout.tools.map((tool) => ({ what: `the name ${tool.name}`, box: tool.label.box })),
    ...layout.tools.map((tool) => ({ what: `the dot of ${tool.name}`, box: dotOf(tool) })),
    ...layout.sectors.map((sector) => ({ what: `the sector name ${sector.label.text}`, box: sector.label.box })),
    ...layout.rings.map((ring) => ({ what: `the ring name ${ring.label.text}`, box: ring.label.box })),
  ];
  const clashes: string[] = [];
  for (const [index, one] of things.entries())
    for (const other of things.slice(index + 1))
      if (boxesOverlap(one.box, other.box)) clashes.push(`${one.what} and ${other.what}`);
  return clashes;
}

function outsideThePicture(layout: RadarLayout): string[] {
  const { viewBox } = layout;
  return layout.tools
    .filter(
      ({ label: { box } }) =>
        box.x < viewBox.x ||
        box.y < viewBox.y ||
        box.x + box.width > viewBox.x + viewBox.width ||
        box.y + box.height > viewBox.y + viewBox.height,
    )
    .map((tool) => tool.name);
}

describe('the tool radar', () => {
  const tools = demoTools();
  const layout = layoutRadar(tools, TOOL_CATEGORIES, TOOL_RINGS);

  it('draws every demo tool exactly once', () => {
    expect(tools.length).toBe(20);
    expect(layout.tools.map((t) => t.id).sort()).toEqual(tools.map((t) => t.id).sort());
  });

  it('puts each tool in its own ring and its category’s sector', () => {
    for (const tool of layout.tools)
      expect(cellAt(layout, tool.x, tool.y), tool.id).toEqual({ category: tool.category, ring: tool.ring });
  });

  it('keeps every name of the demo clear of every other name, every dot and the ring and sector names', () => {
    expect(clashesIn(layout)).toEqual([]);
    expect(outsideThePicture(layout)).toEqual([]);
  });

  it('writes each name beside its own dot, nearer to it than to any other dot', () => {
    const centre = (box: LabelBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    // Distance from a dot to the nearest point of a name's box.
    const reach = (dot: { x: number; y: number }, box: LabelBox) =>
      Math.hypot(
        Math.max(box.x - dot.x, 0, dot.x - box.x - box.width),
        Math.max(box.y - dot.y, 0, dot.y - box.y - box.height),
      );
    for (const tool of layout.tools) {
      const own = reach(tool, tool.label.box);
      expect(own, tool.name).toBeLessThan(20);
      for (const other of layout.tools.filter((t) => t !== tool))
        expect(reach(other, tool.label.box), `${tool.name} near the dot of ${other.name}`).toBeGreaterThan(own);
      expect(centre(tool.label.box)).toBeDefined();
    }
  });

  it('leaves no empty band above or below the rings: the picture ends just past the outermost names', () => {
    const outer = layout.rings.at(-1)!.outer;
    expect(layout.viewBox.y).toBeGreaterThan(-outer - 50);
    expect(layout.viewBox.y + layout.viewBox.height).toBeLessThan(outer + 60);
  });

  it('shows names only where they read at 12 px or more', () => {
    const width = namesReadableFrom(layout);
    for (const tool of layout.tools)
      expect((tool.label.size * width) / layout.viewBox.width).toBeGreaterThanOrEqual(12);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`places 40 generated tools (draw ${seed}) with no two names, dots or headings over each other`, () => {
      const generated = generatedTools(40, seed);
      const packed = layoutRadar(generated, TOOL_CATEGORIES, TOOL_RINGS);
      expect(packed.tools).toHaveLength(40);
      for (const tool of packed.tools)
        expect(cellAt(packed, tool.x, tool.y), tool.id).toEqual({ category: tool.category, ring: tool.ring });
      expect(clashesIn(packed)).toEqual([]);
      expect(outsideThePicture(packed)).toEqual([]);
    });
  }

  it('spreads a crowded cell of long names without overlapping them', () => {
    const crowded = Array.from({ length: 8 }, (_, i) => ({
      id: `t${i}`,
      name: `Tool with a long name ${i}`,
      category: 'data',
      ring: 'adopt',
      moved: i % 2 === 0,
    }));
    const packed = layoutRadar(crowded, TOOL_CATEGORIES, TOOL_RINGS);
    for (const tool of packed.tools)
      expect(cellAt(packed, tool.x, tool.y)).toEqual({ category: 'data', ring: 'adopt' });
    expect(clashesIn(packed)).toEqual([]);
  });

  it('lays the same tools out the same way every time', () => {
    const tools40 = generatedTools(40, 3);
    expect(layoutRadar(tools40, TOOL_CATEGORIES, TOOL_RINGS)).toEqual(
      layoutRadar(tools40, TOOL_CATEGORIES, TOOL_RINGS),
    );
  });

  it('estimates a name at least as wide as Chromium draws it in DejaVu Sans, the widest common sans', () => {
    // Measured with getComputedTextLength() at 13 px in Debian's Chromium.
    const drawn = { 'Excel with Power Query': 153.2, 'HubSpot Marketing Hub': 155.2, Loom: 35.6, Canva: 41 };
    for (const [name, width] of Object.entries(drawn)) expect(labelWidth(name), name).toBeGreaterThanOrEqual(width);
  });
});

describe('tools that moved ring', () => {
  const tool = (history: Array<{ date: string; ring: string; note: string }>) =>
    ({
      data: toolSchema(imagesAsPaths).parse({
        name: 'X',
        category: 'data',
        ring: 'adopt',
        summary: 's',
        howToGet: 'h',
        owner: 'o',
        proposedBy: 'p',
        since: '2024-01-01',
        history,
      }),
    }) as never;

  it('counts a change in the last 90 days as recent, and an older one not', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    expect(recentMove(tool([{ date: '2026-09-01', ring: 'adopt', note: 'n' }]), today)?.ring).toBe('adopt');
    expect(recentMove(tool([{ date: '2026-08-01', ring: 'adopt', note: 'n' }]), today)).toBeUndefined();
    expect(
      recentMove(
        tool([
          { date: '2025-01-01', ring: 'assess', note: 'n' },
          { date: '2026-11-01', ring: 'adopt', note: 'n' },
        ]),
        today,
      )?.date.toISOString(),
    ).toMatch(/^2026-11-01/);
    expect(recentMove(tool([]), today)).toBeUndefined();
  });
});
