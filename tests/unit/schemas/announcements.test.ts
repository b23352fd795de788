import { describe, expect, it } from 'vitest';
import { announcementSchema, storySchema, imagesAsPaths } from '../../../src/schemas/index.ts';

const valid = { text: 'The IT portal moves on 5 December.', from: '2026-11-20', until: '2026-12-05' };

function problemsOf(input: unknown) {
  const result = announcementSchema.safeParse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the announcement schema', () => {
  it('takes one sentence between two days, with or without a link', () => {
    expect(announcementSchema.safeParse(valid).success).toBe(true);
    expect(announcementSchema.safeParse({ ...valid, link: '/tools/' }).success).toBe(true);
    expect(announcementSchema.safeParse({ ...valid, link: 'https://portal.example.com/' }).success).toBe(true);
    expect(announcementSchema.safeParse({ ...valid, until: valid.from }).success).toBe(true);
  });

  it('reports an until before from on the until line', () => {
    expect(problemsOf({ ...valid, until: '2026-11-19' })).toEqual({
      until: 'is before `from` → the banner would never show; check both days',
    });
  });

  it('refuses a link that is neither a web address nor a path on the site', () => {
    for (const link of ['tools/', '//elsewhere.example.com/', 'javascript:alert(1)']) {
      expect(problemsOf({ ...valid, link }).link).toBe(
        'must be a web address starting https:// or a path on this site starting / → e.g. /tools/',
      );
    }
  });

  it('needs both days, written YYYY-MM-DD', () => {
    const problems = problemsOf({ text: valid.text, from: 'next Monday' });
    expect(problems.from).toBe('must be a date written YYYY-MM-DD, found "next Monday" → e.g. 2026-11-20');
    expect(problems.until).toBe('is required → add it, e.g. 2026-12-05');
  });
});

describe('publishAt on wins, stories and events', () => {
  it('is a calendar day', () => {
    const story = { title: 'S', summary: 'S', kind: 'news', date: '2026-11-01' };
    const parsed = storySchema(imagesAsPaths).parse({ ...story, publishAt: '2026-12-01' });
    expect(parsed.publishAt).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(storySchema(imagesAsPaths).safeParse({ ...story, publishAt: '1 December' }).success).toBe(false);
  });
});
