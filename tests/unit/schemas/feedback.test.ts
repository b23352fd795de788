import { describe, expect, it } from 'vitest';
import { feedbackSchema } from '../../../src/schemas/feedback.ts';
import { imagesAsPaths } from '../../../src/schemas/fields.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

const valid = {
  said: 'Scanners drop out in the back aisles of the Antwerp warehouse.',
  did: 'We measured the signal aisle by aisle and added four access points.',
  date: '2026-10-14',
  departments: ['operations'],
};

function problemsOf(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input) as {
    success: boolean;
    error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
  };
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('a "you said, we did" entry', () => {
  it('takes what was said, what was done, the day and the departments, with an initiative and a win if any', () => {
    expect(feedbackSchema.safeParse(valid).success).toBe(true);
    const linked = feedbackSchema.parse({ ...valid, initiative: 'warehouse-wifi', win: 'scanner-wifi' });
    expect(linked.date).toEqual(new Date('2026-10-14T00:00:00Z'));
  });

  it('says how to add each field that is missing', () => {
    expect(problemsOf(feedbackSchema, {})).toEqual({
      said: 'is required → add it, e.g. Scanners drop out in the back aisles of the Antwerp warehouse.',
      did: 'is required → add it, e.g. We measured the signal aisle by aisle and added four access points.',
      date: 'is required → add it, e.g. 2026-10-14',
      departments: 'is required → add it, e.g. [operations]',
    });
  });

  it('needs at least one department', () => {
    expect(problemsOf(feedbackSchema, { ...valid, departments: [] }).departments).toBe(
      'needs at least 1 entry from departments/ → e.g. [operations]',
    );
  });

  it('refuses a date that is not YYYY-MM-DD, and a field it does not know', () => {
    const problems = problemsOf(feedbackSchema, { ...valid, date: 'last week', says: 'x' });
    expect(problems.date).toBe('must be a date written YYYY-MM-DD, found "last week" → e.g. 2026-10-14');
    expect(problems['']).toBe('"says" is not a field → did you mean "said"?');
  });
});

describe("site.yaml's feedback and editUrl", () => {
  const site = {
    url: 'https://intranet.example.com',
    organisation: 'Example',
    title: 'Example IT',
    description: 'D',
    contact: { name: 'Comms', email: 'comms@example.com' },
  };
  const schema = siteSchema(imagesAsPaths);

  it('are optional, and take web addresses with {url} and {title} in them', () => {
    expect(schema.safeParse(site).success).toBe(true);
    const parsed = schema.parse({
      ...site,
      feedback: 'https://forms.example.com/r/page?page={url}&title={title}',
      editUrl: 'https://git.example.com/it/one-team/-/edit/main/src/content/',
    });
    expect(parsed.feedback).toBe('https://forms.example.com/r/page?page={url}&title={title}');
  });

  it('refuse an address that is not a web address', () => {
    expect(problemsOf(schema, { ...site, feedback: 'forms.example.com/page' }).feedback).toBe(
      'must be a web address starting https:// → e.g. https://forms.example.com/page-feedback?page={url}&title={title}',
    );
    expect(problemsOf(schema, { ...site, editUrl: 'git@git.example.com:it/one-team.git' }).editUrl).toBe(
      'must be a web address starting https:// → e.g. https://git.example.com/it/one-team/-/edit/main/src/content/',
    );
  });

  it('ask for the / at the end of editUrl, giving the address with it', () => {
    expect(problemsOf(schema, { ...site, editUrl: 'https://git.example.com/edit/main/content' }).editUrl).toBe(
      'must end with "/", since the path of a page\'s file in the content folder is added after it → write https://git.example.com/edit/main/content/',
    );
  });
});
