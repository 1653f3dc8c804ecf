import { pathRound } from 'd3-path';

/**
 * The three looks of `<cds-progress>`: a bar for a text column, a full ring, a semicircle gauge.
 *
 * @example
 * ```ts
 * LOOKS; // ['bar', 'ring', 'gauge']
 * ```
 */
export const LOOKS = ['bar', 'ring', 'gauge'] as const;
/** One look of `<cds-progress>`. */
export type Look = (typeof LOOKS)[number];

/** Where a scale starts and ends, and whether smaller figures are better (ranks). */
export interface Scale {
  /** The figure at the empty end. */
  start: number;
  /** The figure at the full end. */
  end: number;
}

/**
 * A scale that holds every figure given: from 0 to the largest (at least 100 for percentages),
 * or, when lower is better, from the worst figure (plus one) down to 1 so rank 1 fills the gauge.
 */
export function scaleFor(figures: readonly number[], options: { percent: boolean; lowerIsBetter: boolean }): Scale {
  const finite = figures.filter(Number.isFinite);
  if (options.lowerIsBetter) {
    const worst = Math.max(1, ...finite);
    return { start: worst + 1, end: 1 };
  }
  const largest = Math.max(options.percent ? 100 : 0, ...finite);
  return { start: 0, end: largest > 0 ? largest : 1 };
}

/** Where a figure sits along a scale, from 0 (empty) to 1 (full), clamped. */
export function fractionOf(value: number, scale: Scale): number {
  if (!Number.isFinite(value) || scale.end === scale.start) return 0;
  const fraction = (value - scale.start) / (scale.end - scale.start);
  return Math.min(1, Math.max(0, fraction));
}

/** Which side of a marker its label hangs from, so labels near an end stay inside the box. */
export type Anchor = 'start' | 'middle' | 'end';

/** A marker on the bar, in percent of its length, with where its label hangs from. */
export interface BarMark {
  offset: number;
  anchor: Anchor;
}

/** Labels closer to an end of the bar than this fraction of its length hang inward. */
export const BAR_LABEL_EDGE = 0.12;

/** A position on the bar look: percent of the track's length and the anchor of its label. */
export function barMark(fraction: number): BarMark {
  const anchor: Anchor = fraction < BAR_LABEL_EDGE ? 'start' : fraction > 1 - BAR_LABEL_EDGE ? 'end' : 'middle';
  return { offset: round(fraction * 100), anchor };
}

/** Two year labels on the bar closer than this fraction of its length go on different rows. */
export const BAR_LABEL_GAP = 0.16;

/**
 * The row (1 or 2) of each label on the bar, in the order given (sorted by fraction): a label
 * too close to the one before it on the first row drops to the second, so labels never overlap.
 */
export function labelRows(fractions: readonly number[], gap = BAR_LABEL_GAP): Array<1 | 2> {
  let lastOnFirst = Number.NEGATIVE_INFINITY;
  let lastOnSecond = Number.NEGATIVE_INFINITY;
  return fractions.map((fraction) => {
    if (fraction - lastOnFirst >= gap || fraction - lastOnSecond < gap) {
      lastOnFirst = fraction;
      return 1;
    }
    lastOnSecond = fraction;
    return 2;
  });
}

/** The box round looks are drawn in: a square for the ring, a half-height box for the gauge. */
export interface ArcFrame {
  viewBox: string;
  width: number;
  height: number;
  /** Radius of the middle of the stroke. */
  radius: number;
  thickness: number;
  startAngle: number;
  endAngle: number;
}

/** Width of the drawing box of a round look, in SVG user units. */
export const ARC_SIZE = 120;
/** Thickness of the arc as a fraction of its outer radius. */
export const ARC_THICKNESS = 0.2;
/** Room kept around the arc for target labels, in user units. */
export const ARC_MARGIN = 16;

