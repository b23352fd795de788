/** /wins/<segment>/ serves both month archives (YYYY-MM) and single wins; this decides which is which. */
import type { Win } from './organisation.ts';
import { groupWinsByMonth, type WinsOfMonth } from './wins.ts';

export type WinsRoute =
  | { params: { slug: string }; props: { kind: 'month'; archive: WinsOfMonth } }
  | { params: { slug: string }; props: { kind: 'win'; win: Win } };

export function winsRoutes(wins: readonly Win[]): WinsRoute[] {
  const months: WinsRoute[] = groupWinsByMonth(wins).map((archive) => ({
    params: { slug: archive.month },
    props: { kind: 'month', archive },
  }));
  const pages: WinsRoute[] = wins.map((win) => ({ params: { slug: win.id }, props: { kind: 'win', win } }));
  return [...months, ...pages];
}
