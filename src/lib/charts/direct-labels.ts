/** Places labels beside line ends: each as near its line's end as it can be, never overlapping another. */

interface Crowd {
  /** Indexes of the labels in it, top to bottom. */
  members: number[];
  /** Where its first label's centre sits; the others follow `spacing` apart. */
  start: number;
}

/**
 * Vertical positions for labels that want to sit at `wanted` (centres, viewBox units), at least `spacing` apart
 * and inside `[top, bottom]` where they fit. Labels keep their order top to bottom, so each stays beside its own
 * line; labels that would overlap form a crowd centred on where its members want to be, and crowds that then
 * touch merge. Returns the positions in the input's order.
 */
export function dodgeLabels(
  wanted: readonly number[],
  spacing: number,
  [top, bottom]: readonly [number, number],
): number[] {
  const order = wanted.map((_, index) => index).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
  const place = (members: number[]): number => {
    const mean = members.reduce((sum, index) => sum + wanted[index]!, 0) / members.length;
    const start = mean - ((members.length - 1) * spacing) / 2;
    // Inside the plot when the crowd fits there; a crowd taller than the plot starts at its top.
    return Math.max(top, Math.min(start, bottom - (members.length - 1) * spacing));
  };
  const crowds: Crowd[] = [];
  for (const index of order) {
    crowds.push({ members: [index], start: place([index]) });
    while (crowds.length > 1) {
      const last = crowds[crowds.length - 1]!;
      const before = crowds[crowds.length - 2]!;
      if (before.start + before.members.length * spacing <= last.start) break;
      const members = [...before.members, ...last.members];
      crowds.splice(-2, 2, { members, start: place(members) });
    }
  }
  const result: number[] = [];
  for (const crowd of crowds) {
    crowd.members.forEach((index, position) => {
      result[index] = crowd.start + position * spacing;
    });
  }
  return result;
}
