import type { Direction } from '../schema/indicator.js';
import type { ValueQualifier } from '../schema/observation.js';
import type { Target } from '../schema/target.js';
import { ABOUT_TOLERANCE, COMPARISON_EPSILON } from './thresholds.js';

/** A set of numbers between two ends, each end open or closed; `lo > hi` is empty. */
export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

const INF = Number.POSITIVE_INFINITY;
const EMPTY: Interval = { lo: INF, loOpen: true, hi: -INF, hiOpen: true };
const atLeast = (v: number, open = false): Interval => ({ lo: v, loOpen: open, hi: INF, hiOpen: true });
const atMost = (v: number, open = false): Interval => ({ lo: -INF, loOpen: true, hi: v, hiOpen: open });

/** The tolerance of "about" around `value`. */
export function aboutTolerance(value: number): number {
  return Math.abs(value) * ABOUT_TOLERANCE;
}

/** The true values an observed figure allows: exact 91.4 is [91.4, 91.4]; more than 80 is (80, ∞). */
export function observedInterval(value: number, qualifier: ValueQualifier): Interval {
  switch (qualifier) {
    case 'exact':
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
    case 'about': {
      const t = aboutTolerance(value);
      return { lo: value - t, loOpen: false, hi: value + t, hiOpen: false };
    }
    case 'more_than':
      return atLeast(value, true);
    case 'at_least':
      return atLeast(value);
    case 'less_than':
      return atMost(value, true);
    case 'at_most':
      return atMost(value);
  }
}

/** A numeric target read as two sets: the values that meet it, and those that exceed it. */
export interface TargetRegions {
  /** Values that meet the target, exceeding included. */
  meets: Interval;
  /** Values better than the target's figure (the better end of a range or an "about"). */
  beyond: Interval;
  /** The figure a projection aims at: the nearest value that meets the target. */
  aim: number;
  /** The `about` tolerance, when the comparator is `about`. */
  tolerance?: number;
}

type NumericTarget = Exclude<Target, { comparator: 'milestone' | 'not_given' }>;

/**
 * The regions of a numeric target for an indicator with a direction. Comparators that point
 * against the direction (`at_most` when higher is better) can be met but never exceeded.
 */
export function targetRegions(target: NumericTarget, direction: Exclude<Direction, 'none'>): TargetRegions {
  const higher = direction === 'higher_is_better';
  switch (target.comparator) {
    case 'at_least':
    case 'more_than':
      return { meets: atLeast(target.value, target.comparator === 'more_than'), beyond: higher ? atLeast(target.value, true) : EMPTY, aim: target.value };
    case 'at_most':
    case 'less_than':
      return { meets: atMost(target.value, target.comparator === 'less_than'), beyond: higher ? EMPTY : atMost(target.value, true), aim: target.value };
    case 'reach':
      return span(target.value, target.value, higher);
    case 'rank_at_most':
      return span(target.value, target.value, false);
    case 'about': {
      const tolerance = aboutTolerance(target.value);
      return { ...span(target.value - tolerance, target.value + tolerance, higher), tolerance };
    }
    case 'between':
      return span(target.min, target.max, higher);
  }
}

/** Regions of a target met from `low` up (higher is better) or from `high` down, exceeded past the other end. */
function span(low: number, high: number, higher: boolean): TargetRegions {
  return higher ? { meets: atLeast(low), beyond: atLeast(high, true), aim: low } : { meets: atMost(high), beyond: atMost(low, true), aim: high };
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= COMPARISON_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** No value is in `i`. */
export function isEmptyInterval(i: Interval): boolean {
  return i.lo > i.hi || (close(i.lo, i.hi) && (i.loOpen || i.hiOpen));
}

/** The values both allow (empty when they share none). */
export function intersect(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo ? a : b.lo > a.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = a.hi < b.hi ? a : b.hi < a.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** The smallest interval holding every value of either. */
export function hull(a: Interval, b: Interval): Interval {
  const lo = a.lo < b.lo ? a : b.lo < a.lo ? b : { lo: a.lo, loOpen: a.loOpen && b.loOpen };
  const hi = a.hi > b.hi ? a : b.hi > a.hi ? b : { hi: a.hi, hiOpen: a.hiOpen && b.hiOpen };
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** Every value of `inner` is in `outer`. */
export function isSubset(inner: Interval, outer: Interval): boolean {
  if (isEmptyInterval(inner)) return true;
  if (isEmptyInterval(outer)) return false;
  const loOk = close(inner.lo, outer.lo) ? !outer.loOpen || inner.loOpen : inner.lo > outer.lo;
  const hiOk = close(inner.hi, outer.hi) ? !outer.hiOpen || inner.hiOpen : inner.hi < outer.hi;
  return loOk && hiOk;
}

/** No value is in both. */
export function isDisjoint(a: Interval, b: Interval): boolean {
  if (isEmptyInterval(a) || isEmptyInterval(b)) return true;
  const below = (x: Interval, y: Interval) => (close(x.hi, y.lo) ? x.hiOpen || y.loOpen : x.hi < y.lo);
  return below(a, b) || below(b, a);
}

/** How an observed interval stands against a target. */
export type Standing = 'exceeded' | 'achieved' | 'not_met' | 'undecidable';

/** Decides whether the observed values meet the target, exceed it, miss it, or cannot tell. */
export function standing(observed: Interval, regions: TargetRegions): Standing {
  if (isSubset(observed, regions.beyond)) return 'exceeded';
  if (isSubset(observed, regions.meets)) return 'achieved';
  if (isDisjoint(observed, regions.meets)) return 'not_met';
  return 'undecidable';
}
