/**
 * Lays the tool radar out: four rings (adopt in the middle, hold outside) crossed by one sector per category, each
 * tool a dot in its ring and sector with its name beside it. Everything is placed at build time, the same way every
 * time: each name goes to the best spot, in a fixed order of preference, where it clears every other name, every dot
 * and the ring and sector names. The picture is plain SVG, with nothing left to chance or to the browser.
 */
import { CATEGORY_LABELS, RING_LABELS } from './tools.ts';

/** Outer radius of each ring, from the middle out, in the picture's units (CSS pixels when drawn at full size). */
const RING_RADII = [130, 205, 270, 330] as const;
/** Rings drawn larger, one step at a time, when the tools do not all fit at the usual size. */
const GROWTH = [1, 1.12, 1.25, 1.4, 1.6, 1.8] as const;
/** Font sizes, in the picture's units; the page shows the names only where they read at 12 CSS px or more. */
export const TOOL_LABEL_SIZE = 13;
const SECTOR_LABEL_SIZE = 15;
const RING_LABEL_SIZE = 13;
/** The sector numbers drawn instead of the names when the picture is shrunk to fit a phone. */
export const SECTOR_NUMBER_SIZE = 34;
/** A dot's reach, with the circle drawn round a tool that moved. */
const DOT_REACH = 11;
/**
 * Room kept round a dot beyond its reach, for other tools' names and dots: a name then sits at least 19 units from
 * any other dot, against 14 from its own, so each name reads with its own dot.
 */
const FOREIGN_DOT_CLEARANCE = 8;
/** Space kept between a dot and the edges of its cell, and round the picture's contents. */
const CELL_PADDING = 11;
const MARGIN = 6;
/** The grid of spots tried in a cell: 40 steps across its angle, one every 4 units in depth. */
const ANGLE_STEPS = 40;
const DEPTH_STEP = 4;
/** What a name costs on each side of its dot, in picture units of distance: outward, inward, above, below. */
const SIDE_COST = [0, 20, 60, 60] as const;

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

/** A name written in the picture: `x`, `y` (the baseline) and `anchor` place the text; `box` is the room it takes. */
export interface PlacedText {
  text: string;
  /** Font size in the picture's units. */
  size: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: LabelBox;
}

export interface PlacedTool extends RadarTool {
  x: number;
  y: number;
  label: PlacedText;
}

export interface RadarSector {
  category: string;
  /** Angles in radians, clockwise from the top. */
  from: number;
  to: number;
  /** The category's name just outside the rings. */
  label: PlacedText;
  /** Where the sector's number (1 for the first category) goes when the names are too small to read. */
  number: { x: number; y: number };
}

export interface RadarRing {
  ring: string;
  inner: number;
  outer: number;
  /** The ring's name, at the top of the ring. */
  label: PlacedText;
}

export interface RadarLayout {
  /** The part of the plane the picture shows; the rings' centre is at 0, 0. */
  viewBox: LabelBox;
  rings: RadarRing[];
  sectors: RadarSector[];
  /** In the order given. */
  tools: PlacedTool[];
}

const categoryName = (category: string) => CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? category;
const ringName = (ring: string) => RING_LABELS[ring as keyof typeof RING_LABELS] ?? ring;

