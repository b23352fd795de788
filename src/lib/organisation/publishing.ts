/** What a build publishes on its day: entries scheduled with `publishAt`, and the announcement in the banner. */
import type { Announcement } from './organisation.ts';

/** Whether an entry is out by `today`: never a draft, and not before its `publishAt` day. */
export function isPublished(entry: { data: { draft?: boolean; publishAt?: Date } }, today: Date): boolean {
  const { draft, publishAt } = entry.data;
  return !draft && (publishAt === undefined || publishAt.getTime() <= today.getTime());
}

/** Whether `today` (any time of that day, UTC) falls between an announcement's `from` and `until`, both included. */
export function isCurrent(announcement: Pick<Announcement, 'data'>, today: Date): boolean {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return announcement.data.from.getTime() <= day && day <= announcement.data.until.getTime();
}

/**
 * The one announcement the banner shows on `today`: of those current, the one that ends soonest, as it is
 * the most pressing and returns its place soonest; one line keeps every page compact (the 50 KB budget).
 * Ties go to the one that began latest, the newer news, then by id so builds agree.
 */
export function currentAnnouncement<A extends Pick<Announcement, 'id' | 'data'>>(
  announcements: readonly A[],
  today: Date,
): A | undefined {
  return announcements
    .filter((announcement) => isCurrent(announcement, today))
    .sort(
      (a, b) =>
        a.data.until.getTime() - b.data.until.getTime() ||
        b.data.from.getTime() - a.data.from.getTime() ||
        a.id.localeCompare(b.id),
    )[0];
}