/** The frame of a round look: the ring goes all the way round, the gauge from left to right over the top. */
export function arcFrame(look: Exclude<Look, 'bar'>): ArcFrame {
  const outer = ARC_SIZE / 2 - ARC_MARGIN;
  const thickness = outer * ARC_THICKNESS;
  const radius = outer - thickness / 2;
  if (look === 'ring') {
    return { viewBox: `${-ARC_SIZE / 2} ${-ARC_SIZE / 2} ${ARC_SIZE} ${ARC_SIZE}`, width: ARC_SIZE, height: ARC_SIZE, radius, thickness, startAngle: 0, endAngle: 2 * Math.PI };
  }
  const height = ARC_SIZE / 2 + thickness / 2 + 4;
  return { viewBox: `${-ARC_SIZE / 2} ${-ARC_SIZE / 2} ${ARC_SIZE} ${height}`, width: ARC_SIZE, height, radius, thickness, startAngle: -Math.PI / 2, endAngle: Math.PI / 2 };
}

/** The angle, in radians clockwise from 12 o'clock, of a fraction along a frame. */
export function angleAt(frame: ArcFrame, fraction: number): number {
  return frame.startAngle + (frame.endAngle - frame.startAngle) * Math.min(1, Math.max(0, fraction));
}

/** An SVG path for the stroke of a frame from one fraction to another. */
export function arcPath(frame: ArcFrame, from: number, to: number): string {
  // d3's angles run clockwise from 3 o'clock; the frame's from 12 o'clock.
  const a0 = angleAt(frame, from) - Math.PI / 2;
  const a1 = angleAt(frame, Math.max(from, to)) - Math.PI / 2;
  const inner = frame.radius - frame.thickness / 2;
  const outer = frame.radius + frame.thickness / 2;
  const path = pathRound(3);
  path.moveTo(outer * Math.cos(a0), outer * Math.sin(a0));
  path.arc(0, 0, outer, a0, a1);
  // A full turn is an annulus: the inner circle starts its own subpath instead of a seam across the stroke.
  if (a1 - a0 > 2 * Math.PI - 1e-12) path.moveTo(inner * Math.cos(a1), inner * Math.sin(a1));
  path.arc(0, 0, inner, a1, a0, true);
  path.closePath();
  return path.toString();
}

/** A tick across the arc, and where its label sits just outside it. */
export interface ArcMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  anchor: Anchor;
}

/** How far a tick reaches past each edge of the stroke, in user units. */
export const TICK_OVERHANG = 3;

/** How much further out a second-row label sits on a round look, in user units. */
export const ARC_ROW_STEP = 11;

/**
 * A tick across the arc at a fraction, with its label placed outside the stroke; a label on the
 * second row (see {@link labelRows}) sits one step further out on the gauge, and inside the
 * stroke on the ring, clear of its neighbour.
 */
