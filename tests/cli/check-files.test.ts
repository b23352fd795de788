import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, copyOfFixture } from '../support/build-site.ts';
import { runScript } from '../support/commands.ts';

const check = (args: string[], content: string) => runScript('scripts/check.ts', args, content);

function edit(file: string, from: string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  fs.writeFileSync(file, text.replace(from, to));
}

/** The fixture with a jargon warning in the story, a page nobody named in these tests. */
function contentWithAWarningElsewhere(): string {
  const content = copyOfFixture('org-elsewhere');
  edit(path.join(content, 'glossary/wifi.md'), 'related: []', 'related: []\navoid: [WLAN]\nuseInstead: Wi-Fi');
  edit(
    path.join(content, 'stories/a-day-in-the-kitchens.mdx'),
    'The first tablet wakes up.',
    'The first tablet joins the WLAN.',
  );
  return content;
}

describe('npm run check -- FILE', () => {
  it("shows the named file's problems and not another file's warning, and counts the rest in one line", () => {
    const content = contentWithAWarningElsewhere();
    const sam = path.join(content, 'people/sam-lee.md');
    edit(sam, 'team: core-it', 'team: core-itt');
    const { code, output } = check(['people/sam-lee.md'], content);
    expect(code).toBe(1);
    expect(output).toContain(`${sam}:4  team  "core-itt" is not in teams/ → did you mean "core-it"?`);
    expect(output).not.toContain('WLAN');
    expect(output).toContain('Fix each problem above, then run `npm run check -- people/sam-lee.md` again.');
    expect(output).toMatch(/^The rest of the folder has no errors and \d+ warnings?: npm run check lists them\.$/m);
  });

  it('finds the file from here, from the content folder, or from its absolute path', () => {
    const content = contentWithAWarningElsewhere();
    const sam = path.join(content, 'people/sam-lee.md');
    for (const given of [path.relative(PROJECT_ROOT, sam), 'people/sam-lee.md', sam]) {
      const { code, output } = check([given], content);
      expect(code).toBe(0);
      expect(output).toMatch(/is valid \(the whole folder checked in [\d.]+ s\)\./);
      expect(output).not.toContain('WLAN');
    }
  });

  it("shows a reference in another file that the named file's id breaks", () => {
    const content = copyOfFixture('org-elsewhere');
    // Olga shortens her file name, so her id changes from olga-petrova to olga-petrov.
    fs.renameSync(path.join(content, 'people/olga-petrova.md'), path.join(content, 'people/olga-petrov.md'));
    const { code, output } = check(['people/olga-petrov.md'], content);
    expect(code).toBe(1);
    expect(output).toContain(
      `${path.join(content, 'people/sam-lee.md')}:5  manager  "olga-petrova" is not in people/ → did you mean "olga-petrov"?`,
    );
  });

  it('refuses a file that is not there, or not in the content folder, in one line', () => {
    const content = copyOfFixture('org-elsewhere');
    const missing = check(['people/ada.md'], content);
    expect(missing.code).toBe(2);
    expect(missing.output.trim()).toBe(
      `npm run check: there is no file "people/ada.md" → give the path of a file in ${content}, e.g. npm run check -- ${path.join(content, 'people/your-name.md')}`,
    );
    const outside = check(['package.json'], content);
    expect(outside.code).toBe(2);
    expect(outside.output.trim().split('\n')).toHaveLength(1);
    expect(outside.output).toContain(
      `"package.json" is not in the content folder (${content}) → give a file inside it`,
    );
  });

  it("fails on the named file's warnings only with --strict", () => {
    const content = contentWithAWarningElsewhere();
    const story = 'stories/a-day-in-the-kitchens.mdx';
    const normal = check([story], content);
    expect(normal.code).toBe(0);
    expect(normal.output).toContain(`${path.join(content, story)} is valid (the whole folder checked in`);
    expect(normal.output).toContain('1 warning, none of them errors: they do not stop a build.');
    const strict = check(['--strict', story], content);
    expect(strict.code).toBe(1);
    expect(strict.output).toContain('With --strict, warnings count as problems');
    expect(check(['--strict', 'people/sam-lee.md'], content).code).toBe(0);
  });
});

describe('npm run check -- --grades', () => {
  it('lists the reading grade of each comms page only when asked', () => {
    const content = copyOfFixture('org-elsewhere');
    const sentence = 'The kitchen team bakes bread for every shop before the sun comes up each day. ';
    fs.appendFileSync(path.join(content, 'stories/a-day-in-the-kitchens.mdx'), `\n${sentence.repeat(10)}\n`);
    const quiet = check([], content);
    expect(quiet.code).toBe(0);
    expect(quiet.output).not.toContain('Reading grade');
    const graded = check(['--grades'], content);
    expect(graded.code).toBe(0);
    expect(graded.output).toMatch(
      /Reading grade of each comms page \(Flesch–Kincaid; lower is easier\):\n +[\d.]+ {2}.*a-day-in-the-kitchens\.mdx/,
    );
  });
});
