/**
 * Warnings about tables that are valid but worth a second look before they are published: a pulse group the
 * site will not publish (fewer answers than `pulse.minimumGroup`), and a team missing from a month of pace,
 * whose absence would make IT's totals for that month look like a change that never happened.
 */
import { MINIMUM_GROUP } from '../../schemas/site.ts';
import { isPublishable } from '../organisation/pulse.ts';
import type { ContentProblem } from './problems.ts';
import type { ValidatedTable } from './tables-fs.ts';

function minimumGroupOf(site: Record<string, unknown>): number {
  const pulse = site.pulse as { minimumGroup?: unknown } | undefined;
  return typeof pulse?.minimumGroup === 'number' ? pulse.minimumGroup : MINIMUM_GROUP;
}

export function unpublishedGroupWarnings(
  waves: readonly ValidatedTable[],
  site: Record<string, unknown>,
): ContentProblem[] {
  const minimum = minimumGroupOf(site);
  return waves.flatMap((wave) =>
    wave.rows.flatMap(({ line, fields }) => {
      const responses = Number(fields.responses);
      if (isPublishable(responses, minimum)) return [];
      return [
        {
          file: wave.file,
          line,
          field: 'responses',
          severity: 'warning' as const,
          message: `${String(fields.group)} has ${responses} answer${responses === 1 ? '' : 's'} to "${String(fields.question)}", fewer than pulse.minimumGroup (${minimum}) → the site leaves this group out so nobody can be singled out; nothing to fix unless the count is wrong`,
        },
      ];
    }),
  );
}

/**
 * A team with a row in one month of pace and none in the next. Months with errors of their own (`faulty`
 * files) are left to those: a row refused for a misspelt team is not a team that did not report.
 */
export function missingTeamWarnings(
  months: readonly ValidatedTable[],
  faulty: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const ordered = [...months].sort((a, b) => a.id.localeCompare(b.id));
  return ordered.slice(1).flatMap((month, index) => {
    const before = ordered[index]!;
    if (faulty.has(month.file) || faulty.has(before.file)) return [];
    const teams = new Set(month.rows.map((row) => String(row.fields.team)));
    return before.rows
      .map((row) => String(row.fields.team))
      .filter((team) => !teams.has(team))
      .map((team) => ({
        file: month.file,
        field: 'team',
        severity: 'warning' as const,
        message: `${team} has no row this month (it had one in ${before.id}) → IT's totals for ${month.id} leave it out and the page says so; add its row if it was forgotten`,
      }));
  });
}