export function arcMark(frame: ArcFrame, fraction: number, row: 1 | 2 = 1): ArcMark {
  const angle = angleAt(frame, fraction);
  const sin = Math.sin(angle);
  const cos = -Math.cos(angle);
  const inner = frame.radius - frame.thickness / 2 - TICK_OVERHANG;
  const outer = frame.radius + frame.thickness / 2 + TICK_OVERHANG;
  // A full ring has no room outside for a second row: its second-row labels go inside the stroke.
  const inside = row === 2 && frame.endAngle - frame.startAngle > Math.PI;
  const label = inside ? inner - 6 : outer + 3 + (row - 1) * ARC_ROW_STEP;
  const side = inside ? -sin : sin;
  const anchor: Anchor = side > 0.3 ? 'start' : side < -0.3 ? 'end' : 'middle';
  return {
    x1: round(inner * sin),
    y1: round(inner * cos),
    x2: round(outer * sin),
    y2: round(outer * cos),
    labelX: round(label * sin),
    // Text hangs from its baseline: labels on the upper half sit above the point, on the lower half below it.
    labelY: round(label * cos + ((inside ? -cos : cos) > 0.3 ? 6 : (inside ? -cos : cos) < -0.3 ? 0 : 3)),
    anchor,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** One place on a scale and the years of the targets that put a marker there. */
export interface YearMarker {
  fraction: number;
  /** Target years at this place, in order, e.g. `['2025', '2030']`. */
  years: readonly string[];
}

/**
 * The label of each marker, in the order given, so every year is printed once: a year already
 * printed by an earlier marker is left out of later ones, and a marker whose years were all
 * printed before gets an empty label (its tick still shows). Crowded labels such as
 * "2025 | 2025/2030 | 2025 | 2030" become "2025 | 2030 | | ".
 *
 * @example
 * ```ts
 * yearLabels([{ fraction: 0.6, years: ['2025'] }, { fraction: 1, years: ['2025', '2030'] }]); // ['2025', '2030']
 * ```
 */
export function yearLabels(markers: readonly YearMarker[]): string[] {
  const printed = new Set<string>();
  return markers.map(({ years }) => {
    const fresh = years.filter((year) => !printed.has(year));
    for (const year of fresh) printed.add(year);
    return fresh.join('/');
  });
}

/** A "top N" zone on a rank strip, from rank 1 to `top`, set for some years. */
export interface RankZone {
  top: number;
  years: string;
}

/** The rank strip: its positions, Hanoi's place on it, and the "top N" zones, widest first. */
export interface RankStrip {
  /** How many positions the strip shows, from 1. */
  size: number;
  /** The rank shown, rounded to a whole position, when there is one. */
  at: number | undefined;
  zones: RankZone[];
}

/** The fewest positions a rank strip shows, so "top 3" still sits inside a longer row. */
export const RANK_STRIP_MIN = 10;

/**
 * A strip of positions 1 to `size` for a rank (lower is better) and its "top N" targets: at least
 * {@link RANK_STRIP_MIN} positions, and always two past the rank shown and past the widest zone,
 * so being just outside a zone is visible. Zones with the same N merge, their years joined.
 *
 * @example
 * ```ts
 * rankStrip(2, [{ top: 5, year: 2025 }, { top: 3, year: 2030 }]);
 * // { size: 10, at: 2, zones: [{ top: 5, years: '2025' }, { top: 3, years: '2030' }] }
 * ```
 */
export function rankStrip(rank: number | undefined, targets: ReadonlyArray<{ top: number; year: number }>): RankStrip {
  const at = rank === undefined || !Number.isFinite(rank) ? undefined : Math.max(1, Math.round(rank));
  const byTop = new Map<number, string[]>();
  for (const { top, year } of targets) {
    const n = Math.max(1, Math.round(top));
    const years = byTop.get(n) ?? [];
    if (!years.includes(String(year))) years.push(String(year));
    byTop.set(n, years);
  }
  const zones = [...byTop].sort(([a], [b]) => b - a).map(([top, years]) => ({ top, years: years.join('/') }));
  const size = Math.max(RANK_STRIP_MIN, (at ?? 0) + 2, (zones[0]?.top ?? 0) + 2);
  return { size, at, zones };
}

/** Longest value, in characters, a ring prints inside its hole; longer ones go under the ring. */
export const RING_VALUE_INSIDE = 6;
/** Longest value, in characters, a gauge prints inside its arc; longer ones go under it. */
export const GAUGE_VALUE_INSIDE = 6;

/**
 * Whether a round look prints its value inside the graphic: short values do, long ones ("more
 * than 80%", "27,3 per 100 inhabitants") go under it, so no value spills out of the ring.
 */
export function valueFitsInside(look: Exclude<Look, 'bar'>, value: string): boolean {
  return [...value].length <= (look === 'ring' ? RING_VALUE_INSIDE : GAUGE_VALUE_INSIDE);
}

/** A ring is twice as long as a gauge for the same fractions: its labels may sit closer. */
export const RING_LABEL_GAP = BAR_LABEL_GAP / 2;
