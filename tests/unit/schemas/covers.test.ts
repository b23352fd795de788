import { describe, expect, it } from 'vitest';
import { imagesAsPaths } from '../../../src/schemas/index.ts';
import { COLLECTIONS, plainSchema } from '../../../src/lib/content/registry.ts';
import { imageFields } from '../../../src/lib/content/schema-fields.ts';

const PICTURES = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

describe('cover pictures', () => {
  it('lets a story, a win and an initiative name a cover picture beside the file, and none needs one', () => {
    for (const name of ['stories', 'wins', 'initiatives'] as const) {
      const schema = plainSchema(COLLECTIONS[name].schema, imagesAsPaths);
      expect(imageFields(schema), name).toContainEqual({ field: 'cover', extensions: PICTURES });
      expect(schema.shape.cover.safeParse(undefined).success, name).toBe(true);
    }
  });

  it('takes the cover as written, a path beside the entry', () => {
    const win = plainSchema(COLLECTIONS.wins.schema, imagesAsPaths).parse({
      title: 'Scanners that last a shift',
      month: '2026-03',
      goal: 'Pick without stopping to charge',
      departments: ['operations'],
      people: ['ada'],
      outcomes: [{ metric: 'Charging stops per shift', before: 3, after: 0 }],
      cover: './scanners.webp',
    });
    expect(win.cover).toBe('./scanners.webp');
  });
});
