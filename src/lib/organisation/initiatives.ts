/** Initiatives on the board: grouped by status in board order, and their targets' moves, honest about slips. */
import { INITIATIVE_STATUS_ORDER, type Initiative, type InitiativeStatus } from './organisation.ts';
import { quartersBetween } from './quarters.ts';

export interface StatusColumn {
  status: InitiativeStatus;
  initiatives: Initiative[];
}

export function initiativesByStatus(initiatives: readonly Initiative[]): StatusColumn[] {
  return INITIATIVE_STATUS_ORDER.map((status) => ({
    status,
    initiatives: initiatives.filter((i) => i.data.status === status),
  }));
}

/** One time an initiative's target moved: the quarter promised before, the one promised after, when and why. */
export interface TargetMove {
  initiative: Initiative;
  from: string;
  to: string;
  /** The day the target moved. */
  date: Date;
  reason: string;
  /** How many quarters later the new target is; negative when the work was brought forward. */
  quarters: number;
}

/**
 * Every move of the initiative's target, oldest first. Each earlier target moved to the next one written,
 * by date, and the latest to the current `target` (the schema holds there to be one).
 */
export function targetMoves(initiative: Initiative): TargetMove[] {
  const { target, targetHistory = [] } = initiative.data;
  if (!target) return [];
  const earlier = [...targetHistory].sort((a, b) => a.date.getTime() - b.date.getTime());
  return earlier.map(({ date, target: from, reason }, index) => {
    const to = earlier[index + 1]?.target ?? target;
    return { initiative, from, to, date, reason, quarters: quartersBetween(from, to) };
  });
}

/** How well the initiatives with a target have kept it, for the pace page. */
export interface PromisesKept {
  /** Initiatives with a target. */
  dated: number;
  /** Of those, how many never moved it. */
  kept: number;
  /** Of those, how many moved it at least once. */
  moved: number;
  /** The quarters all moves added up: later counts up, brought forward counts down. */
  quartersMoved: number;
  /** Every move of every initiative, newest first. */
  moves: TargetMove[];
}

export function promisesKept(initiatives: readonly Initiative[]): PromisesKept {
  const dated = initiatives.filter((i) => i.data.target);
  const movesOf = dated.map(targetMoves);
  const moves = movesOf
    .flat()
    .sort(
      (a, b) => b.date.getTime() - a.date.getTime() || a.initiative.data.title.localeCompare(b.initiative.data.title),
    );
  const moved = movesOf.filter((m) => m.length > 0).length;
  return {
    dated: dated.length,
    kept: dated.length - moved,
    moved,
    quartersMoved: moves.reduce((sum, move) => sum + move.quarters, 0),
    moves,
  };
}

/** "3 of 11 dated initiatives moved their target, 8 kept it. Together the moves add 4 quarters of delay." */
export function promisesKeptSentence({ dated, kept, moved, quartersMoved }: PromisesKept): string {
  if (dated === 0) return 'No initiative has a target yet.';
  const counts =
    dated === 1
      ? `The one dated initiative ${moved ? 'moved' : 'kept'} its target.`
      : moved === 0
        ? `All ${dated} dated initiatives kept their target.`
        : kept === 0
          ? `All ${dated} dated initiatives moved their target.`
          : `${moved} of ${dated} dated initiatives moved ${moved === 1 ? 'its' : 'their'} target, ${kept} kept it.`;
  const size = Math.abs(quartersMoved);
  const quarters = `${size} ${size === 1 ? 'quarter' : 'quarters'}`;
  if (quartersMoved > 0) return `${counts} Together the moves add ${quarters} of delay.`;
  if (quartersMoved < 0) return `${counts} Together the moves bring work forward by ${quarters}.`;
  return counts;
}

/** "1 quarter later", "2 quarters earlier": how far one move took a target. */
export function quartersLabel(quarters: number): string {
  const size = Math.abs(quarters);
  if (size === 0) return 'the same quarter';
  return `${size} ${size === 1 ? 'quarter' : 'quarters'} ${quarters > 0 ? 'later' : 'earlier'}`;
}

/** "moved once", "moved twice", "moved 3 times". */
export function movedTimes(count: number): string {
  return count === 1 ? 'moved once' : count === 2 ? 'moved twice' : `moved ${count} times`;
}

/** What the board's "Moved" marker means for this initiative, or undefined when its target never moved. */
export function targetMovedText(initiative: Initiative): string | undefined {
  const moves = targetMoves(initiative);
  if (moves.length === 0) return undefined;
  const from = moves[0]!.from;
  const to = moves.at(-1)!.to;
  return moves.length === 1
    ? `Target moved from ${from} to ${to}`
    : `Target ${movedTimes(moves.length)}, from ${from} to ${to}`;
}
