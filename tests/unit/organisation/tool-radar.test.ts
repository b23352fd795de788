import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_CATEGORIES, TOOL_RINGS, imagesAsPaths, toolSchema } from '../../../src/schemas/index.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import {
  boxesOverlap,
  cellAt,
  layoutRadar,
  RADAR_SIZE,
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

  it('keeps every label clear of every other and inside the picture', () => {
    for (const [index, tool] of layout.tools.entries()) {
      for (const other of layout.tools.slice(index + 1))
        expect(boxesOverlap(tool.label, other.label), `${tool.id} and ${other.id}`).toBe(false);
      expect(tool.label.x).toBeGreaterThanOrEqual(0);
      expect(tool.label.x + tool.label.width).toBeLessThanOrEqual(RADAR_SIZE);
    }
  });

  it('spreads a crowded cell without overlapping labels', () => {
    const crowded = Array.from({ length: 6 }, (_, i) => ({
      id: `t${i}`,
      name: `Tool number ${i}`,
      category: 'data',
      ring: 'trial',
      moved: false,
    }));
    const packed = layoutRadar(crowded, TOOL_CATEGORIES, TOOL_RINGS);
    for (const tool of packed.tools)
      expect(cellAt(packed, tool.x, tool.y)).toEqual({ category: 'data', ring: 'trial' });
    expect(new Set(packed.tools.map((t) => `${Math.round(t.x)},${Math.round(t.y)}`)).size).toBe(6);
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
