import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagesAsPaths } from '../../../src/schemas/index.ts';
import { scaffoldKind, scaffoldKinds, scaffoldText, writeScaffold } from '../../../src/lib/check/scaffold-fs.ts';
import { COLLECTIONS, plainSchema } from '../../../src/lib/content/registry.ts';
import { fieldsOf } from '../../../src/lib/content/schema-fields.ts';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';
import { SCAFFOLD_ANSWERS as GIVEN } from '../../support/scaffold-answers.ts';

/**
 * The problems uncommenting may still leave, each pinned so that it is noticed when it goes: the fixture has
 * no tools/, so an event's `tools` falls back to the schema's example.
 */
const EXPECTED: Record<string, string[]> = {
  event: ['tools.0  "power-bi" is not in tools/ → add tools/power-bi.md first'],
};

/** The file with the `#` taken off every example line: `# field: …` and the lines of a group under it. */
function uncommented(text: string, fields: readonly string[]): string {
  let inExample = false;
  return text
    .split('\n')
    .map((line) => {
      const field = line.match(/^# ([A-Za-z]+):(?: |$)/)?.[1];
      if (field && fields.includes(field)) inExample = true;
      else if (!(inExample && line.startsWith('#   '))) inExample = false;
      return inExample ? line.slice(2) : line;
    })
    .join('\n');
}

describe('npm run new: the commented examples', () => {
  it('has an entry to give for every kind', () => {
    expect(Object.keys(GIVEN).sort()).toEqual(scaffoldKinds().sort());
  });

  it.each(scaffoldKinds())('of a %s are valid once uncommented, naming ids the organisation has', async (kind) => {
    const content = copyOfFixture('org-elsewhere');
    const [name, values] = GIVEN[kind]!;
    const { file } = writeScaffold(content, kind, name, values);
    const { collection } = scaffoldKind(kind)!;
    const fields = fieldsOf(plainSchema(COLLECTIONS[collection].schema, imagesAsPaths)).map((field) => field.name);
    const text = uncommented(fs.readFileSync(file, 'utf8'), fields);
    expect(text).not.toMatch(/^# [A-Za-z]+: /m);
    // An image example names a picture the contributor puts beside the file; here it is the fixture's photo.
    for (const [, picture] of text.matchAll(/^\w+: (\.\/[\w.-]+\.jpe?g)$/gm)) {
      fs.copyFileSync(path.join(content, 'people/layla-haddad.jpg'), path.join(path.dirname(file), picture!));
    }
    fs.writeFileSync(file, text);
    const { problems } = await validateContentFolder(content, { today: new Date('2026-06-01T00:00:00Z') });
    const errors = problems.filter((problem) => problem.file === file && problem.severity !== 'warning');
    expect(errors.map((problem) => `${problem.field}  ${problem.message}`)).toEqual(EXPECTED[kind] ?? []);
  });

  it('names the first id of the folder for a reference, and the schema example when the folder has none', () => {
    const content = copyOfFixture('org-elsewhere');
    const values = { name: 'Ada Okafor', role: 'Analyst', team: 'core-it' };
    const inFixture = scaffoldText('person', values, { folder: content, id: 'ada-okafor' });
    expect(inFixture).toContain('# manager: layla-haddad');
    expect(inFixture).toContain('# serves: [kitchens, logistics]');
    expect(inFixture).toContain('# chat: "@ada.okafor"');
    const ownId = scaffoldText('person', values, { folder: content, id: 'layla-haddad' });
    expect(ownId).toContain('# manager: olga-petrova');
    expect(scaffoldText('person', values)).toContain('# manager: grace-lin');
  });
});
