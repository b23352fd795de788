/**
 * `npm run check` and the build run the same validator: over folders broken in every collection at once,
 * both must stop, and print the same problem lines in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { copyOfFixture } from '../support/build-site.ts';
import { checkAndBuild } from '../support/check-and-build.ts';

function edit(file: string, change: (text: string) => string) {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

describe('npm run check and the build', () => {
  it('report the same problems, every one in every collection, for a folder broken all over', async () => {
    const content = copyOfFixture('org-elsewhere');
    edit(path.join(content, 'site.yaml'), (t) => t.replace('locale: de-DE', 'locale: de_DE'));
    edit(path.join(content, 'people/sam-lee.md'), (t) => `\ufeff${t.replace(/^role: .*\n/m, '')}`);
    await sharp({ create: { width: 20_200, height: 5_000, channels: 3, background: '#888' } })
      .jpeg()
      .toFile(path.join(content, 'people/layla-haddad.jpg'));
    fs.writeFileSync(path.join(content, 'people/notes.txt'), 'to do');
    edit(path.join(content, 'teams/core-it.md'), (t) => t.replace('lead: layla-haddad', 'lead: layla-hadad'));
    fs.copyFileSync(path.join(content, 'departments/kitchens.md'), path.join(content, 'departments/Kitchens.md'));
    edit(path.join(content, 'glossary/wifi.md'), (t) =>
      t.replace(/^definition: .*$/m, `definition: ${'w'.repeat(281)}`),
    );
    edit(path.join(content, 'stories/a-day-in-the-kitchens.mdx'), (t) =>
      t.replace('<Person id="sam-lee" />', '<Person id="sam-le" /> <Chart />'),
    );
    edit(path.join(content, 'strategy/connected-kitchens.mdx'), (t) => `${t}\n<Metric label="Orders" before={3} />\n`);
    edit(path.join(content, 'wins/tablets-in-every-kitchen.mdx'), (t) => `${t}\n<div>\n\nnever closed\n`);
    edit(path.join(content, 'initiatives/route-planner.md'), (t) =>
      t.replace(/^title: (.*)$/m, 'title: Route: planner'),
    );

    const { check, build } = await checkAndBuild(content);
    expect(check.code).toBe(1);
    expect(build.code).not.toBe(0);
    expect(build.lines).toEqual(check.lines);
    const at = (file: string) => path.join(content, file);
    expect(check.lines).toEqual(
      expect.arrayContaining([
        `${at('site.yaml')}:7  locale  must be a language tag such as en-GB (language, a hyphen, then region), found "de_DE" → write de-DE`,
        `${at('people/sam-lee.md')}  role  is required → add it, e.g. Service Desk Analyst`,
        `${at('people/layla-haddad.md')}:5  photo  "./layla-haddad.jpg" is 20200 × 5000 pixels (101 megapixels), at most 100 megapixels are allowed → save it again as JPEG at its phone's own size (up to 48 megapixels is fine)`,
        `${at('people/notes.txt')}  is not read: people/ holds .md entries and their images → rename it or move it out of the folder`,
        `${at('teams/core-it.md')}:3  lead  "layla-hadad" is not in people/ → did you mean "layla-haddad"?`,
        expect.stringMatching(/departments\/Kitchens\.md {2}has the same id "kitchens" as kitchens\.md/),
        `${at('glossary/wifi.md')}:4  definition  is 281 characters long, at most 280 are allowed → shorten it`,
        expect.stringMatching(
          /a-day-in-the-kitchens\.mdx:14:\d+ {2}<Person id> {2}"sam-le" is not in people\/ → did you mean "sam-lee"\?/,
        ),
        expect.stringMatching(
          /a-day-in-the-kitchens\.mdx:14:\d+ {2}<Chart> {2}is not a component the site has → use one of <Callout>, <Metric>, <Person>, <Term>/,
        ),
        expect.stringMatching(/connected-kitchens\.mdx:\d+:1 {2}<Metric after> {2}is required/),
        expect.stringMatching(
          /tablets-in-every-kitchen\.mdx:\d+:\d+ {2}the MDX cannot be read: Expected a closing tag for `<div>`/,
        ),
        expect.stringMatching(/route-planner\.md:2 {2}the frontmatter is not valid YAML/),
      ]),
    );
    // Those, the other file of the clashing pair, and the fixture's page past review (a warning).
    expect(check.lines).toHaveLength(14);
  });

  it('report the same problems that need the whole folder: loops, clashing names and missing references', async () => {
    const content = copyOfFixture('org-elsewhere');
    edit(path.join(content, 'people/layla-haddad.md'), (t) =>
      t.replace('team: core-it', 'team: core-it\nmanager: sam-lee'),
    );
    fs.copyFileSync(path.join(content, 'people/sam-lee.md'), path.join(content, 'people/org-chart.md'));
    fs.renameSync(path.join(content, 'wins/route-planning.mdx'), path.join(content, 'wins/2026-09.mdx'));
    edit(path.join(content, 'glossary/covers.md'), (t) => t.replace('related: [wifi]', 'related: [wi-fi]'));

    const { check, build } = await checkAndBuild(content);
    expect(check.code).toBe(1);
    expect(build.lines).toEqual(check.lines);
    expect(check.lines).toEqual([
      expect.stringMatching(
        /glossary\/covers\.md:\d+ {2}related\.0 {2}"wi-fi" is not in glossary\/ → did you mean "wifi"\?/,
      ),
      expect.stringMatching(
        /people\/layla-haddad\.md:5 {2}manager {2}the manager chain loops: layla-haddad → sam-lee → olga-petrova → layla-haddad/,
      ),
      `${path.join(content, 'people/org-chart.md')}  "org-chart" is the name of a page the site already has (/people/org-chart/) → rename the file`,
      expect.stringMatching(/wins\/2026-09\.mdx {2}a win cannot be named like a month/),
      // A warning, printed after the problems by both.
      expect.stringMatching(/connected-kitchens\.mdx:9 {2}reviewBy {2}was due for review on 2026-11-01/),
    ]);
  });

  it('report the same problems in the pulse and pace tables, by line and column', async () => {
    const content = copyOfFixture('org-elsewhere');
    edit(path.join(content, 'pulse/2026-10.csv'), (t) =>
      t.replace('kitchens,it-macht-den-unterschied,42,21', 'kitchen,it-macht-den-unterschied,42,43'),
    );
    edit(path.join(content, 'pace/2026-10.csv'), (t) => t.replace('core-it,280.5', 'cor-it,-280.5'));
    fs.writeFileSync(path.join(content, 'pace/oktober.csv'), 'team\n');

    const { check, build } = await checkAndBuild(content);
    expect(check.code).toBe(1);
    expect(build.code).not.toBe(0);
    expect(build.lines).toEqual(check.lines);
    const at = (file: string) => path.join(content, file);
    expect(check.lines).toEqual(
      expect.arrayContaining([
        `${at('pace/2026-10.csv')}:2:1  team  "cor-it" is not in teams/ → did you mean "core-it"?`,
        `${at('pace/2026-10.csv')}:2:8  runHours  must be a number of hours, 0 or more, found "-280.5" → e.g. 620`,
        `${at('pace/oktober.csv')}  is not named for its month → rename it YYYY-MM.csv, e.g. 2026-03.csv`,
        `${at('pulse/2026-10.csv')}:3:1  group  "kitchen" is neither it nor an id in departments/ → did you mean "kitchens"?`,
        `${at('pulse/2026-10.csv')}:3:37  agree  is 43, more than the 42 who answered → agree counts people within responses; check both figures in the survey tool's export`,
      ]),
    );
    // Every mistake in a row at once, and nothing else: the fixture's warning about a page past review.
    expect(check.lines).toHaveLength(6);
  });

  it('print the same warnings, and neither stops on them', async () => {
    const content = copyOfFixture('org-elsewhere');
    edit(path.join(content, 'glossary/wifi.md'), (t) =>
      t.replace('related: []', 'related: []\navoid: [WLAN]\nuseInstead: Wi-Fi'),
    );
    edit(path.join(content, 'stories/a-day-in-the-kitchens.mdx'), (t) =>
      t.replace('The first tablet wakes up.', 'The first tablet joins the WLAN.'),
    );

    const { check, build } = await checkAndBuild(content);
    expect(check.code).toBe(0);
    expect(build.code).toBe(0);
    expect(check.lines.length).toBeGreaterThanOrEqual(2);
    expect(build.lines).toEqual(check.lines);
  });
});
