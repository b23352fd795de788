/** announcements/<id>.md: one sentence shown in a banner on every page between two days. */
import type { z } from 'astro/zod';
import { calendarDate, entryObject, text } from './fields.ts';

/** A web address, or a path on this site (served under its base path). */
const announcementLink = (example: string) =>
  text(example).refine((value) => /^https?:\/\/[^\s]+$/.test(value) || /^\/[^\s/][^\s]*$|^\/$/.test(value), {
    error: `must be a web address starting https:// or a path on this site starting / → e.g. ${example}`,
  });

export const announcementSchema = entryObject({
  text: text('The IT portal moves to a new address on 5 December: bookmarks keep working.').describe(
    'One plain sentence, shown as it is written (no Markdown). Example: `The IT portal moves on 5 December.`',
  ),
  link: announcementLink('/tools/')
    .optional()
    .describe(
      'Where to read more: a web address, or a path on this site starting `/`. Example: `/stories/new-portal/`',
    ),
  from: calendarDate('2026-11-20').describe('The first day the banner shows, YYYY-MM-DD. Example: `2026-11-20`'),
  until: calendarDate('2026-12-05').describe(
    'The last day the banner shows, YYYY-MM-DD, not before `from`. Example: `2026-12-05`',
  ),
}).refine((announcement) => announcement.until >= announcement.from, {
  error: 'is before `from` → the banner would never show; check both days',
  path: ['until'],
});

export type AnnouncementInput = z.input<typeof announcementSchema>;
