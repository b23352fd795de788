/**
 * pulse/questions.yaml and pulse/<yyyy-mm>.csv: the perception survey's results, wave by wave. Answers are
 * collected in the company's survey tool; these files carry only the counts that tool exports.
 */
import { z } from 'astro/zod';
import { count, text, type FieldMeta } from './fields.ts';

/** The group of IT's own staff in a wave; every other group is a department. */
export const IT_GROUP = 'it';

/** One row of a wave: how many in one group answered one question, and how many of them agreed. */
export const pulseRowSchema = z
  .object({
    question: text('it-makes-a-difference')
      .meta({ example: 'it-makes-a-difference' } satisfies FieldMeta)
      .describe('The id of the question, as written in `pulse/questions.yaml`. Example: `it-makes-a-difference`'),
    group: text('finance')
      .meta({ references: 'departments', alsoAllowed: [IT_GROUP], example: 'finance' } satisfies FieldMeta)
      .describe(
        'Who answered: `it` for IT staff, or the id of a file in `departments/` for that department. Example: `finance`',
      ),
    responses: count('48').describe('How many in the group answered the question. Example: `48`'),
    agree: count('21').describe(
      'How many of them agreed (the top two boxes of the scale, as the survey tool counts them). Example: `21`',
    ),
  })
  .superRefine((row, context) => {
    if (row.agree > row.responses)
      context.addIssue({
        code: 'custom',
        path: ['agree'],
        input: row.agree,
        message: `is ${row.agree}, more than the ${row.responses} who answered → agree counts people within responses; check both figures in the survey tool's export`,
      });
  });

export type PulseRow = z.infer<typeof pulseRowSchema>;

/** A question's id: what rows name it by, and what stays when its wording is polished. */
const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** questions.yaml: question id → the wording people answered. */
export const pulseQuestionsSchema = z.record(
  z.string().regex(QUESTION_ID),
  text('IT makes a critical difference to how I do my work.'),
  {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `"${String(issue.input)}" is not a question id → use lowercase words joined by hyphens, e.g. it-makes-a-difference`
        : 'must list each question as "id: wording", one per line → e.g. it-makes-a-difference: IT makes a critical difference to my work.',
  },
);
