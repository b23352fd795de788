/** A content folder is not to be trusted: files that hide, link out, or show pictures from elsewhere. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/org-elsewhere');
const TODAY = { today: new Date('2026-06-01T00:00:00Z') };
const PROFILE = (body: string) => `---\nname: Sam Lee\nrole: Analyst\nteam: core-it\n---\n\n${body}\n`;

async function problemsWith(change: (folder: string) => void | Promise<void>): Promise<string[]> {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'untrusted-')), 'content');
  fs.cpSync(FIXTURE, folder, { recursive: true });
  await change(folder);
  const { problems } = await validateContentFolder(folder, TODAY);
  return problems.map(
    (p) =>
      `${path.relative(folder, p.file)}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''}  ${p.field}  ${p.message}`,
  );
}

describe('pictures in a body', () => {
  it('are found by an HTML parser, so quotes holding ">" hide nothing', async () => {
    const problems = await problemsWith((c) =>
      fs.writeFileSync(
        path.join(c, 'people/pixel.md'),
        PROFILE(
          '<img alt=">" src="https://evil.example/p.png">\n\n<picture><source srcset="https://evil.example/q.png 2x"></picture>',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^people\/pixel\.md:7:1 {4}the picture "https:\/\/evil\.example\/p\.png" is an address/),
      expect.stringMatching(/^people\/pixel\.md:9:10 {4}the picture "https:\/\/evil\.example\/q\.png" is an address/),
    ]);
  });

  it('in MDX may not compute their address, since nothing could check where it loads from', async () => {
    const problems = await problemsWith((c) =>
      fs.appendFileSync(
        path.join(c, 'stories/a-day-in-the-kitchens.mdx'),
        '\n<img src={"https://evil.example/p.png"} alt="" />\n\nexport const photo = "./x.png"\n\n<img src={photo} alt="" />\n',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /a-day-in-the-kitchens\.mdx:16:1 {4}the picture "https:\/\/evil\.example\/p\.png" is an address/,
      ),
      expect.stringMatching(/a-day-in-the-kitchens\.mdx:20:1 {4}the picture's address \{photo\} is computed/),
    ]);
  });

  it('are photos or GIFs, checked by their bytes: no SVG, no document renamed .jpg', async () => {
    const problems = await problemsWith(async (c) => {
      fs.writeFileSync(
        path.join(c, 'people/drawing.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      fs.writeFileSync(path.join(c, 'people/renamed.jpg'), '%PDF-1.4 not a picture');
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#888' } })
        .png()
        .toFile(path.join(c, 'people/fine.png'));
      fs.writeFileSync(
        path.join(c, 'people/pictures.md'),
        PROFILE('![a drawing](./drawing.svg)\n\n![a document](./renamed.jpg)\n\n![fine](./fine.png)'),
      );
    });
    expect(problems).toEqual([
      'people/pictures.md:7:1    the picture "./drawing.svg" is a .svg; pictures here must be .jpg, .jpeg, .png, .webp, .avif, .gif → save the picture as JPEG or PNG',
      'people/pictures.md:9:1    the picture "./renamed.jpg" is not an image that can be read → save it again as JPEG or PNG',
    ]);
  });
});

describe('files in a collection folder', () => {
  it('that hide, link to a folder, have no name to make an address from, or lead site.yaml out of the folder', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'site.yaml'), fs.readFileSync(path.join(FIXTURE, 'site.yaml')));
    const problems = await problemsWith((c) => {
      fs.symlinkSync(path.join(c, 'people/nowhere.md'), path.join(c, 'people/.#sam-lee.md'));
      fs.writeFileSync(path.join(c, 'people/.sam-lee.md'), PROFILE('A hidden copy.'));
      fs.mkdirSync(path.join(c, 'people/folder'));
      fs.symlinkSync(path.join(c, 'people/folder'), path.join(c, 'people/linked.md'));
      fs.writeFileSync(path.join(c, 'people/🚀.md'), PROFILE('A rocket.'));
      fs.rmSync(path.join(c, 'site.yaml'));
      fs.symlinkSync(path.join(outside, 'site.yaml'), path.join(c, 'site.yaml'));
    });
    expect(problems).toEqual([
      "people/🚀.md    has a name with no letter or digit to make the page's address from → rename the file, e.g. month-end-close.md",
      'people/linked.md    cannot be read (EISDIR) → make it a plain text file',
      'site.yaml    is a link to a file outside the content folder → copy the file itself into the folder',
    ]);
  });

  it('end their frontmatter only at a line of ---, never halfway through a value', async () => {
    const problems = await problemsWith((c) =>
      fs.writeFileSync(
        path.join(c, 'people/sam-lee.md'),
        '---\nname: Sam --- Lee\nrole: Analyst\nteam: core-it\njoined: 2026-02-30\n---\n\nHi.\n',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^people\/sam-lee\.md:5 {2}joined {2}"2026-02-30" is not a day in the calendar/),
    ]);
  });
});
