/** people/<id>.md: one IT staff member's profile, written by themselves. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { calendarDate, email, entryObject, idOf, idsOf, imageFile, text, textList } from './fields.ts';

export const MAX_ASK_ME_ABOUT = 8;

export const personSchema = (context: SchemaContext) =>
  entryObject({
    name: text('Ada Okafor').describe('Your name as colleagues know it, in any script. Example: `Ada Okafor`'),
    role: text('Service Desk Analyst').describe('Your job title in plain words. Example: `Service Desk Analyst`'),
    team: idOf('teams', 'service-desk').describe('Your IT team: the id of a file in `teams/`.'),
    photo: imageFile(context)
      .optional()
      .describe(
        "A photo file beside your profile, path starting with `./`: JPEG or PNG, straight from a phone is fine (up to 50 MB and 100 megapixels); the site shows small copies without the photo's location or camera details. Without one an initials avatar is drawn. Example: `./ada-okafor.jpg`",
      ),
    pronouns: text('she/her').optional().describe('How to refer to you. Example: `she/her`'),
    location: text('Leeds').optional().describe('Where you usually work. Example: `Leeds office`'),
    joined: calendarDate('2021-09-06').optional().describe('The day you joined, YYYY-MM-DD. Example: `2021-09-06`'),
    manager: idOf('people', 'grace-lin')
      .optional()
      .describe('Your manager: the id of a file in `people/`. Leave out if you lead IT.'),
    serves: idsOf('departments', ['finance', 'sales'])
      .default([])
      .describe('The business departments you work for: ids of files in `departments/`.'),
    askMeAbout: textList('payroll system')
      .max(MAX_ASK_ME_ABOUT, {
        error: (issue) =>
          `lists ${String((issue.input as unknown[]).length)} topics, at most ${MAX_ASK_ME_ABOUT} are allowed → keep the ones colleagues ask about most`,
      })
      .default([])
      .describe(
        `Topics colleagues can ask you about, at most ${MAX_ASK_ME_ABOUT}. Example: \`[laptops, "payroll system"]\``,
      ),
    email: email().optional().describe('Your work email address. Example: `ada.okafor@example.com`'),
    chat: text('@ada').optional().describe('Your chat handle or a link to chat with you. Example: `@ada.okafor`'),
  });

export type PersonInput = z.input<ReturnType<typeof personSchema>>;
