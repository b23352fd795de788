/** Quarters written YYYY-Qn (an initiative's target) counted and stepped, for slips measured in quarters. */

/** "2027-Q1" → 8105: quarters since year 0, so two quarters subtract to the number between them. */
function quarterNumber(quarter: string): number {
  return Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
}

/** How many quarters `to` is after `from`: 2026-Q4 → 2027-Q2 is 2; a target brought forward is negative. */
export function quartersBetween(from: string, to: string): number {
  return quarterNumber(to) - quarterNumber(from);
}

/** "2026-Q4" → "2027-Q1". */
export function quarterAfter(quarter: string): string {
  const next = quarterNumber(quarter) + 1;
  return `${Math.floor(next / 4)}-Q${(next % 4) + 1}`;
}
