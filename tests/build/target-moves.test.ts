/**
 * Honest about slips, as a reader of the demo meets it: an initiative whose target moved says so on its page with
 * the reason, the board marks its tile "Moved" and no other, and a mistyped earlier quarter is caught by the check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, copyOfFixture } from '../support/build-site.ts';
import { BUILT_DEMO } from '../support/built-demo.ts';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
}

const attribute = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

function nodesOf(node: Node, keep: (node: Node) => boolean, found: Node[] = []): Node[] {
  if (keep(node)) found.push(node);
  for (const child of node.childNodes ?? []) nodesOf(child, keep, found);
  return found;
}

/** What a reader sees of an element: its text, spaces collapsed, hidden text included (a screen reader reads it). */
function textOf(node: Node): string {
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  if (node.nodeName === '#text') return node.value ?? '';
  const text = (node.childNodes ?? []).map(textOf).join('');
  return BLOCKS.has(node.nodeName) ? ` ${text} ` : text;
}
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'dt', 'dd']);
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

const pageOf = (route: string) =>
  parse(fs.readFileSync(path.join(BUILT_DEMO, route, 'index.html'), 'utf8')) as unknown as Node;

const initiativesFolder = path.join(PROJECT_ROOT, 'src/content/initiatives');
const withHistory = fs
  .readdirSync(initiativesFolder)
  .filter((file) => file.endsWith('.md') || file.endsWith('.mdx'))
  .filter((file) => {
    const frontmatter = fs.readFileSync(path.join(initiativesFolder, file), 'utf8').split('---')[1]!;
    return (yaml.load(frontmatter) as { targetHistory?: unknown[] }).targetHistory?.length;
  })
  .map((file) => file.replace(/\.mdx?$/, ''));

describe('an initiative whose target moved, in the demo', () => {
  it('is one demo initiative, the Wi-Fi and scanners', () => {
    expect(withHistory).toEqual(['warehouse-wifi-and-scanners']);
  });

  it('says beside its target that it moved once, and what was promised before, until when, and why', () => {
    const page = pageOf('initiatives/warehouse-wifi-and-scanners');
    const eyebrow = nodesOf(page, (n) => attribute(n, 'class')?.split(' ').includes('eyebrow') ?? false)[0]!;
    expect(spaced(textOf(eyebrow))).toMatch(/ · target 2027-Q2, moved once$/);
    const note = nodesOf(page, (n) => attribute(n, 'role') === 'note' && textOf(n).includes('Target moved'))[0]!;
    expect(spaced(textOf(note))).toBe(
      'Target moved once, now 2027-Q2 Was 2027-Q1 until 14 October 2026 — The supplier cannot deliver the new ' +
        'access points for Lyon before February, so Lyon is installed after Antwerp instead of at the same time.',
    );
  });

  it('says nothing of moves on the page of an initiative that kept its target', () => {
    const page = pageOf('initiatives/it-request-catalogue');
    expect(spaced(textOf(page))).not.toMatch(/moved once|Target moved|Was 20\d\d-Q/);
  });

  it('is marked "Moved" on the board, with what moved for a screen reader, and no other tile is', () => {
    const board = pageOf('initiatives');
    const tiles = nodesOf(board, (n) => n.nodeName === 'article' && attribute(n, 'class')?.includes('tile') === true);
    expect(tiles.length).toBeGreaterThan(5);
    const marked = tiles.filter(
      (tile) => nodesOf(tile, (n) => attribute(n, 'class')?.includes('moved') === true).length,
    );
    const hrefOf = (tile: Node) => attribute(nodesOf(tile, (n) => n.nodeName === 'a')[0]!, 'href');
    expect(marked.map(hrefOf)).toEqual(['/initiatives/warehouse-wifi-and-scanners/']);
    const marker = nodesOf(marked[0]!, (n) => attribute(n, 'class')?.includes('moved') === true)[0]!;
    expect(spaced(textOf(marker))).toBe('Moved: Target moved from 2027-Q1 to 2027-Q2');
    expect(spaced(textOf(board))).toContain("Moved on a tile means its target changed; the initiative's page says");
  });
});

describe('npm run check on an earlier target that is not a quarter', () => {
  it('names the file, the line, the item and the fix', () => {
    const content = copyOfFixture('org-elsewhere');
    const file = path.join(content, 'initiatives/tablets-rollout.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(
          'target: "2026-Q3"\n',
          'target: "2026-Q3"\ntargetHistory:\n  - date: 2026-03-02\n    target: Q2 2026\n    reason: The tablets came late.\n',
        ),
    );
    const line = fs.readFileSync(file, 'utf8').split('\n').indexOf('    target: Q2 2026') + 1;
    const check = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ONE_TEAM_CONTENT: content, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(`${check.stdout}${check.stderr}`).toContain(
      `${file}:${line}  targetHistory.0.target  must be a quarter written YYYY-Qn, found "Q2 2026" → e.g. 2026-Q4`,
    );
  });
});
