import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentedSchemas,
  withCurrentFieldTables,
  withEveryFieldTable,
} from '../../../src/lib/check/content-model-docs.ts';
import { fieldsOf } from '../../../src/lib/content/schema-fields.ts';

const guide = fs.readFileSync(new URL('../../../docs/content-model.md', import.meta.url), 'utf8');

describe('the content model guide', () => {
  it('documents the fields exactly as the schemas define them (run `npm run docs` to update)', () => {
    expect(withCurrentFieldTables(guide)).toBe(guide);
  });

  it('describes every field with words, not just a name', () => {
    for (const { name, schema } of documentedSchemas()) {
      for (const field of fieldsOf(schema)) expect(field.description, `${name} ${field.name}`).not.toBe('');
    }
  });

  it('gives every collection, group of fields and MDX component a table, nested groups included', () => {
    const names = documentedSchemas().map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'site.yaml → contact',
        'people/<id>.md',
        'wins/<id>.md(x) → each of outcomes',
        'wins/<id>.md(x) → quote',
        '<Person>',
      ]),
    );
  });

  it('adds a section for a collection the guide does not describe yet', () => {
    const withoutTools = guide.replace(/### tools\/&lt;id&gt;\.md[\s\S]*?(?=\n## )/, '');
    expect(() => withCurrentFieldTables(withoutTools)).toThrow(
      'docs/content-model.md has no table for tools/<id>.md → run `npm run docs`',
    );
    const restored = withEveryFieldTable(withoutTools);
    expect(restored).toContain(
      '### tools/&lt;id&gt;.md\n\n<!-- fields: tools/<id>.md -->\n| Field | Required | What it is |',
    );
  });
});
