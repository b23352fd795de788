/**
 * Day-in-the-life coverage: which IT teams spent a day with which departments in the year before a day, and the
 * folder-wide warning for an initiative under way whose team has not spent one with the departments it is for.
 * Plain data in and out, so the /visits/ page (through the organisation) and the validator share one count.
 */
import type { ContentProblem } from './problems.ts';

export interface VisitFacts {
  person: string;
  department: string;
  date: Date;
}

/** The year that counts: the twelve months up to and including `day`. */
export const COVERAGE_MONTHS = 12;

/** The first day of the year that counts: the same calendar day twelve months before `day` (UTC, as content dates). */
export function coverageStart(day: Date): Date {
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - COVERAGE_MONTHS, day.getUTCDate()));
  // 29 February has no twin a year before; Date rolls it into 1 March, which is the right first day anyway.
  return start;
}

/** Whether a visit falls in the twelve months up to `day`; a visit planned after `day` has not happened. */
export function countsOn(visit: { date: Date }, day: Date): boolean {
  const end = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const time = visit.date.getTime();
  return time >= coverageStart(day).getTime() && time <= end;
}

/**
 * Visits per team and department in the twelve months up to `day`: `counts.get(teamId)?.get(departmentId)`.
 * A visit counts for the visitor's team; a visitor who is not in `teamOf` is left out.
 */
export function visitCounts(
  visits: readonly VisitFacts[],
  teamOf: (personId: string) => string | undefined,
  day: Date,
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const visit of visits) {
    const team = teamOf(visit.person);
    if (!team || !countsOn(visit, day)) continue;
    const byDepartment = counts.get(team) ?? new Map<string, number>();
    byDepartment.set(visit.department, (byDepartment.get(visit.department) ?? 0) + 1);
    counts.set(team, byDepartment);
  }
  return counts;
}

export interface InitiativeFacts {
  file: string;
  status: string;
  team: string;
  departments: readonly string[];
}

/**
 * A warning for each initiative under way (`now`) whose team has not visited any of its departments in the twelve
 * months before it started. Initiatives carry no start date (src/schemas/initiatives.ts), so the year is the one
 * before `day`, the day of the check or build, and the warning says so.
 */
export function unvisitedInitiativeWarnings(
  initiatives: readonly InitiativeFacts[],
  visits: readonly VisitFacts[],
  teamOf: (personId: string) => string | undefined,
  departmentName: (departmentId: string) => string,
  day: Date,
): ContentProblem[] {
  const counts = visitCounts(visits, teamOf, day);
  return initiatives
    .filter((initiative) => initiative.status === 'now' && initiative.departments.length > 0)
    .filter((initiative) => !initiative.departments.some((id) => (counts.get(initiative.team)?.get(id) ?? 0) > 0))
    .map((initiative) => ({
      file: initiative.file,
      field: 'team',
      severity: 'warning' as const,
      message: `"${initiative.team}" has not visited ${namesJoined(initiative.departments.map(departmentName))} in the 12 months before this started (initiatives have no start date, so: the 12 months before today) → plan a day in the life with them (visits/)`,
    }));
}

/** "Sales", "Sales or Finance", "People, Sales or Finance". */
function namesJoined(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

interface CheckedEntry {
  id: string;
  file: string;
  fields: Record<string, unknown>;
}

/**
 * The validator's call (validate-folder-fs.ts): the warnings above for a content folder's entries, leaving out files
 * with errors of their own. A folder without a single visit has not taken up day-in-the-life visits, and is not
 * warned about them.
 */
export function visitCoverageWarnings(
  entries: {
    people: readonly CheckedEntry[];
    departments: readonly CheckedEntry[];
    initiatives: readonly CheckedEntry[];
    visits: readonly CheckedEntry[];
  },
  invalidFiles: ReadonlySet<string>,
  day: Date,
): ContentProblem[] {
  const valid = (list: readonly CheckedEntry[]) => list.filter((entry) => !invalidFiles.has(entry.file));
  const visits = valid(entries.visits).flatMap(({ fields }) =>
    typeof fields.person === 'string' && typeof fields.department === 'string' && fields.date instanceof Date
      ? [{ person: fields.person, department: fields.department, date: fields.date }]
      : [],
  );
  if (entries.visits.length === 0) return [];
  const teams = new Map(
    entries.people.map((p) => [p.id, typeof p.fields.team === 'string' ? p.fields.team : undefined]),
  );
  const names = new Map(entries.departments.map((d) => [d.id, String(d.fields.name ?? d.id)]));
  const initiatives = valid(entries.initiatives).flatMap(({ file, fields }) =>
    typeof fields.status === 'string' && typeof fields.team === 'string' && Array.isArray(fields.departments)
      ? [{ file, status: fields.status, team: fields.team, departments: fields.departments.map(String) }]
      : [],
  );
  return unvisitedInitiativeWarnings(
    initiatives,
    visits,
    (id) => teams.get(id),
    (id) => names.get(id) ?? id,
    day,
  );
}

export interface CoverageMatrix<Team, Department> {
  teams: Team[];
  departments: Department[];
  /** counts[team index][department index]: visits in the twelve months up to the day. */
  counts: number[][];
}

/** The /visits/ matrix: every IT team down, every department across, empty cells kept (they are the point). */
export function coverageMatrix<Team extends { id: string }, Department extends { id: string }>(
  {
    teams,
    departments,
    people,
    visits,
  }: {
    teams: readonly Team[];
    departments: readonly Department[];
    people: readonly { id: string; data: { team: string } }[];
    visits: readonly { data: VisitFacts }[];
  },
  day: Date,
): CoverageMatrix<Team, Department> {
  const teamOf = new Map(people.map((p) => [p.id, p.data.team]));
  const counts = visitCounts(
    visits.map((v) => v.data),
    (id) => teamOf.get(id),
    day,
  );
  return {
    teams: [...teams],
    departments: [...departments],
    counts: teams.map((team) => departments.map((department) => counts.get(team.id)?.get(department.id) ?? 0)),
  };
}
