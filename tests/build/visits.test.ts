import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, temporaryFolder } from '../support/build-site.ts';

function writeVisit(content: string, id: string, frontmatter: string) {
  fs.mkdirSync(path.join(content, 'visits'), { recursive: true });
  fs.writeFileSync(
    path.join(content, 'visits', `${id}.md`),
    `---\n${frontmatter.trim()}\n---\n\nNotes from the day.\n`,
  );
}

describe('an organisation with day-in-the-life visits, one of them older than a year, built on 2026-11-23', () => {
  let dist: string;
  let output: string;
  beforeAll(async () => {
    const content = copyOfFixture('org-elsewhere');
    // The route planner is under way: its team has visited Logistics, but longer ago than 12 months.
    const initiative = path.join(content, 'initiatives', 'route-planner.md');
    fs.writeFileSync(initiative, fs.readFileSync(initiative, 'utf8').replace('status: next', 'status: now'));
    writeVisit(
      content,
      'olga-in-the-kitchens',
      `
person: olga-petrova
department: kitchens
date: 2026-05-12
host: Marit Olsen
learned: Cooks read tomorrow's covers from a printout taped to the fridge.
`,
    );
    writeVisit(
      content,
      'sam-with-the-drivers',
      `
person: sam-lee
department: logistics
date: 2025-03-04
host: Per Hansen
learned: Drivers plan their own detours when the route sheet is late.
`,
    );
    dist = path.join(temporaryFolder('visits'), 'dist');
    const result = await buildSite(content, dist, { ONE_TEAM_TODAY: '2026-11-23' });
    expect(result.code, result.output).toBe(0);
    output = result.output;
  }, 120_000);

  it('counts only the visits of the last 12 months in the matrix, and shows the empty cells', () => {
    const html = fs.readFileSync(path.join(dist, 'visits', 'index.html'), 'utf8');
    expect(html.match(/class="filled[\s"]/g)).toHaveLength(1);
    expect(html.match(/no visit yet/g)).toHaveLength(1);
  });

  it('lists every visit, newest first, with what was learned', () => {
    const html = fs.readFileSync(path.join(dist, 'visits', 'index.html'), 'utf8');
    const kitchens = html.indexOf('Cooks read tomorrow');
    const drivers = html.indexOf('Drivers plan their own detours');
    expect(kitchens).toBeGreaterThan(-1);
    expect(drivers).toBeGreaterThan(kitchens);
  });

  it('warns, while building, about work under way whose team has not visited its department this year', () => {
    expect(output).toMatch(
      /initiatives\/route-planner\.md:\d+ {2}team {2}"core-it" has not visited Logistics in the 12 months before this started/,
    );
  });
});
