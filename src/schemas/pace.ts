/** pace/<yyyy-mm>.csv: one month of each IT team's time, incidents and delivery, as the team's own tools report it. */
import { z } from 'astro/zod';
import { count, hours, idOf } from './fields.ts';

export const paceRowSchema = z.object({
  team: idOf('teams', 'platform').describe('The IT team: the id of a file in `teams/`.'),
  runHours: hours('620').describe(
    'Hours spent keeping things running that month: incidents, requests, maintenance, upgrades. Example: `620`',
  ),
  changeHours: hours('380').describe(
    'Hours spent building or changing things the business asked for: initiatives and change requests. Example: `380`',
  ),
  incidents: count('14').describe('Incidents the team handled that month. Example: `14`'),
  delivered: count('9').describe('Changes the team delivered that month. Example: `9`'),
  planned: count('11').describe('Changes the team had planned to deliver that month. Example: `11`'),
});

export type PaceRow = z.infer<typeof paceRowSchema>;
