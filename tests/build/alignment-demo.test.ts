import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { elementsOf } from '../support/html-elements.ts';

// The demo site that `npm test` built, checked against the demo content read straight from its files.
const dist = path.join(PROJECT_ROOT, 'dist');
const content = path.join(PROJECT_ROOT, 'src/content');

function frontmatterOf(collection: string): Array<{ id: string; data: Record<string, unknown> }> {
  const folder = path.join(content, collection);
  return fs
    .readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({
      id: file.replace(/\.mdx?$/, ''),
      data: yaml.load(fs.readFileSync(path.join(folder, file), 'utf8').split('---')[1]!) as Record<string, unknown>,
    }));
}

const page = (route: string) => fs.readFileSync(path.join(dist, route), 'utf8');

describe('the alignment matrix', () => {
  it('counts, for each pillar and department, the published wins and initiatives that serve both', () => {
    const wins = frontmatterOf('wins').filter((w) => !w.data.draft);
    const initiatives = frontmatterOf('initiatives');
    const pillars = frontmatterOf('strategy').filter((s) => s.data.status === 'current');
    const departments = frontmatterOf('departments');
    const html = page('alignment/index.html');
    let emptyCells = 0;
    for (const pillar of pillars) {
      for (const department of departments) {
        const serves = (item: { data: Record<string, unknown> }) =>
          item.data.strategy === pillar.id && (item.data.departments as string[]).includes(department.id);
        const expected = wins.filter(serves).length + initiatives.filter(serves).length;
        const cellLink = `href="/alignment/${pillar.id}/${department.id}/"`;
        if (expected === 0) {
          emptyCells++;
          expect(html, `${pillar.id} × ${department.id}`).not.toContain(cellLink);
          expect(fs.existsSync(path.join(dist, 'alignment', pillar.id, department.id))).toBe(false);
        } else {
          const count = html.match(new RegExp(`${cellLink}[^>]*><span class="count[^"]*"[^>]*>(\\d+)</span>`))?.[1];
          expect(Number(count), `${pillar.id} × ${department.id}`).toBe(expected);
          const list = page(`alignment/${pillar.id}/${department.id}/index.html`);
          expect(list.match(/class="tile-link[^"]*" href="\/(wins|initiatives)\//g)).toHaveLength(expected);
        }
      }
    }
    expect(emptyCells).toBeGreaterThan(0);
    expect(html.match(/<td class="empty[\s"]/g)).toHaveLength(emptyCells);
  });
});

describe('the initiatives board', () => {
  it('puts each initiative under its status: doing now, next, later, done', () => {
    const initiatives = frontmatterOf('initiatives');
    const html = page('initiatives/index.html');
    const columns = ['now', 'next', 'later', 'done'].map((status) => {
      const start = html.indexOf(`id="status-${status}"`);
      const end = html.indexOf('</section>', start);
      return {
        status,
        links: [...html.slice(start, end).matchAll(/href="\/initiatives\/([^/]+)\/"/g)].map((m) => m[1]),
      };
    });
    for (const { status, links } of columns) {
      expect(links.sort(), status).toEqual(
        initiatives
          .filter((i) => i.data.status === status)
          .map((i) => i.id)
          .sort(),
      );
    }
  });

  it("lists the wins that came from an initiative on the initiative's page", () => {
    const fromInitiatives = frontmatterOf('wins').filter((w) => w.data.initiative && !w.data.draft);
    expect(fromInitiatives.length).toBeGreaterThan(0);
    for (const win of fromInitiatives)
      expect(page(`initiatives/${win.data.initiative}/index.html`)).toContain(`href="/wins/${win.id}/"`);
  });
});

describe('the monthly digest', () => {
  const months = fs.readdirSync(path.join(dist, 'wins')).filter((name) => /^\d{4}-\d{2}$/.test(name));

  it('exists for every month with wins and holds its wins, new faces and a story', () => {
    expect(months.length).toBeGreaterThan(0);
    const october = page('wins/2026-10/digest.html');
    for (const win of frontmatterOf('wins').filter((w) => w.data.month === '2026-10' && !w.data.draft))
      expect(october).toContain(`/wins/${win.id}/`);
    for (const person of frontmatterOf('people').filter(
      (p) =>
        String(p.data.joined ?? '').startsWith('2026-10') ||
        (p.data.joined instanceof Date && p.data.joined.toISOString().startsWith('2026-10')),
    )) {
      expect(october).toContain(`/people/${person.id}/`);
    }
    expect(october).toContain('Story of the month');
  });

  it('is ready for email: no scripts, no stylesheets or classes, only absolute URLs', () => {
    for (const month of months) {
      const html = page(`wins/${month}/digest.html`);
      const elements = elementsOf(html);
      expect(
        elements.filter((e) => ['script', 'style', 'link'].includes(e.tag)),
        month,
      ).toEqual([]);
      expect(
        elements.filter((e) => 'class' in e.attributes),
        month,
      ).toEqual([]);
      const urls = elements.flatMap((e) =>
        ['href', 'src'].map((name) => e.attributes[name]).filter((u): u is string => Boolean(u)),
      );
      expect(urls.length).toBeGreaterThan(5);
      expect(
        urls.filter((url) => !/^(https:\/\/|mailto:)/.test(url)),
        month,
      ).toEqual([]);
      // Pasted into newsletters, where no Content-Security-Policy applies: every picture is the site's own.
      const site = new URL(
        fs.readFileSync(path.join(PROJECT_ROOT, 'src/content/site.yaml'), 'utf8').match(/^url: (.*)$/m)![1]!,
      );
      expect(
        elements.filter((e) => e.tag === 'img' && new URL(e.attributes.src ?? '', 'invalid:/').host !== site.host),
        month,
      ).toEqual([]);
      expect(
        elements
          .filter((e) => e.tag === 'td' || e.tag === 'table')
          .every((e) => e.attributes.style !== undefined || e.attributes.role === 'presentation'),
      ).toBe(true);
    }
  });
});
