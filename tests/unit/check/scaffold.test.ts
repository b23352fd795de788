import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { freeId, idFromName, scaffoldText, writeScaffold } from '../../../src/lib/check/scaffold-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';
import { SCAFFOLD_ANSWERS } from '../../support/scaffold-answers.ts';

describe('npm run new', () => {
  it('makes an id from a name, transliterating accents', () => {
    expect(idFromName('José Núñez')).toBe('jose-nunez');
    expect(idFromName('Siobhán Ní Bhriain')).toBe('siobhan-ni-bhriain');
    expect(idFromName('Małgorzata Groß')).toBe('malgorzata-gross');
    expect(idFromName('李静')).toBe('李静');
    // Marks that are part of a letter in other scripts stay, and the id is in composed Unicode.
    expect(idFromName('प्रिया शर्मा')).toBe('प्रिया-शर्मा');
    expect(idFromName('김민준')).toBe('김민준'.normalize('NFC'));
  });

  it('picks a free id when the name is taken', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ids-'));
    expect(freeId(folder, 'ada-okafor')).toBe('ada-okafor');
    fs.writeFileSync(path.join(folder, 'ada-okafor.md'), '');
    fs.writeFileSync(path.join(folder, 'ada-okafor-2.md'), '');
    expect(freeId(folder, 'ada-okafor')).toBe('ada-okafor-3');
  });

  it('documents every field in comments, with optional fields commented out', () => {
    const text = scaffoldText('person', { name: 'Ada Okafor', role: 'Analyst', team: 'core-it' });
    expect(text).toContain(
      '# Your name as colleagues know it, in any script. Example: `Ada Okafor`\nname: "Ada Okafor"',
    );
    expect(text).toContain('# pronouns: she/her');
    expect(text).toContain('# askMeAbout: [laptops, "payroll system"]');
  });

  it('writes files that pass the check as written, for every kind', async () => {
    const content = copyOfFixture('org-elsewhere');
    for (const kind of ['person', 'win', 'story', 'glossary', 'initiative', 'strategy', 'feedback']) {
      const [name, answers] = SCAFFOLD_ANSWERS[kind]!;
      writeScaffold(content, kind, name, answers);
    }
    expect(fs.existsSync(path.join(content, 'people/jose-nunez.md'))).toBe(true);
    expect((await validateContentFolder(content, { today: new Date('2026-06-01T00:00:00Z') })).problems).toEqual([]);
  });

  it('never overwrites an existing file', () => {
    const content = copyOfFixture('org-elsewhere');
    const before = fs.readFileSync(path.join(content, 'people/sam-lee.md'), 'utf8');
    const { id } = writeScaffold(content, 'person', 'Sam Lee', { name: 'Sam Lee', role: 'Analyst', team: 'core-it' });
    expect(id).toBe('sam-lee-2');
    expect(fs.readFileSync(path.join(content, 'people/sam-lee.md'), 'utf8')).toBe(before);
  });
});
