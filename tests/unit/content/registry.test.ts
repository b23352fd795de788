import { describe, expect, it } from 'vitest';
import { imagesAsPaths, mdxComponentSchemas } from '../../../src/schemas/index.ts';
import { COLLECTIONS, COLLECTION_NAMES, isProse, plainSchema } from '../../../src/lib/content/registry.ts';
import { imageFields, referenceFields } from '../../../src/lib/content/schema-fields.ts';
import type { z } from 'astro/zod';

describe('the registry', () => {
  it('names in every reference field, frontmatter and component alike, a collection it has', () => {
    const targets = [
      ...COLLECTION_NAMES.flatMap((name) => referenceFields(plainSchema(COLLECTIONS[name].schema, imagesAsPaths))),
      ...Object.values(mdxComponentSchemas).flatMap((schema) => referenceFields(schema as unknown as z.ZodType)),
    ].map((r) => r.target);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect(COLLECTION_NAMES).toContain(target);
  });

  it('gives every prose collection a way to opt a page out of glossary links', () => {
    for (const name of COLLECTION_NAMES.filter(isProse)) {
      expect(Object.keys(plainSchema(COLLECTIONS[name].schema, imagesAsPaths).shape), name).toContain('glossary');
    }
  });

  it('finds reference and image fields in the schemas themselves, lists included', () => {
    const people = plainSchema(COLLECTIONS.people.schema, imagesAsPaths);
    expect(referenceFields(people)).toEqual([
      { path: ['team'], target: 'teams' },
      { path: ['manager'], target: 'people' },
      { path: ['serves', '*'], target: 'departments' },
    ]);
    expect(imageFields(people)).toEqual([{ field: 'photo', extensions: ['.jpg', '.jpeg', '.png', '.webp', '.avif'] }]);
  });
});
