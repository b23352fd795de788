/** The tool catalogue's rules: labels for rings and categories, and which tools moved ring lately. */
import type { Tool } from './organisation.ts';
import { daysBetween } from '../site/dates.ts';

export const RING_LABELS = { adopt: 'Adopt', trial: 'Trial', assess: 'Assess', hold: 'Hold' } as const;

export const RING_MEANINGS = {
  adopt: 'Approved: use it.',
  trial: 'Approved for pilots: use it where it is being tried.',
  assess: 'IT is looking at it: ask before you rely on it.',
  hold: 'Do not start using it; see what to use instead.',
} as const;

export const CATEGORY_LABELS = {
  communication: 'Communication',
  documents: 'Documents',
  data: 'Data',
  sales: 'Sales',
  development: 'Development',
  security: 'Security',
  other: 'Other',
} as const;

export const RECENT_MOVE_DAYS = 90;

/** The latest ring change, if it happened within the last 90 days of `today`. */
export function recentMove(tool: Tool, today: Date): Tool['data']['history'][number] | undefined {
  const latest = [...tool.data.history].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  if (!latest) return undefined;
  const age = daysBetween(latest.date, today);
  return age >= 0 && age <= RECENT_MOVE_DAYS ? latest : undefined;
}

/** History newest first, for the timeline. */
export function ringHistory(tool: Tool): Tool['data']['history'] {
  return [...tool.data.history].sort((a, b) => b.date.getTime() - a.date.getTime());
}
