/**
 * Lays the tool radar out: four rings (adopt in the middle, hold outside) crossed by one sector per
 * category, each tool a dot in its ring and sector with its name beside it. Positions are worked out
 * at build time, labels nudged apart so none overlap, and the result drawn as plain SVG.
 */

export const RADAR_SIZE = 920;
const CENTRE = RADAR_SIZE / 2;
/** Outer radius of each ring, from the middle out. */
const RING_RADII = [110, 190, 265, 340] as const;
const LABEL_SIZE = 12;

export interface RadarTool {
  id: string;
  name: string;
  category: string;
  ring: string;
  /** Moved ring recently: drawn with a ring around the dot. */
  moved: boolean;
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedTool extends RadarTool {
  x: number;
  y: number;
  /** Where the label sits; `anchor` says which side of the dot it grows from. */
  label: LabelBox & { anchor: 'start' | 'end' };
}

export interface RadarSector {
  category: string;
  /** Angles in radians, clockwise from the top. */
  from: number;
  to: number;
}

export interface RadarLayout {
  size: number;
  rings: ReadonlyArray<{ ring: string; inner: number; outer: number }>;
  sectors: RadarSector[];
  tools: PlacedTool[];
}

/** Text width estimate for the label font: good enough to keep labels apart, and the same in tests. */
export function labelWidth(text: string): number {
  return [...text].length * LABEL_SIZE * 0.58 + 4;
}

function point(radius: number, angle: number) {
  return { x: CENTRE + radius * Math.sin(angle), y: CENTRE - radius * Math.cos(angle) };
}

function labelFor(x: number, y: number, name: string): PlacedTool['label'] {
  const width = labelWidth(name);
  const anchor = x >= CENTRE ? 'start' : 'end';
  return {
    x: anchor === 'start' ? x + 8 : x - 8 - width,
    y: y - LABEL_SIZE * 0.7,
    width,
    height: LABEL_SIZE * 1.3,
    anchor,
  };
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Positions within a cell: spread across the sector's angle, alternating depth within the ring. */
function candidates(
  sector: RadarSector,
  inner: number,
  outer: number,
  count: number,
  attempt: number,
): Array<{ radius: number; angle: number }> {
  const margin = (sector.to - sector.from) * 0.12;
  const span = sector.to - sector.from - 2 * margin;
  const depths = [0.5, 0.28, 0.72];
  return Array.from({ length: count }, (_, index) => {
    const angle = sector.from + margin + (span * (index + 0.5)) / count;
    const depth = depths[(index + attempt) % depths.length]!;
    return { radius: inner + 14 + (outer - inner - 28) * depth, angle };
  });
}

export function layoutRadar(
  tools: readonly RadarTool[],
  categories: readonly string[],
  rings: readonly string[],
): RadarLayout {
  const sectorAngle = (2 * Math.PI) / categories.length;
  const sectors = categories.map((category, index) => ({
    category,
    from: index * sectorAngle,
    to: (index + 1) * sectorAngle,
  }));
  const ringBands = rings.map((ring, index) => ({
    ring,
    inner: index === 0 ? 0 : RING_RADII[index - 1]!,
    outer: RING_RADII[index]!,
  }));
  const placed: PlacedTool[] = [];

  for (const sector of sectors) {
    for (const band of ringBands) {
      const cell = tools
        .filter((t) => t.category === sector.category && t.ring === band.ring)
        .sort((a, b) => a.name.localeCompare(b.name));
      if (cell.length === 0) continue;
      // Try a few arrangements of the cell and keep the first whose labels clear everything placed so far.
      let best: PlacedTool[] = [];
      let fewestClashes = Infinity;
      for (let attempt = 0; attempt < 6; attempt++) {
        const spots = candidates(sector, band.inner, band.outer, cell.length, attempt);
        const trial = cell.map((tool, index) => {
          const { radius, angle } = spots[index]!;
          const { x, y } = point(radius, angle);
          return { ...tool, x, y, label: labelFor(x, y, tool.name) };
        });
        const clashes = trial.reduce(
          (count, tool, index) =>
            count +
            placed.filter((other) => boxesOverlap(tool.label, other.label)).length +
            trial.slice(index + 1).filter((other) => boxesOverlap(tool.label, other.label)).length,
          0,
        );
        if (clashes < fewestClashes) {
          best = trial;
          fewestClashes = clashes;
        }
        if (clashes === 0) break;
      }
      placed.push(...best);
    }
  }
  return { size: RADAR_SIZE, rings: ringBands, sectors, tools: placed };
}

/** Which sector and ring a point falls in, to check placement. */
export function cellAt(layout: RadarLayout, x: number, y: number): { category: string; ring: string } | undefined {
  const dx = x - CENTRE;
  const dy = CENTRE - y;
  const radius = Math.hypot(dx, dy);
  const angle = (Math.atan2(dx, dy) + 2 * Math.PI) % (2 * Math.PI);
  const sector = layout.sectors.find((s) => angle >= s.from && angle < s.to);
  const band = layout.rings.find((r) => radius >= r.inner && radius < r.outer);
  return sector && band ? { category: sector.category, ring: band.ring } : undefined;
}

/** The SVG path of a ring band's slice for one sector, for shading alternate sectors. */
export function sectorPath(sector: RadarSector, inner: number, outer: number): string {
  const a = point(outer, sector.from);
  const b = point(outer, sector.to);
  const c = point(inner, sector.to);
  const d = point(inner, sector.from);
  const large = sector.to - sector.from > Math.PI ? 1 : 0;
  return `M ${a.x} ${a.y} A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y} L ${c.x} ${c.y} A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y} Z`;
}

/** Where a sector's name is written, just outside the rings. */
export function sectorLabelPoint(sector: RadarSector) {
  return point(RING_RADII[RING_RADII.length - 1]! + 18, (sector.from + sector.to) / 2);
}

export const RADAR_CENTRE = CENTRE;
