/**
 * A warning for each pulse row the site will not publish, so the comms team learns before the build, not
 * from a department's missing line, that a group had fewer answers than `pulse.minimumGroup`.
 */
import { isPublishable } from '../organisation/pulse.ts';
import type { ContentProblem } from './problems.ts';
import type { ValidatedTable } from './tables-fs.ts';

const DEFAULT_MINIMUM_GROUP = 5;

function minimumGroupOf(site: Record<string, unknown>): number {
  const pulse = site.pulse as { minimumGroup?: unknown } | undefined;
  return typeof pulse?.minimumGroup === 'number' ? pulse.minimumGroup : DEFAULT_MINIMUM_GROUP;
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
