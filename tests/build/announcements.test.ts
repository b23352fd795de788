import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, htmlFilesIn, temporaryFolder } from '../support/build-site.ts';
import { checkBuiltSite } from '../support/link-check.ts';

const SITE = 'https://intranet.fjordline.example';
const AS_A_USER = { ONE_TEAM_BASE: '/it', ONE_TEAM_SITE: SITE, ONE_TEAM_TODAY: '2026-11-23' };
const CURRENT = 'Die Kantine schließt am 27. November früher.';
const EXPIRED = 'Das WLAN im Lager wird am 2. November erneuert.';

function write(content: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  fs.writeFileSync(path.join(content, file), text.trimStart());
}

/** The pages a reader opens: every HTML file but the month digests, which are e-mails, not pages of the site. */
const pagesIn = (dist: string) => htmlFilesIn(dist).filter((file) => !file.endsWith('digest.html'));

describe('announcements and scheduled wins, built on 2026-11-23 under /it/', () => {
  let dist: string;
  beforeAll(async () => {
    const content = copyOfFixture('org-elsewhere');
    write(
      content,
      'announcements/canteen.md',
      `
---
text: "${CURRENT}"
link: /wins/
from: 2026-11-20
until: 2026-11-27
---
`,
    );
    write(
      content,
      'announcements/warehouse-wifi.md',
      `
---
text: "${EXPIRED}"
from: 2026-10-25
until: 2026-11-22
---
`,
    );
    write(
      content,
      'wins/kitchen-printers.md',
      `
---
title: Kitchen printers that never jam
month: "2026-11"
goal: Print every order the moment it comes in.
departments: [kitchens]
people: [sam-lee]
outcomes:
  - metric: Jammed printers per week
    before: 6
    after: 0
publishAt: 2026-12-01
---

Not out until December.
`,
    );
    write(
      content,
      'wins/cold-room-sensors.md',
      `
---
title: Cold room sensors
month: "2026-10"
goal: Know at once when a cold room warms up.
departments: [kitchens]
people: [sam-lee]
outcomes:
  - metric: Minutes to notice a warm cold room
    before: 120
    after: 5
publishAt: 2026-11-23
---

Out on the day of the build.
`,
    );
    dist = path.join(temporaryFolder('announcements'), 'dist');
    const result = await buildSite(content, dist, AS_A_USER);
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it('shows the current announcement below the header of every page, and never the expired one', () => {
    const pages = pagesIn(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      // A section with a name is a region landmark; role="region" written out would be the page's first
      // [role="region"], which tests/regressions/alignment-matrix-on-a-phone.test.ts takes for the matrix.
      const banners = html.match(/<section class="announcement" aria-label="Announcement">/g) ?? [];
      expect(banners, path.relative(dist, file)).toHaveLength(1);
      expect(html, path.relative(dist, file)).toContain(CURRENT);
      expect(html, path.relative(dist, file)).not.toContain(EXPIRED);
      expect(html.indexOf('class="announcement"'), path.relative(dist, file)).toBeLessThan(html.indexOf('<main'));
      expect(html.indexOf('class="announcement"'), path.relative(dist, file)).toBeGreaterThan(
        html.indexOf('</header>'),
      );
    }
  });

  it("links a site path under the site's base path, after the sentence", () => {
    const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<p>${CURRENT} <a href="/it/wins/">Read more</a></p>`);
    expect(checkBuiltSite(dist, SITE, '/it/')).toEqual([]);
  });

  it('leaves a win out until its publishAt day, and publishes one whose day has come', () => {
    expect(fs.existsSync(path.join(dist, 'wins', 'kitchen-printers'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'wins', 'index.html'), 'utf8')).not.toContain('Kitchen printers');
    expect(fs.existsSync(path.join(dist, 'wins', 'cold-room-sensors', 'index.html'))).toBe(true);
  });
});

describe('an organisation with no announcements folder', () => {
  it('builds with no banner', async () => {
    const dist = path.join(temporaryFolder('no-announcements'), 'dist');
    const result = await buildSite(copyOfFixture('org-elsewhere'), dist, AS_A_USER);
    expect(result.code, result.output).toBe(0);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('class="announcement"');
  }, 120_000);
});
