import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { Taxonomy } from '../schema/payload.js';
import type { Source } from '../schema/source.js';
import { intersect, isDisjoint, isEmptyInterval, hull, observedInterval, type Interval } from '../status/compare.js';
import { MAX_DISAGREEMENTS } from '../status/thresholds.js';
import type { Disagreement, UsedObservation } from '../status/verdict.js';

/** Options of {@link observationsOf}, {@link latestObservation} and {@link findDisagreements}. */
export interface ObservationQuery {
  /**
   * Id of a breakdown member (e.g. `commune`). Without it, the headline series: observations that
   * have no breakdown. With it, that member's observations plus the state observations that have
   * no breakdown (a state such as "done at all three levels" speaks for every member).
   */
  breakdown?: string;
  /**
   * Leave out observations whose effective date is after this day. Undated ones are kept, unless
   * their report cannot be from before this day (its `notBefore` is later).
   */
  asOf?: IsoDate;
}

// Sources by id, built once per sources array: every look-up below is O(1).
const indexes = new WeakMap<readonly Source[], Map<string, Source>>();

/**
 * The source with an id, found through an index built once per `sources` array (O(1) a look-up).
 *
 * @example
 * ```ts
 * sourceById(hanoi, 'r003')?.kind; // 'report'
 * ```
 */
export function sourceById(taxonomy: Pick<Taxonomy, 'sources'>, id: string): Source | undefined {
  let index = indexes.get(taxonomy.sources);
  if (index === undefined) {
    index = new Map();
    for (const source of taxonomy.sources) if (!index.has(source.id)) index.set(source.id, source);
    indexes.set(taxonomy.sources, index);
  }
  return index.get(id);
}

/**
 * The date an observation holds at: its own day; the last day of its period; or, when it is
 * `'undated'`, the date of the report it cites. `undefined` when neither gives a date.
 *
 * @example
 * ```ts
 * effectiveDate(hanoi, { kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' });
 * // '2024-10-24'
 * effectiveDate(hanoi, { kind: 'value', date: 'undated', source: 'r000', value: 121, qualifier: 'exact' });
 * // '2024-02-05' (the report's date)
 * ```
 */
export function effectiveDate(taxonomy: Pick<Taxonomy, 'sources'>, observation: Observation): IsoDate | undefined {
  const { date } = observation;
  if (typeof date === 'object') return date.to;
  if (date !== 'undated') return date;
  const source = sourceById(taxonomy, observation.source);
  if (source?.kind === 'report' && source.date !== 'undated') return source.date;
  return undefined;
}

/** The earliest day an observation with no effective date can be from: its report's `notBefore`. */
function notBefore(taxonomy: Pick<Taxonomy, 'sources'>, observation: Observation): IsoDate | undefined {
  const source = sourceById(taxonomy, observation.source);
  return source?.kind === 'report' ? source.notBefore : undefined;
}

/** The figure of an observation on the indicator's scale: a count out of a total is a percent on a percent indicator. */
function scaledValue(observation: Observation, indicator: Indicator): number | undefined {
  if (observation.kind !== 'value') return undefined;
  if (observation.outOf !== undefined && indicator.unit === 'percent') {
    const share = (observation.value / observation.outOf) * 100;
    return Number.isFinite(share) ? share : undefined;
  }
  return observation.value;
}

function inGroup(observation: Observation, breakdown: string | undefined): boolean {
  if (breakdown === undefined) return observation.breakdown === undefined;
  return observation.breakdown === breakdown || (observation.breakdown === undefined && observation.kind === 'state');
}

/**
 * The observations of one series of an indicator, oldest first, each with its figure read on
 * the indicator's scale and its effective date (see {@link effectiveDate}).
 *
 * Order: observations with no known date come first, since they can never be "latest" over a
 * dated one; then by effective date; observations of the same date keep the order of the data
 * (verdicts read same-day figures together, so their order never changes a verdict).
 *
 * @example
 * ```ts
 * observationsOf(hanoi, fibre).map((o) => [o.date, o.value]);
 * // [['2024-02-05', 93.15], ['2024-10-24', 91.4]]
 * observationsOf(hanoi, fibre, { asOf: '2024-06-30' }).length; // 1
 * ```
 */
export function observationsOf(
  taxonomy: Pick<Taxonomy, 'sources'>,
  indicator: Indicator,
  options: ObservationQuery = {},
): UsedObservation[] {
  const { breakdown, asOf } = options;
  const used: Array<{ index: number; used: UsedObservation }> = [];
  indicator.observations.forEach((observation, index) => {
    if (!inGroup(observation, breakdown)) return;
    const date = effectiveDate(taxonomy, observation);
    if (asOf !== undefined) {
      if (date !== undefined && date > asOf) return;
      if (date === undefined && (notBefore(taxonomy, observation) ?? '') > asOf) return;
    }
    used.push({ index, used: { observation, value: scaledValue(observation, indicator), date, source: observation.source } });
  });
  used.sort((a, b) => compareDates(a.used.date, b.used.date) || a.index - b.index);
  return used.map((entry) => entry.used);
}