/** Width of a character relative to the font size, on DejaVu Sans (measured in Chromium): the widest common sans. */
function characterWidth(character: string): number {
  if (/[ijlItf.,:;'!|()[\] ]/.test(character)) return 0.36;
  if (/[mwMW@%]/.test(character)) return 1.0;
  if (/[A-Z0-9&]/.test(character)) return 0.74;
  return 0.62;
}

/** A generous estimate of a name's drawn width, so names stay apart in every common font. */
export function labelWidth(text: string, fontSize = TOOL_LABEL_SIZE, bold = false): number {
  const em = [...text].reduce((sum, character) => sum + characterWidth(character), 0);
  return em * fontSize * (bold ? 1.1 : 1) + 4;
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Positions to a tenth of a unit: finer than a screen shows, and the page stays small. */
const tenth = (value: number) => Math.round(value * 10) / 10;

function point(radius: number, angle: number) {
  return { x: tenth(radius * Math.sin(angle)), y: tenth(-radius * Math.cos(angle)) };
}

/** A line of text whose middle is at `y`. */
function textAt(
  text: string,
  x: number,
  y: number,
  anchor: PlacedText['anchor'],
  fontSize: number,
  bold = false,
): PlacedText {
  const width = labelWidth(text, fontSize, bold);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    text,
    size: fontSize,
    x,
    y: tenth(y + fontSize * 0.35),
    anchor,
    box: { x: left, y: y - fontSize * 0.65, width, height: fontSize * 1.3 },
  };
}

function dotBox(x: number, y: number, reach = DOT_REACH): LabelBox {
  return { x: x - reach, y: y - reach, width: 2 * reach, height: 2 * reach };
}

function contains(outer: LabelBox, inner: LabelBox): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function boundsOf(boxes: readonly LabelBox[], margin: number): LabelBox {
  const left = Math.min(...boxes.map((b) => b.x)) - margin;
  const top = Math.min(...boxes.map((b) => b.y)) - margin;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A box grown to whole units, for the SVG's viewBox. */
function wholeUnits(box: LabelBox): LabelBox {
  const x = Math.floor(box.x);
  const y = Math.floor(box.y);
  return { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.ceil(box.y + box.height) - y };
}

function sectorsFor(categories: readonly string[], outer: number): RadarSector[] {
  const sectorAngle = (2 * Math.PI) / categories.length;
  return categories.map((category, index) => {
    const from = index * sectorAngle;
    const to = (index + 1) * sectorAngle;
    const middle = (from + to) / 2;
    const { x, y } = point(outer + SECTOR_LABEL_SIZE + 4, middle);
    const anchor = x > 5 ? 'start' : x < -5 ? 'end' : 'middle';
    // A name straight above or below the rings sits clear of them by its own height.
    const nudge = anchor === 'middle' ? Math.sign(y) * SECTOR_LABEL_SIZE * 0.4 : 0;
    return {
      category,
      from,
      to,
      label: textAt(categoryName(category), x, y + nudge, anchor, SECTOR_LABEL_SIZE, true),
      number: point(outer + SECTOR_NUMBER_SIZE * 0.75, middle),
    };
  });
}

function ringsFor(rings: readonly string[], radii: readonly number[]): RadarRing[] {
  return rings.map((ring, index) => {
    const outer = radii[index]!;
    return {
      ring,
      inner: index === 0 ? 0 : radii[index - 1]!,
      outer,
      label: textAt(ringName(ring), 0, -outer + RING_LABEL_SIZE, 'middle', RING_LABEL_SIZE, true),
    };
  });
}

/**
 * Where a tool's dot and name may go, best first: dots on a fine grid clear of the cell's edges, nearest the cell's
 * middle first, so a cell's tools gather there and stack like a short list; the name beside the dot on the side away
 * from the radar's middle, then towards it, then above or below.
 */
function candidatesFor(tool: RadarTool, sector: RadarSector, band: RadarRing): PlacedTool[] {
  const middle = point((band.inner + band.outer) / 2, (sector.from + sector.to) / 2);
  const candidates: Array<{ placed: PlacedTool; cost: number }> = [];
  for (let step = 0; step <= ANGLE_STEPS; step++) {
    const angle = sector.from + ((sector.to - sector.from) * step) / ANGLE_STEPS;
    for (let radius = band.inner + CELL_PADDING; radius <= band.outer - CELL_PADDING; radius += DEPTH_STEP) {
      // Clear of the sector's straight edges too, not only of its rings.
      const clearance = Math.min(angle - sector.from, sector.to - angle);
      if (clearance < Math.PI / 2 && radius * Math.sin(clearance) < CELL_PADDING) continue;
      const { x, y } = point(radius, angle);
      const distance = Math.hypot(x - middle.x, y - middle.y);
      const gap = DOT_REACH + 3;
      const right = textAt(tool.name, x + gap, y, 'start', TOOL_LABEL_SIZE);
      const left = textAt(tool.name, x - gap, y, 'end', TOOL_LABEL_SIZE);
      const above = textAt(tool.name, x, y - DOT_REACH - TOOL_LABEL_SIZE * 0.75, 'middle', TOOL_LABEL_SIZE);
      const below = textAt(tool.name, x, y + DOT_REACH + TOOL_LABEL_SIZE * 0.75, 'middle', TOOL_LABEL_SIZE);
      const sides = [x >= 0 ? right : left, x >= 0 ? left : right, y <= 0 ? above : below, y <= 0 ? below : above];
      for (const [side, label] of sides.entries())
        candidates.push({ placed: { ...tool, x, y, label }, cost: distance + SIDE_COST[side]! });
    }
  }
  return candidates.sort((a, b) => a.cost - b.cost).map((candidate) => candidate.placed);
}

interface QueuedTool {
  tool: RadarTool;
  sector: RadarSector;
  band: RadarRing;
}

/** Places tools one by one, in the queue's order; `stuck` lists those that found no spot clear of the others. */
function placeInOrder(queue: readonly QueuedTool[], obstacles: readonly LabelBox[], viewBox: LabelBox) {
  const names: LabelBox[] = [...obstacles];
  // Dots with the room other names keep from them: two dots are then at least 30 units apart, too.
  const dots: LabelBox[] = [];
  const placed: PlacedTool[] = [];
  const stuck: string[] = [];
  for (const { tool, sector, band } of queue) {
    const clashesOf = ({ x, y, label }: PlacedTool) => {
      const dot = dotBox(x, y);
      const dotRoom = dotBox(x, y, DOT_REACH + FOREIGN_DOT_CLEARANCE);
      return (
        names.filter((name) => boxesOverlap(name, label.box) || boxesOverlap(name, dotRoom)).length +
        dots.filter((room) => boxesOverlap(room, label.box) || boxesOverlap(room, dot)).length +
        (contains(viewBox, label.box) ? 0 : 1)
      );
    };
    const candidates = candidatesFor(tool, sector, band);
    let spot = candidates.find((candidate) => clashesOf(candidate) === 0);
    if (!spot) {
      stuck.push(tool.id);
      spot = candidates.reduce((best, candidate) => (clashesOf(candidate) < clashesOf(best) ? candidate : best));
    }
    placed.push(spot);
    names.push(spot.label.box);
    dots.push(dotBox(spot.x, spot.y, DOT_REACH + FOREIGN_DOT_CLEARANCE));
  }
  return { placed, stuck };
}

function layoutAtScale(
  tools: readonly RadarTool[],
  categories: readonly string[],
  rings: readonly string[],
  scale: number,
): RadarLayout & { stuck: string[] } {
  const radii = RING_RADII.map((radius) => radius * scale);
  const outer = radii[radii.length - 1]!;
  const sectors = sectorsFor(categories, outer);
  const ringBands = ringsFor(rings, radii);
  const viewBox = wholeUnits(
    boundsOf(
      [
        dotBox(0, 0, outer),
        ...sectors.map((s) => s.label.box),
        ...sectors.map((s) => dotBox(s.number.x, s.number.y, SECTOR_NUMBER_SIZE / 2)),
      ],
      MARGIN,
    ),
  );
  // Inner rings first, as they have the least room, and within a ring the fullest cells first.
  const queue: QueuedTool[] = sectors
    .flatMap((sector) => ringBands.map((band) => ({ sector, band })))
    .map((cell) => ({
      ...cell,
      tools: tools
        .filter((t) => t.category === cell.sector.category && t.ring === cell.band.ring)
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.band.inner - b.band.inner || b.tools.length - a.tools.length)
    .flatMap(({ sector, band, tools: cell }) => cell.map((tool) => ({ tool, sector, band })));
  const obstacles = [...sectors.map((s) => s.label.box), ...ringBands.map((r) => r.label.box)];
  let result = placeInOrder(queue, obstacles, viewBox);
  // One at a time, a late tool can find its cell full: place the ones that got stuck first and try once more.
  if (result.stuck.length > 0) {
    const first = new Set(result.stuck);
    const again = placeInOrder(
      [...queue.filter((q) => first.has(q.tool.id)), ...queue.filter((q) => !first.has(q.tool.id))],
      obstacles,
      viewBox,
    );
    if (again.stuck.length < result.stuck.length) result = again;
  }
  const order = new Map(tools.map((tool, index) => [tool.id, index]));
  const placed = result.placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { viewBox, rings: ringBands, sectors, tools: placed, stuck: result.stuck };
}

/**
 * The radar for these tools. If some names find no clear spot at the usual size, the rings are drawn larger until
 * every name has one; a catalogue too full even then keeps its fewest overlaps at the largest size.
 */
export function layoutRadar(
  tools: readonly RadarTool[],
  categories: readonly string[],
  rings: readonly string[],
): RadarLayout {
  let layout = layoutAtScale(tools, categories, rings, GROWTH[0]);
  for (const scale of GROWTH.slice(1)) {
    if (layout.stuck.length === 0) break;
    layout = layoutAtScale(tools, categories, rings, scale);
  }
  const { stuck: _, ...radar } = layout;
  return radar;
}

/** Which sector and ring a point falls in, to check placement. */
export function cellAt(layout: RadarLayout, x: number, y: number): { category: string; ring: string } | undefined {
  const radius = Math.hypot(x, y);
  const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
  const sector = layout.sectors.find((s) => angle >= s.from && angle < s.to);
  const band = layout.rings.find((r) => radius >= r.inner && radius < r.outer);
  return sector && band ? { category: sector.category, ring: band.ring } : undefined;
}

/** The SVG path of a ring band's slice for one sector, for shading alternate sectors. */
export function sectorPath(sector: Pick<RadarSector, 'from' | 'to'>, inner: number, outer: number): string {
  const a = point(outer, sector.from);
  const b = point(outer, sector.to);
  const c = point(inner, sector.to);
  const d = point(inner, sector.from);
  const large = sector.to - sector.from > Math.PI ? 1 : 0;
  const path =
    inner === 0
      ? `M ${a.x} ${a.y} A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y} L 0 0 Z`
      : `M ${a.x} ${a.y} A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y} L ${c.x} ${c.y} A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y} Z`;
  // Written as tightly as SVG reads it (no space before a minus sign or around a command): the radar's 28
  // slices are a tenth of the tools page.
  return path.replace(/ ?([MALZ]) ?/g, '$1').replace(/ (?=-)/g, '');
}

/**
 * The narrowest width, in CSS px, at which the picture can be drawn with every name at 12 px or more: below it the
 * page shows the sector numbers and lists the tools instead.
 */
export function namesReadableFrom(layout: RadarLayout): number {
  return Math.ceil((layout.viewBox.width * 12) / TOOL_LABEL_SIZE);
}

/**
 * The stylesheet for ToolRadar where its names would read smaller than 12 px: names and linked dots give way to
 * sector numbers, larger dots (10 and 16 units still clear each other, being 30 apart) and a list of links, the
 * picture no wider than it needs to be then. The width depends on the layout, and a stylesheet made at build time
 * needs its hash in the page's Content-Security-Policy, which only the page can add.
 */
export function radarCompactCss(layout: RadarLayout): string {
  return `@container tool-radar (width < ${namesReadableFrom(layout)}px) {
  .tool-radar .readable-only { display: none; }
  .tool-radar .compact-only { display: revert; }
  .tool-radar .picture { max-width: min(100%, 36rem); }
}`;
}
