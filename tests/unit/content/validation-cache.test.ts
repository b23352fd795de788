/**
 * Validating again in `npm run dev` keeps the checks of entries that read as before: what it says must be
 * exactly what a fresh validation says, after any edit a writer makes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { createValidationCache } from '../../../src/lib/content/validation-cache-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';

const today = new Date('2026-11-20');

/** The lines `check` would print, and the grades, from a validation with the cache and one without. */
async function bothWays(folder: string, cache: ReturnType<typeof createValidationCache>) {
  const summary = (content: Awaited<ReturnType<typeof validateContentFolder>>) => ({
    problems: content.problems,
    readingLevels: content.readingLevels,
    ids: Object.values(content.entries).flatMap((entries) => entries.map((e) => `${e.collection}/${e.id}`)),
  });
  const cached = summary(await validateContentFolder(folder, { today, cache }));
  const fresh = summary(await validateContentFolder(folder, { today }));
  expect(cached).toEqual(fresh);
  return cached;
}

function edit(folder: string, file: string, change: (text: string) => string) {
  const at = path.join(folder, file);
  fs.writeFileSync(at, change(fs.readFileSync(at, 'utf8')));
}

describe('validating again with the last validation kept', () => {
  it('says what a fresh validation says after each edit: a mistake made, mended, a file added and removed', async () => {
    const folder = copyOfFixture('org-elsewhere');
    const cache = createValidationCache();
    const first = await bothWays(folder, cache);
    expect(first.problems.filter((p) => p.severity !== 'warning')).toEqual([]);

    edit(folder, 'people/sam-lee.md', (t) => t.replace('team: core-it', 'team: core-ti'));
    const mistaken = await bothWays(folder, cache);
    expect(mistaken.problems.map((p) => `${path.basename(p.file)} ${p.field}`)).toContain('sam-lee.md team');

    edit(folder, 'people/sam-lee.md', (t) => t.replace('team: core-ti', 'team: core-it'));
    expect((await bothWays(folder, cache)).problems).toEqual(first.problems);

    fs.writeFileSync(path.join(folder, 'people', 'new-person.md'), '---\nname: New Person\nrole: Analyst\n---\n');
    const added = await bothWays(folder, cache);
    expect(added.ids).toContain('people/new-person');
    fs.rmSync(path.join(folder, 'people', 'new-person.md'));
    expect((await bothWays(folder, cache)).ids).toEqual(first.ids);
  });

  it('checks a profile again when its photo goes missing or comes back, though its text did not change', async () => {
    const folder = copyOfFixture('org-elsewhere');
    const cache = createValidationCache();
    await bothWays(folder, cache);
    const photo = path.join(folder, 'people', 'layla-haddad.jpg');
    const kept = fs.readFileSync(photo);
    fs.rmSync(photo);
    const missing = await bothWays(folder, cache);
    expect(missing.problems.some((p) => p.file.endsWith('layla-haddad.md') && p.severity !== 'warning')).toBe(true);
    fs.writeFileSync(photo, kept);
    const back = await bothWays(folder, cache);
    expect(back.problems.some((p) => p.file.endsWith('layla-haddad.md') && p.severity !== 'warning')).toBe(false);
  });

  it('reads prose again under a changed glossary: a phrase newly to avoid is flagged in a story not edited', async () => {
    const folder = copyOfFixture('org-elsewhere');
    const cache = createValidationCache();
    await bothWays(folder, cache);
    const story = fs.readFileSync(path.join(folder, 'stories', 'a-day-in-the-kitchens.mdx'), 'utf8');
    const word = story.match(/The first (\w+)/)![1]!;
    edit(folder, 'glossary/covers.md', (t) => t.replace('related: [wifi]', `related: [wifi]\navoid: [${word}]`));
    const flagged = await bothWays(folder, cache);
    expect(flagged.problems.some((p) => p.file.endsWith('a-day-in-the-kitchens.mdx') && p.message.includes(word))).toBe(
      true,
    );
  });
});