function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/**
 * The latest observation of one series, by effective date, or `undefined` when there is none.
 * It may be a state observation (no figure); verdicts use the latest observation with a figure.
 * A dated observation is always later than an undated one; of two with the same date, the one
 * listed last in the data is returned (verdicts read both, and {@link findDisagreements} reports
 * the pair if they contradict each other).
 *
 * @example
 * ```ts
 * latestObservation(hanoi, fibre)?.value;                          // 91.4
 * latestObservation(hanoi, fibre, { asOf: '2024-06-30' })?.value;  // 93.15
 * ```
 */
export function latestObservation(
  taxonomy: Pick<Taxonomy, 'sources'>,
  indicator: Indicator,
  options: ObservationQuery = {},
): UsedObservation | undefined {
  return observationsOf(taxonomy, indicator, options).at(-1);
}

/**
 * The values a used observation allows, or `undefined` for a state or an unreadable figure.
 *
 * @example
 * ```ts
 * intervalOf(observationsOf(hanoi, eUrban)[0]); // { lo: 80, loOpen: true, hi: Infinity, hiOpen: true } ("more than 80%")
 * ```
 */
export function intervalOf(used: UsedObservation): Interval | undefined {
  const { observation, value } = used;
  if (observation.kind !== 'value' || value === undefined || !Number.isFinite(value)) return undefined;
  return observedInterval(value, observation.qualifier);
}

/** Figures of one day (or all undated ones), read together. */
export interface DayFigures {
  /** Their date, `undefined` for the undated. */
  date: IsoDate | undefined;
  /** The figures with the values each allows, narrowest first, then by value and source (order-free). */
  figures: Array<{ used: UsedObservation; interval: Interval }>;
  /** What all of them allow together; empty when they contradict each other. */
  together: Interval;
  /** Their hull: every value any of them allows. */
  any: Interval;
}

function width(i: Interval): number {
  return i.hi - i.lo;
}

function byNarrowest(a: { used: UsedObservation; interval: Interval }, b: { used: UsedObservation; interval: Interval }): number {
  return (
    width(a.interval) - width(b.interval) ||
    a.interval.lo - b.interval.lo ||
    a.interval.hi - b.interval.hi ||
    Number(a.interval.loOpen) - Number(b.interval.loOpen) ||
    Number(a.interval.hiOpen) - Number(b.interval.hiOpen) ||
    (a.used.source < b.used.source ? -1 : a.used.source > b.used.source ? 1 : 0)
  );
}

/**
 * The figures of one series grouped by day, oldest first, undated first: each day with what its
 * figures allow together. Input: {@link observationsOf}'s order. O(n log n).
 *
 * @example
 * ```ts
 * figuresByDay(observationsOf(hanoi, databases)).map((d) => [d.date, d.together.lo]);
 * // [['2024-10-24', 95.45…]]: "at least 90%" and 21 of 22 on the same day, read together
 * ```
 */
export function figuresByDay(observations: readonly UsedObservation[]): DayFigures[] {
  const days: DayFigures[] = [];
  for (const used of observations) {
    const interval = intervalOf(used);
    if (interval === undefined) continue;
    const last = days.at(-1);
    if (last !== undefined && last.date === used.date) {
      last.figures.push({ used, interval });
      last.together = intersect(last.together, interval);
      last.any = hull(last.any, interval);
    } else {
      days.push({ date: used.date, figures: [{ used, interval }], together: interval, any: interval });
    }
  }
  for (const day of days) day.figures.sort(byNarrowest);
  return days;
}

function isWorse(later: Interval, earlier: Interval, lowerIsBetter: boolean): boolean {
  // Certainly worse: every value the later figure allows is worse than every value of the earlier one.
  if (lowerIsBetter) return later.lo > earlier.hi || (later.lo === earlier.hi && (later.loOpen || earlier.hiOpen));
  return later.hi < earlier.lo || (later.hi === earlier.lo && (later.hiOpen || earlier.loOpen));
}

function groupsOf(indicator: Indicator, breakdown: string | undefined): Array<string | undefined> {
  if (breakdown !== undefined) return [breakdown];
  return [undefined, ...(indicator.breakdown?.members.map((member) => member.id) ?? [])];
}

