import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_SCHEMAS, fieldsOf, withCurrentFieldTables } from '../../../src/lib/content/schema-fields.ts';

const guide = fs.readFileSync(new URL('../../../docs/content-model.md', import.meta.url), 'utf8');

describe('the content model guide', () => {
  it('documents the fields exactly as the schemas define them (run `npm run docs` to update)', () => {
    expect(withCurrentFieldTables(guide)).toBe(guide);
  });

  it('describes every field with words, not just a name', () => {
    for (const [file, schema] of Object.entries(DOCUMENTED_SCHEMAS)) {
      for (const field of fieldsOf(schema as never)) expect(field.description, `${file} ${field.name}`).not.toBe('');
    }
  });
});
