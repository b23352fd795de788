import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { elementsOf } from '../support/html-elements.ts';
import { openSearch } from '../support/search-in-node.ts';

// The demo site that `npm test` built, checked against the tool files it was built from.
const dist = path.join(PROJECT_ROOT, 'dist');
const toolsFolder = path.join(PROJECT_ROOT, 'src/content/tools');
const tools = fs.readdirSync(toolsFolder).map((file) => ({
  id: file.replace(/\.md$/, ''),
  data: yaml.load(fs.readFileSync(path.join(toolsFolder, file), 'utf8').split('---')[1]!) as {
    name: string;
    ring: string;
    history?: Array<{ date: Date; ring: string; note: string }>;
  },
}));
const catalogue = fs.readFileSync(path.join(dist, 'tools/index.html'), 'utf8');

describe('the tool catalogue of the demo', () => {
  it('draws each tool once on the radar, as a link to its page, and lists it once below', () => {
    const elements = elementsOf(catalogue);
    const dots = elements.filter((e) => e.tag === 'a' && e.attributes['data-tool']);
    expect(dots.map((d) => d.attributes['data-tool']).sort()).toEqual(tools.map((t) => t.id).sort());
    for (const dot of dots) expect(dot.attributes.href).toBe(`/tools/${dot.attributes['data-tool']}/`);
    const listed = elements.filter((e) => e.tag === 'li' && e.attributes.class?.includes('tool-item'));
    expect(listed).toHaveLength(tools.length);
  });

  it('circles the tools whose latest ring change is within 90 days of the build', () => {
    const now = Date.now();
    const recent = tools.filter((t) => {
      const latest = (t.data.history ?? []).map((h) => new Date(h.date).getTime()).sort((a, b) => b - a)[0];
      return latest !== undefined && now - latest <= 90 * 86_400_000 && latest <= now;
    });
    const marked = [...catalogue.matchAll(/data-tool="([^"]+)"[^>]*aria-label="[^"]*moved recently"/g)].map(
      (m) => m[1],
    );
    expect(marked.sort()).toEqual(recent.map((t) => t.id).sort());
  });

  it("shows a tool's ring history as a timeline, newest first", () => {
    const withHistory = tools.filter((t) => (t.data.history ?? []).length > 1);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const tool of withHistory) {
      const page = fs.readFileSync(path.join(dist, 'tools', tool.id, 'index.html'), 'utf8');
      const start = page.search(/class="history[\s"]/);
      const history = page.slice(start, page.indexOf('</ol>', start));
      const dates = [...history.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]!);
      const expected = (tool.data.history ?? [])
        .map((h) => new Date(h.date).toISOString().slice(0, 10))
        .sort()
        .reverse();
      expect(dates, tool.id).toEqual(expected);
      for (const change of tool.data.history ?? [])
        expect(history, tool.id).toContain(change.note.replace(/'/g, '&#39;'));
    }
  });

  it('puts tools in search with their own facet, and gives each a social card', async () => {
    const facets = await (await openSearch(dist)).facets();
    expect(facets.type?.Tool).toBe(tools.length);
    for (const tool of tools)
      expect(fs.existsSync(path.join(dist, 'cards/tools', `${tool.id}.png`)), tool.id).toBe(true);
  });
});