/** Conflicts inside one day: neighbours that share no value, once the day's distinct figures are sorted by their ends. */
function conflictsWithin(day: DayFigures, found: Disagreement[]): void {
  if (!isEmptyInterval(day.together)) return;
  const sorted = [...day.figures].sort((a, b) => a.interval.lo - b.interval.lo || a.interval.hi - b.interval.hi || byNarrowest(a, b));
  // Sweep: a figure disjoint from the one reaching highest so far conflicts with it.
  let reach = sorted[0];
  for (const entry of sorted.slice(1)) {
    if (found.length >= MAX_DISAGREEMENTS) return;
    if (reach !== undefined && isDisjoint(reach.interval, entry.interval)) {
      found.push({ kind: 'conflicting_sources', observations: [reach.used, entry.used] });
    }
    if (reach === undefined || entry.interval.hi > reach.interval.hi) reach = entry;
  }
}

/**
 * Figures of one series that do not fit together. Nothing is dropped: verdicts still read every
 * figure, and these pairs say what else the sources printed. At most
 * {@link MAX_DISAGREEMENTS} per series; O(n log n) in the number of figures.
 *
 * - `conflicting_sources`: two figures that cannot both be true of the same moment: same
 *   effective date, or one of unknown date against any dated one, and no value satisfies both
 *   (bounds are read with their ends: "more than 80%" agrees with 85% but not with exactly 80%).
 * - `went_backwards`: a day whose figures are certainly worse than those of the closest earlier
 *   day, in the indicator's direction (lower when higher is better; lower when it has none).
 *
 * Without `options.breakdown`, the headline series and every breakdown member are checked, each
 * on its own.
 *
 * @example
 * ```ts
 * findDisagreements(hanoi, fibre).map((d) => [d.kind, d.observations.map((o) => o.value)]);
 * // [['went_backwards', [93.15, 91.4]]]
 * findDisagreements(hanoi, smartphoneAdults)[0]?.kind; // 'conflicting_sources' (78% undated, 97% on 2024-10-24)
 * ```
 */
export function findDisagreements(
  taxonomy: Pick<Taxonomy, 'sources'>,
  indicator: Indicator,
  options: ObservationQuery = {},
): Disagreement[] {
  const all: Disagreement[] = [];
  for (const group of groupsOf(indicator, options.breakdown)) {
    all.push(...disagreementsOf(figuresByDay(observationsOf(taxonomy, indicator, { ...options, breakdown: group })), indicator));
  }
  return all;
}

/**
 * The disagreements of one series, from its figures grouped by day (see {@link findDisagreements}).
 *
 * @example
 * ```ts
 * disagreementsOf(figuresByDay(observationsOf(hanoi, fibre)), fibre)[0]?.kind; // 'went_backwards'
 * ```
 */
export function disagreementsOf(days: readonly DayFigures[], indicator: Pick<Indicator, 'direction'>): Disagreement[] {
  const found: Disagreement[] = [];
  const lowerIsBetter = indicator.direction === 'lower_is_better';
  const undated = days[0]?.date === undefined ? days[0] : undefined;
  const dated = undated === undefined ? days : days.slice(1);
  for (const day of days) conflictsWithin(day, found);
  if (undated !== undefined && dated.length > 0) {
    // An undated figure may be of any dated moment: it conflicts with a dated figure that shares no
    // value with it. The dated figures reaching lowest and highest are the only ones to check.
    const all = dated.flatMap((day) => day.figures);
    const lowest = all.reduce((a, b) => (b.interval.hi < a.interval.hi ? b : a));
    const highest = all.reduce((a, b) => (b.interval.lo > a.interval.lo ? b : a));
    const seen = new Set<string>();
    for (const entry of undated.figures) {
      const key = `${entry.interval.lo}|${entry.interval.hi}|${entry.interval.loOpen}|${entry.interval.hiOpen}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const other of lowest === highest ? [lowest] : [lowest, highest]) {
        if (found.length >= MAX_DISAGREEMENTS) return found;
        if (isDisjoint(entry.interval, other.interval)) found.push({ kind: 'conflicting_sources', observations: [entry.used, other.used] });
      }
    }
  }
  for (let i = 1; i < dated.length; i += 1) {
    if (found.length >= MAX_DISAGREEMENTS) break;
    const earlier = dated[i - 1];
    const later = dated[i];
    if (earlier === undefined || later === undefined) continue;
    // A day's figures read together; a day that contradicts itself is read as its hull.
    const before = isEmptyInterval(earlier.together) ? earlier.any : earlier.together;
    const after = isEmptyInterval(later.together) ? later.any : later.together;
    const first = earlier.figures[0];
    const second = later.figures[0];
    if (first !== undefined && second !== undefined && isWorse(after, before, lowerIsBetter)) {
      found.push({ kind: 'went_backwards', observations: [first.used, second.used] });
    }
  }
  return found;
}
