import { describe, expect, it } from 'vitest';
import { messageNamesId, problemsOfFiles } from '../../../src/lib/check/problems-of-files.ts';
import type { ContentProblem } from '../../../src/lib/content/problems.ts';

const content = '/org/content';
const ada = { file: `${content}/people/ada.md`, ids: ['ada'] };

const adasTeam: ContentProblem = {
  file: ada.file,
  line: 4,
  field: 'team',
  message: '"platfrom" is not in teams/ → did you mean "platform"?',
};
const samsManager: ContentProblem = {
  file: `${content}/people/sam.md`,
  line: 5,
  field: 'manager',
  message: '"adah" is not in people/ → did you mean "ada"?',
};
const jargonInAStory: ContentProblem = {
  file: `${content}/stories/kitchens.mdx`,
  line: 14,
  column: 20,
  field: '',
  message: '"WLAN" → use "Wi-Fi" (glossary: wifi)',
  severity: 'warning',
};

describe('problemsOfFiles', () => {
  it("shows the named file's problems and leaves another file's warning in the rest", () => {
    expect(problemsOfFiles([adasTeam, jargonInAStory], [ada])).toEqual({
      shown: [adasTeam],
      rest: [jargonInAStory],
    });
  });

  it("shows a problem in another file whose message names the named file's id", () => {
    expect(problemsOfFiles([samsManager, jargonInAStory], [ada]).shown).toEqual([samsManager]);
  });

  it('reads a project-relative problem path from the folder it is relative to', () => {
    const relative = { ...adasTeam, file: 'content/people/ada.md' };
    expect(problemsOfFiles([relative], [ada], '/org').shown).toEqual([relative]);
  });

  it('takes a folder to mean every file inside it, and only those', () => {
    const people = { file: `${content}/people`, ids: ['ada', 'sam'], isFolder: true };
    const peopleList = { ...jargonInAStory, file: `${content}/people-list.md` };
    expect(problemsOfFiles([adasTeam, samsManager, jargonInAStory, peopleList], [people])).toEqual({
      shown: [adasTeam, samsManager],
      rest: [jargonInAStory, peopleList],
    });
  });
});

describe('messageNamesId', () => {
  it('finds an id the validator quotes', () => {
    expect(messageNamesId('has the same id "ada" as ada.mdx → rename one of them', 'ada')).toBe(true);
  });

  it('finds an id in a manager loop', () => {
    const loop = 'the manager chain loops: sam → ada → sam → remove or change one of these managers';
    expect(messageNamesId(loop, 'ada')).toBe(true);
    expect(messageNamesId(loop, 'sam')).toBe(true);
  });

  it('does not take part of a longer id, or a word in prose, for the id', () => {
    expect(messageNamesId('"ada-okafor" is not in people/ → add people/ada-okafor.md first', 'ada')).toBe(false);
    expect(messageNamesId('reads at grade 13, above 12 → use shorter sentences', 'use')).toBe(false);
  });
});
