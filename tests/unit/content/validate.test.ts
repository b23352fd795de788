import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import type { ContentProblem } from '../../../src/lib/content/problems.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/org-elsewhere');

function copyOfFixture(): string {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'check-')), 'content');
  fs.cpSync(FIXTURE, copy, { recursive: true });
  return copy;
}

function edit(file: string, change: (text: string) => string) {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

/** Problems as `file:line field message`, file relative to the content folder. */
// Before the fixture's review dates, so that only the problems each test makes show up.
const TODAY = { today: new Date('2026-06-01T00:00:00Z') };

async function problemsIn(folder: string): Promise<string[]> {
  const { problems } = await validateContentFolder(folder, TODAY);
  return problems.map(
    (p: ContentProblem) => `${path.relative(folder, p.file)}${p.line ? `:${p.line}` : ''}  ${p.field}  ${p.message}`,
  );
}

async function problemsAfter(breakIt: (folder: string) => void | Promise<void>): Promise<string[]> {
  const folder = copyOfFixture();
  await breakIt(folder);
  return problemsIn(folder);
}

describe('npm run check', () => {
  it('finds nothing wrong with valid content', async () => {
    expect(await problemsIn(FIXTURE)).toEqual([]);
  });

  it('reports a missing required field with an example', async () => {
    const problems = await problemsAfter((c) =>
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace(/^role: .*\n/m, '')),
    );
    expect(problems).toEqual(['people/sam-lee.md  role  is required → add it, e.g. Service Desk Analyst']);
  });

  it('suggests the closest known field for a misspelt or extra one', async () => {
    const problems = await problemsAfter((c) =>
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('joined:', 'joinned:')),
    );
    expect(problems).toEqual(['people/sam-lee.md:6  joinned  "joinned" is not a field → did you mean "joined"?']);
  });

  it('reports wrong types, bad dates and bad months with the value found', async () => {
    const problems = await problemsAfter((c) => {
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('joined: 2026-10-12', 'joined: 12/10/2026'));
      edit(path.join(c, 'strategy/connected-kitchens.mdx'), (t) => t.replace('order: 1', 'order: first'));
      edit(path.join(c, 'wins/tablets-in-every-kitchen.mdx'), (t) => t.replace('"2026-09"', '"Sept 2026"'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'people/sam-lee.md:6  joined  must be a date written YYYY-MM-DD, found "12/10/2026" → e.g. 2021-09-06',
        'strategy/connected-kitchens.mdx:4  order  must be a whole number → e.g. 1',
        'wins/tablets-in-every-kitchen.mdx:3  month  must be a month written YYYY-MM, found "Sept 2026" → e.g. 2026-03',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('reports references to missing entries with the closest id, and manager cycles', async () => {
    const problems = await problemsAfter((c) => {
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('team: core-it', 'team: coreit'));
      edit(path.join(c, 'people/layla-haddad.md'), (t) =>
        t.replace('team: core-it', 'team: core-it\nmanager: sam-lee'),
      );
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'people/sam-lee.md:4  team  "coreit" is not in teams/ → did you mean "core-it"?',
        expect.stringMatching(
          /^people\/layla-haddad\.md:5 {2}manager {2}the manager chain loops: layla-haddad → sam-lee → olga-petrova → layla-haddad/,
        ),
      ]),
    );
  });

  it('reports two files with the same id', async () => {
    const problems = await problemsAfter((c) =>
      fs.copyFileSync(path.join(c, 'people/sam-lee.md'), path.join(c, 'people/Sam-Lee.md')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'people/Sam-Lee.md    has the same id "sam-lee" as sam-lee.md → rename one of them, ids come from file names',
      ]),
    );
  });

  it('reports a drawing or document saved under a photo name, and site addresses that are not web addresses', async () => {
    const problems = await problemsAfter((c) => {
      fs.writeFileSync(
        path.join(c, 'people/layla-haddad.jpg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
      );
      edit(path.join(c, 'site.yaml'), (t) =>
        t
          .replace('url: https://intranet.example.org', 'url: "javascript:alert(1)"')
          .replace('locale: de-DE', 'locale: de-DE\ntoolProposals: "javascript:alert(2)"'),
      );
    });
    expect(problems).toEqual([
      'people/layla-haddad.md:5  photo  "./layla-haddad.jpg" holds SVG, not a photo → save the picture again as JPEG or PNG',
      'site.yaml:1  url  must be the full address the site is served from, starting https:// → e.g. https://intranet.example.com',
      'site.yaml:8  toolProposals  must be a web address starting https:// or an email address → e.g. https://forms.example.com/propose-a-tool',
    ]);
  });

  it('reports a brand font that is not installed, a font host and a type scale out of range, on their lines', async () => {
    const problems = await problemsAfter((c) =>
      edit(path.join(c, 'site.yaml'), (t) =>
        t.replace('locale: de-DE', 'locale: de-DE\nfont: "@fontsource/brandname"\ntypeScale: 2'),
      ),
    );
    expect(problems).toEqual([
      'site.yaml:8  font  "@fontsource/brandname" is not installed → run npm install @fontsource/brandname, or write a font file\'s path, e.g. "@fontsource/inter" (after npm install @fontsource/inter) or ./fonts/brand.woff2',
      'site.yaml:9  typeScale  must be at most 1.5, or headings crowd phone screens → e.g. 1.25',
    ]);
    const host = await problemsAfter((c) =>
      edit(path.join(c, 'site.yaml'), (t) =>
        t.replace('locale: de-DE', 'locale: de-DE\nfont: https://fonts.example.com/a.woff2'),
      ),
    );
    expect(host).toEqual([
      'site.yaml:8  font  must name an @fontsource package or a font file beside site.yaml → e.g. "@fontsource/inter" (after npm install @fontsource/inter) or ./fonts/brand.woff2',
    ]);
  });

  it('reports a time zone that is not an IANA name, on its line', async () => {
    const problems = await problemsAfter((c) =>
      edit(path.join(c, 'site.yaml'), (t) => t.replace('locale: de-DE', 'locale: de-DE\ntimeZone: CET+1')),
    );
    expect(problems).toEqual([
      'site.yaml:8  timeZone  must be a time zone name from the IANA list → e.g. Europe/London, Europe/Berlin, America/New_York',
    ]);
  });

  it('reports photos that are missing, not images, or over 100 megapixels, with what was found', async () => {
    const problems = await problemsAfter(async (c) => {
      const people = path.join(c, 'people');
      edit(path.join(people, 'olga-petrova.md'), (t) => t.replace('team: core-it', 'team: core-it\nphoto: ./olga.jpg'));
      fs.writeFileSync(path.join(people, 'sam-lee.jpg'), 'this is not a picture');
      edit(path.join(people, 'sam-lee.md'), (t) => t.replace('team: core-it', 'team: core-it\nphoto: ./sam-lee.jpg'));
      await sharp({ create: { width: 20_200, height: 5_000, channels: 3, background: '#888' } })
        .png()
        .toFile(path.join(people, 'layla-haddad.png'));
      edit(path.join(people, 'layla-haddad.md'), (t) => t.replace('./layla-haddad.jpg', './layla-haddad.png'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^people\/olga-petrova\.md:5 {2}photo {2}"\.\/olga\.jpg" is not a file beside olga-petrova\.md/,
        ),
        'people/sam-lee.md:5  photo  "./sam-lee.jpg" is not an image that can be read → save it again as JPEG or PNG',
        'people/layla-haddad.md:5  photo  "./layla-haddad.png" is 20200 × 5000 pixels (101 megapixels), at most 100 megapixels are allowed → save it again as JPEG at its phone\'s own size (up to 48 megapixels is fine)',
      ]),
    );
  });

  it('reports an email that is not an address, more than 8 topics and a definition over 280 characters', async () => {
    const problems = await problemsAfter((c) => {
      edit(path.join(c, 'people/layla-haddad.md'), (t) =>
        t
          .replace('email: layla.haddad@fjordline.example', 'email: layla at fjordline')
          .replace('askMeAbout: [budgets, "who to ask"]', 'askMeAbout: [a, b, c, d, e, f, g, h, i]'),
      );
      edit(path.join(c, 'glossary/wifi.md'), (t) =>
        t.replace('definition: The wireless network the tablets use.', `definition: ${'w'.repeat(281)}`),
      );
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'people/layla-haddad.md:9  email  must be an email address, found "layla at fjordline" → e.g. ada.okafor@example.com',
        expect.stringMatching(/^people\/layla-haddad\.md:8 {2}askMeAbout {2}lists 9 topics, at most 8 are allowed/),
        'glossary/wifi.md:4  definition  is 281 characters long, at most 280 are allowed → shorten it',
      ]),
    );
  });

  it('refuses MDX profiles and import lines in a profile', async () => {
    const problems = await problemsAfter((c) => {
      fs.renameSync(path.join(c, 'people/sam-lee.md'), path.join(c, 'people/sam-lee.mdx'));
      edit(path.join(c, 'people/olga-petrova.md'), (t) => `${t}\nimport Evil from '../evil.js';\n`);
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'people/sam-lee.mdx    profiles are Markdown, not MDX (MDX can run code) → rename it to sam-lee.md and remove any import or JSX',
        expect.stringMatching(
          /^people\/olga-petrova\.md:\d+ {4}an "import" line: profiles are plain Markdown and cannot use code or components → remove the line/,
        ),
      ]),
    );
  });

  it('reports YAML it cannot read, with the line', async () => {
    const problems = await problemsAfter((c) =>
      edit(path.join(c, 'people/sam-lee.md'), (t) =>
        t.replace('role: Service Desk Analyst', 'role: Service Desk: Analyst'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^people\/sam-lee\.md:3 {4}the frontmatter is not valid YAML \(.*\): check quotes and indentation/,
      ),
    ]);
  });

  it('fails on a <Term id> that is not in the glossary, and warns about an alias two terms share', async () => {
    const folder = copyOfFixture();
    edit(path.join(folder, 'stories/a-day-in-the-kitchens.mdx'), (t) =>
      t.replace('The first tablet wakes up.', 'The first <Term id="wi-fi">wireless</Term> tablet wakes up.'),
    );
    edit(path.join(folder, 'glossary/covers.md'), (t) =>
      t.replace('aliases: [cover count]', 'aliases: [cover count, wireless]'),
    );
    const { problems } = await validateContentFolder(folder, TODAY);
    const shown = problems.map(
      (p) =>
        `${path.relative(folder, p.file)}${p.line ? `:${p.line}` : ''}  ${p.field}  ${p.severity ?? 'error'}: ${p.message}`,
    );
    expect(shown).toEqual(
      expect.arrayContaining([
        'stories/a-day-in-the-kitchens.mdx:14  <Term id>  error: "wi-fi" is not in glossary/ → did you mean "wifi"?',
        'glossary/covers.md:3  aliases  warning: "wireless" also names wifi → only one of them gets linked; keep the phrase on one term',
        'glossary/wifi.md:3  aliases  warning: "wireless" also names covers → only one of them gets linked; keep the phrase on one term',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('lists every problem of every file at once', async () => {
    const problems = await problemsAfter((c) => {
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace(/^role: .*\n/m, ''));
      edit(path.join(c, 'teams/core-it.md'), (t) => t.replace('lead: layla-haddad', 'lead: layla'));
      edit(path.join(c, 'glossary/covers.md'), (t) => t.replace('related: [wifi]', 'related: [wi-fi]'));
    });
    expect(problems).toHaveLength(3);
  });
});
