/**
 * What a hostile or careless pull request tried, each reproduced against the real build, which is the only
 * gate between it and every employee's browser: it must stop, with the same lines as `npm run check`, and
 * publish nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfFixture } from '../support/build-site.ts';
import { checkAndBuild } from '../support/check-and-build.ts';

const PROFILE = (fields: string, body = 'I help.') =>
  `---\nname: Sam Lee\nrole: Analyst\nteam: core-it\n${fields}---\n\n${body}\n`;

function write(content: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  fs.writeFileSync(path.join(content, file), text);
}

async function expectStopped(content: string) {
  const result = await checkAndBuild(content);
  expect(result.check.code, result.check.output).toBe(1);
  expect(result.build.code).not.toBe(0);
  expect(result.build.lines).toEqual(result.check.lines);
  expect(fs.existsSync(result.dist)).toBe(false);
  return result.check.lines.map((line) => line.slice(content.length + 1));
}

describe('the build refuses', () => {
  it('photos from anywhere but a file inside the content folder, and profiles that link out of it', async () => {
    const content = copyOfFixture('org-elsewhere');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.copyFileSync(path.join(content, 'people/layla-haddad.jpg'), path.join(outside, 'someone.jpg'));
    fs.writeFileSync(path.join(outside, 'profile.md'), PROFILE(''));
    write(content, 'people/tracker.md', PROFILE('photo: "https://tracker.example/me.jpg"\n'));
    write(content, 'people/script.md', PROFILE('photo: "javascript:alert(1)"\n'));
    write(content, 'people/inline.md', PROFILE('photo: "data:image/png;base64,AAAA"\n'));
    write(content, 'people/climber.md', PROFILE(`photo: ../../../${path.relative('/', outside)}/someone.jpg\n`));
    write(content, 'people/absolute.md', PROFILE(`photo: ${path.join(outside, 'someone.jpg')}\n`));
    write(content, 'people/linked.md', PROFILE('photo: ./linked.jpg\n'));
    fs.symlinkSync(path.join(outside, 'someone.jpg'), path.join(content, 'people/linked.jpg'));
    fs.symlinkSync(path.join(outside, 'profile.md'), path.join(content, 'people/borrowed.md'));
    fs.mkdirSync(path.join(outside, 'glossary'));
    fs.writeFileSync(
      path.join(outside, 'glossary/secret.md'),
      '---\nterm: Secret\ndefinition: Read from outside.\n---\n',
    );
    fs.rmSync(path.join(content, 'glossary'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'glossary'), path.join(content, 'glossary'));

    expect(await expectStopped(content)).toEqual([
      'glossary/secret.md  is reached through a linked folder that leads outside the content folder → copy the folder itself into the content folder',
      'people/absolute.md:5  photo  "' +
        path.join(outside, 'someone.jpg') +
        '" is an absolute path → put the picture beside absolute.md and write ./someone.jpg',
      'people/borrowed.md  is a link to a file outside the content folder → copy the file itself into the folder',
      expect.stringMatching(
        /^people\/climber\.md:5 {2}photo {2}".*someone\.jpg" leads outside the content folder → put the picture beside climber\.md/,
      ),
      expect.stringMatching(
        /^people\/inline\.md:5 {2}photo {2}"data:image\/png;base64,AAAA" is an address, not a file in the content folder/,
      ),
      'people/linked.md:5  photo  "./linked.jpg" is a link to a file outside the content folder → copy the picture itself into the folder',
      expect.stringMatching(/^people\/script\.md:5 {2}photo {2}"javascript:alert\(1\)" is an address/),
      expect.stringMatching(
        /^people\/tracker\.md:5 {2}photo {2}"https:\/\/tracker\.example\/me\.jpg" is an address, not a file in the content folder; pictures are never loaded from elsewhere → save it beside tracker\.md and write \.\/me\.jpg/,
      ),
      // The fixture's own page past review: a warning, after the problems.
      expect.stringMatching(/connected-kitchens\.mdx:9 {2}reviewBy/),
    ]);
  });

  it('pictures in a body that load from another host, in Markdown, HTML or MDX', async () => {
    const content = copyOfFixture('org-elsewhere');
    write(
      content,
      'people/pixel.md',
      PROFILE(
        '',
        'Hi ![me](https://tracker.example/p.png)\n\n<img src="https://tracker.example/q.png">\n\n<iframe src="https://evil.example/"></iframe>',
      ),
    );
    fs.appendFileSync(
      path.join(content, 'stories/a-day-in-the-kitchens.mdx'),
      '\n<img src="//cdn.example/r.png" alt="" />\n',
    );
    expect(await expectStopped(content)).toEqual([
      expect.stringMatching(/^people\/pixel\.md:7:4 {2}the picture "https:\/\/tracker\.example\/p\.png" is an address/),
      expect.stringMatching(/^people\/pixel\.md:9:1 {2}the picture "https:\/\/tracker\.example\/q\.png" is an address/),
      expect.stringMatching(/^people\/pixel\.md:11:1 {2}the picture "https:\/\/evil\.example\/" is an address/),
      expect.stringMatching(
        /^stories\/a-day-in-the-kitchens\.mdx:\d+:1 {2}the picture "\/\/cdn\.example\/r\.png" is an address/,
      ),
      expect.stringMatching(/connected-kitchens\.mdx:9 {2}reviewBy/),
    ]);
  });

  it('two files whose ids collide, by case, by a space, or by Unicode normalisation, instead of dropping one', async () => {
    const content = copyOfFixture('org-elsewhere');
    write(content, 'people/Sam-Lee.md', PROFILE(''));
    write(content, 'people/sam lee.md', PROFILE(''));
    write(content, 'people/jos\u00e9.md', PROFILE('').replace('Sam Lee', 'José'));
    write(content, 'people/jose\u0301.md', PROFILE('').replace('Sam Lee', 'José'));
    const lines = await expectStopped(content);
    expect(lines).toEqual(
      expect.arrayContaining([
        'people/Sam-Lee.md  has the same id "sam-lee" as sam lee.md, sam-lee.md → rename one of them, ids come from file names',
        'people/sam lee.md  has the same id "sam-lee" as Sam-Lee.md, sam-lee.md → rename one of them, ids come from file names',
        expect.stringMatching(/^people\/jos.*\.md {2}has the same id "josé" as jos.*\.md/),
      ]),
    );
    expect(lines.filter((line) => line.includes('has the same id "josé"'))).toHaveLength(2);
  });

  it('a day that is not in the calendar, quoted or not, and names with invisible or direction-changing characters', async () => {
    const content = copyOfFixture('org-elsewhere');
    const edit = (file: string, change: (text: string) => string) =>
      fs.writeFileSync(path.join(content, file), change(fs.readFileSync(path.join(content, file), 'utf8')));
    edit('people/sam-lee.md', (t) => t.replace('joined: 2026-10-12', 'joined: 2026-02-30'));
    edit('stories/a-day-in-the-kitchens.mdx', (t) => t.replace('date: 2026-10-20', 'date: "2026-04-31"'));
    edit('people/olga-petrova.md', (t) => t.replace(/^name: .*$/m, 'name: "Olga \u202ePetrova"'));
    write(content, 'people/twin.md', PROFILE('').replace('Sam Lee', 'Sam\u200b Lee'));
    expect(await expectStopped(content)).toEqual([
      'people/olga-petrova.md:2  name  has an invisible character, U+202E (right-to-left override), at character 6 → type the text again without it; invisible characters can make one name look like another',
      'people/sam-lee.md:6  joined  "2026-02-30" is not a day in the calendar → check the day and the month, e.g. 2021-09-06',
      'people/twin.md:2  name  has an invisible character, U+200B (zero-width space), at character 4 → type the text again without it; invisible characters can make one name look like another',
      'stories/a-day-in-the-kitchens.mdx:4  date  "2026-04-31" is not a day in the calendar → check the day and the month, e.g. 2026-03-18',
      expect.stringMatching(/connected-kitchens\.mdx:9 {2}reviewBy/),
    ]);
  });
});
