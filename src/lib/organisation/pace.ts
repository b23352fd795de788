/**
 * IT's pace as pages show it, month by month, for all of IT and for each team: the share of time spent
 * keeping things running rather than building what the business asked for, incidents handled, and changes
 * delivered against those planned.
 */

export interface PaceRowFigures {
  team: string;
  runHours: number;
  changeHours: number;
  incidents: number;
  delivered: number;
  planned: number;
}

export interface PaceMonthInput {
  /** The month, YYYY-MM. */
  id: string;
  data: { rows: readonly PaceRowFigures[] };
}

export interface PaceFigures {
  runHours: number;
  changeHours: number;
  /** Whole percent of the hours spent keeping things running; undefined when no hours were written. */
  runShare?: number;
  incidents: number;
  delivered: number;
  planned: number;
}

export interface TeamPace {
  id: string;
  name: string;
  /** One per month of the pace, in month order; undefined where the team has no row. */
  months: (PaceFigures | undefined)[];
}

export interface Pace {
  /** Months, oldest first. */
  months: string[];
  /** All of IT, one per month. */
  total: PaceFigures[];
  teams: TeamPace[];
}

function summed(rows: readonly PaceRowFigures[]): PaceFigures {
  const sum = (pick: (row: PaceRowFigures) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const runHours = sum((row) => row.runHours);
  const changeHours = sum((row) => row.changeHours);
  const hours = runHours + changeHours;
  return {
    runHours,
    changeHours,
    ...(hours > 0 ? { runShare: Math.round((runHours / hours) * 100) } : {}),
    incidents: sum((row) => row.incidents),
    delivered: sum((row) => row.delivered),
    planned: sum((row) => row.planned),
  };
}

/** The pace from its months; teams in the order given (the organisation's name order), those with rows only. */
export function paceByMonth(
  months: readonly PaceMonthInput[],
  teams: ReadonlyArray<{ id: string; name: string }>,
): Pace {
  const ordered = [...months].sort((a, b) => a.id.localeCompare(b.id));
  return {
    months: ordered.map((month) => month.id),
    total: ordered.map((month) => summed(month.data.rows)),
    teams: teams
      .map(({ id, name }) => ({
        id,
        name,
        months: ordered.map((month) => {
          const row = month.data.rows.find((r) => r.team === id);
          return row ? summed([row]) : undefined;
        }),
      }))
      .filter((team) => team.months.some(Boolean)),
  };
}

/**
 * The newest month and the one before it, for headlines that say how things moved, with the teams that
 * reported the month before but not this one: IT's totals leave them out, and a headline must say so.
 */
export function latestPace(
  pace: Pace,
): { month: string; figures: PaceFigures; before?: PaceFigures; unreported: string[] } | undefined {
  const last = pace.months.length - 1;
  if (last < 0) return undefined;
  const before = pace.total[last - 1];
  const unreported = pace.teams
    .filter((team) => team.months[last] === undefined && team.months[last - 1] !== undefined)
    .map((team) => team.name);
  return { month: pace.months[last]!, figures: pace.total[last]!, ...(before ? { before } : {}), unreported };
}

/** A month's share of time keeping things running as a table or card writes it: "52%", or "–" without hours. */
export function runningText(figures: PaceFigures | undefined): string {
  return figures?.runShare === undefined ? '–' : `${figures.runShare}%`;
}

/** "10 of 11": changes delivered of those planned, or "–" for a month the team did not report. */
export function deliveredText(figures: PaceFigures | undefined): string {
  return figures ? `${figures.delivered} of ${figures.planned}` : '–';
}
