import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, temporaryFolder } from '../support/build-site.ts';

/**
 * Each case breaks one thing in a copy of a valid organisation and builds it for real:
 * the build must fail, name the file, the field and the fix, and leave the last good dist/ alone.
 */
async function buildBroken(breakIt: (content: string) => void) {
  const content = copyOfFixture('org-elsewhere');
  breakIt(content);
  const dist = path.join(temporaryFolder('broken'), 'dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), 'the last good build');
  const result = await buildSite(content, dist);
  return { ...result, content, dist };
}

function edit(file: string, change: (text: string) => string) {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

describe('a build of broken content', () => {
  it('fails on a missing required field, naming file, line, field and fix', async () => {
    const { code, output, content, dist } = await buildBroken((c) =>
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace(/^role: .*\n/m, '')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${path.join(content, 'people/sam-lee.md')}  role  is required → add it, e.g. Service Desk Analyst`,
    );
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('fails on a wrong type and a bad date, listing both at once', async () => {
    const { code, output, content } = await buildBroken((c) => {
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('joined: 2026-10-12', 'joined: last autumn'));
      edit(path.join(c, 'people/olga-petrova.md'), (t) =>
        t.replace('serves: [kitchens, logistics]', 'serves: kitchens'),
      );
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${path.join(content, 'people/sam-lee.md')}:6  joined  must be a date written YYYY-MM-DD, found "last autumn" → e.g. 2021-09-06`,
    );
    expect(output).toContain(
      `${path.join(content, 'people/olga-petrova.md')}:6  serves  must be a list of ids from departments/, found "kitchens" → e.g. [finance, sales]`,
    );
  });

  it('fails on a month that is not YYYY-MM', async () => {
    const { code, output } = await buildBroken((c) =>
      edit(path.join(c, 'wins/tablets-in-every-kitchen.mdx'), (t) => t.replace('"2026-09"', 'September')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /wins\/tablets-in-every-kitchen\.mdx:3 {2}month {2}must be a month written YYYY-MM, found "September"/,
    );
  });

  it('fails on an unknown enum value, listing the allowed ones', async () => {
    const { code, output } = await buildBroken((c) =>
      edit(path.join(c, 'stories/a-day-in-the-kitchens.mdx'), (t) =>
        t.replace('kind: day-in-the-life', 'kind: feature'),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /a-day-in-the-kitchens\.mdx:5 {2}kind {2}must be one of: spotlight, day-in-the-life, explainer, news, found "feature"/,
    );
  });

  it('fails on a reference to a missing entry, suggesting the closest id', async () => {
    const { code, output } = await buildBroken((c) =>
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('team: core-it', 'team: core-itt')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/people\/sam-lee\.md:4 {2}team {2}"core-itt" is not in teams\/ → did you mean "core-it"\?/);
  });

  it('fails on a manager cycle', async () => {
    const { code, output } = await buildBroken((c) =>
      edit(path.join(c, 'people/layla-haddad.md'), (t) =>
        t.replace('team: core-it', 'team: core-it\nmanager: sam-lee'),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /manager {2}the manager chain loops: .*layla-haddad.* → remove or change one of these managers/,
    );
  });

  it('refuses an MDX profile, since MDX can run code', async () => {
    const { code, output } = await buildBroken((c) =>
      fs.renameSync(path.join(c, 'people/sam-lee.md'), path.join(c, 'people/sam-lee.mdx')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /people\/sam-lee\.mdx {2}profiles are Markdown, not MDX \(MDX can run code\) → rename it to sam-lee\.md/,
    );
  });

  it('fails on a <Person> mention of someone who is not in people/, before any page is built', async () => {
    const { code, output, dist } = await buildBroken((c) =>
      edit(path.join(c, 'stories/a-day-in-the-kitchens.mdx'), (t) =>
        t.replace('<Person id="sam-lee" />', '<Person id="sam-le" />'),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /a-day-in-the-kitchens\.mdx:\d+:\d+ {2}<Person id> {2}"sam-le" is not in people\/ → did you mean "sam-lee"\?/,
    );
    expect(output).not.toContain('generating static routes');
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the last good build');
  });

  it('leaves no part of a build whose page fails while cards are being drawn', async () => {
    const { code, output, dist } = await buildBroken((c) =>
      edit(
        path.join(c, 'stories/a-day-in-the-kitchens.mdx'),
        (t) => `${t}\n{(() => { throw new Error('this page cannot be rendered'); })()}\n`,
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('this page cannot be rendered');
    // The story fails while cards are already being drawn into the new build: none of it may be left.
    expect(output).toContain('/cards/manifest.json');
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the last good build');
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });
});

describe('a build with a missing photo', () => {
  it('names the profile and the photo field, and lists the images that are there', async () => {
    const { code, output } = await buildBroken((c) =>
      edit(path.join(c, 'people/layla-haddad.md'), (t) => t.replace('./layla-haddad.jpg', './layla.jpg')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /people\/layla-haddad\.md:5 {2}photo {2}"\.\/layla\.jpg" is not a file beside layla-haddad\.md → .*\(images there: layla-haddad\.jpg\)/,
    );
  });
});

describe('a build with an SVG photo', () => {
  it('refuses it, since an SVG can carry a script and cannot be resized', async () => {
    const { code, output } = await buildBroken((c) => {
      fs.writeFileSync(
        path.join(c, 'people/sam-lee.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      edit(path.join(c, 'people/sam-lee.md'), (t) => t.replace('team: core-it', 'team: core-it\nphoto: ./sam-lee.svg'));
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /people\/sam-lee\.md:5 {2}photo {2}"\.\/sam-lee\.svg" is a \.svg; pictures here must be \.jpg, \.jpeg, \.png, \.webp, \.avif → save the picture as JPEG or PNG/,
    );
  });
});
