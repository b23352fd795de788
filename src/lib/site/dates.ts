/** Dates and months shown to readers, in the site's locale; content dates are calendar days, so always UTC. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and style for the whole build: making one costs far more than formatting with it
 * (a warm build of 1,000 people spent 0.28 s of its page phase making them, one per date shown).
 */
function formatter(locale: string, style: 'day' | 'month' | 'short month'): Intl.DateTimeFormat {
  const key = `${locale}\0${style}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, {
      ...(style === 'day' ? { day: 'numeric' } : {}),
      month: style === 'short month' ? 'short' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, made);
  }
  return made;
}

export function formatDay(date: Date, locale: string): string {
  return formatter(locale, 'day').format(date);
}

/** "2026-10" → "October 2026". */
export function formatMonth(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return formatter(locale, 'month').format(new Date(Date.UTC(year!, monthNumber! - 1, 1)));
}

/** "2026-03" as "Mar 2026": a chart's axis, where a full month name would crowd its neighbours. */
export function formatShortMonth(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return formatter(locale, 'short month').format(new Date(Date.UTC(year!, monthNumber! - 1, 1)));
}

/** "2026-10-05" as YYYY-MM, to match people who joined in a month. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The day the build runs, or ONE_TEAM_TODAY (YYYY-MM-DD) for builds that must come out the same. */
export function today(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.ONE_TEAM_TODAY?.trim();
  return fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
}

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
