/** Queries over wins: month groups for the archive, and the outcome that heads a card. */
import type { Win } from './organisation.ts';

export interface WinsOfMonth {
  month: string;
  wins: Win[];
}

/** Months newest first, each with its wins; expects wins already sorted newest first. */
export function groupWinsByMonth(wins: readonly Win[]): WinsOfMonth[] {
  const months = new Map<string, Win[]>();
  for (const win of wins) {
    const month = months.get(win.data.month);
    if (month) month.push(win);
    else months.set(win.data.month, [win]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, monthWins]) => ({ month, wins: monthWins }));
}

export type Outcome = Win['data']['outcomes'][number];

/** "9 → 4 days", or "4 days" when there is no before value. */
export function describeOutcomeChange(outcome: Outcome): string {
  const unit = outcome.unit ? ` ${outcome.unit}` : '';
  return outcome.before === undefined ? `${outcome.after}${unit}` : `${outcome.before} → ${outcome.after}${unit}`;
}
