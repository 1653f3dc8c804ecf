import type { IsoDate } from '../schema/common.js';
import type { Direction, Indicator } from '../schema/indicator.js';
import type { Observation, ValueQualifier } from '../schema/observation.js';
import type { Taxonomy } from '../schema/payload.js';
import { ABOUT_TOLERANCE } from '../status/thresholds.js';
import type { Disagreement, UsedObservation } from '../status/verdict.js';

/** Options of {@link observationsOf}, {@link latestObservation} and {@link findDisagreements}. */
export interface ObservationQuery {
  /**
   * Id of a breakdown member (e.g. `commune`). Without it, the headline series: observations that
   * have no breakdown. With it, that member's observations plus the state observations that have
   * no breakdown (a state such as "done at all three levels" speaks for every member).
   */
  breakdown?: string;
  /** Leave out observations whose effective date is after this day. Undated ones are kept. */
  asOf?: IsoDate;
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
  const source = taxonomy.sources.find((s) => s.id === observation.source);
  if (source?.kind === 'report' && source.date !== 'undated') return source.date;
  return undefined;
}

/** The figure of an observation on the indicator's scale: a count out of a total is a percent on a percent indicator. */
function scaledValue(observation: Observation, indicator: Indicator): number | undefined {
  if (observation.kind !== 'value') return undefined;
  if (observation.outOf !== undefined && indicator.unit === 'percent') return (observation.value / observation.outOf) * 100;
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
 * dated one; then by effective date; observations of the same date keep the order of the data.
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
  const used = indicator.observations
    .filter((observation) => inGroup(observation, breakdown))
    .map((observation, index) => ({
      index,
      used: {
        observation,
        value: scaledValue(observation, indicator),
        date: effectiveDate(taxonomy, observation),
        source: observation.source,
      } satisfies UsedObservation,
    }))
    .filter(({ used: { date } }) => asOf === undefined || date === undefined || date <= asOf);
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
 * listed last in the data wins (and {@link findDisagreements} reports the pair if they differ).
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

/** The set of true values a figure allows: `more_than 80` is (80, ∞). */
interface Span {
  lo: number;
  hi: number;
}

function span(value: number, qualifier: ValueQualifier, tolerance: number): Span {
  switch (qualifier) {
    case 'exact':
      return { lo: value, hi: value };
    case 'about':
      return { lo: value - tolerance, hi: value + tolerance };
    case 'more_than':
    case 'at_least':
      return { lo: value, hi: Number.POSITIVE_INFINITY };
    case 'less_than':
    case 'at_most':
      return { lo: Number.NEGATIVE_INFINITY, hi: value };
  }
}

function spanOf(used: UsedObservation): Span | undefined {
  const { observation, value } = used;
  if (observation.kind !== 'value' || value === undefined) return undefined;
  return span(value, observation.qualifier, Math.abs(value) * ABOUT_TOLERANCE);
}

function isWorse(later: Span, earlier: Span, direction: Direction): boolean {
  return direction === 'lower_is_better' ? later.lo > earlier.hi : later.hi < earlier.lo;
}

function groupsOf(indicator: Indicator, breakdown: string | undefined): Array<string | undefined> {
  if (breakdown !== undefined) return [breakdown];
  return [undefined, ...(indicator.breakdown?.members.map((member) => member.id) ?? [])];
}

/**
 * Figures of one series that do not fit together. Nothing is dropped: the verdict still uses the
 * latest figure, and these pairs say what else the sources printed.
 *
 * - `conflicting_sources`: two figures that cannot both be true of the same moment: same
 *   effective date, or at least one of unknown date, and no value satisfies both (bounds such
 *   as "more than 80%" agree with 85%).
 * - `went_backwards`: a figure certainly worse than the figure of the closest earlier date, in
 *   the indicator's direction (lower when higher is better; lower when the indicator has none).
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
  const found: Disagreement[] = [];
  for (const group of groupsOf(indicator, options.breakdown)) {
    const figures = observationsOf(taxonomy, indicator, { ...options, breakdown: group })
      .map((used) => ({ used, span: spanOf(used) }))
      .filter((entry): entry is { used: UsedObservation; span: Span } => entry.span !== undefined);
    figures.forEach((later, i) => {
      const before = figures.slice(0, i);
      for (const earlier of before) {
        if (earlier.used.date !== undefined && earlier.used.date !== later.used.date) continue;
        if (earlier.span.hi < later.span.lo || later.span.hi < earlier.span.lo) {
          found.push({ kind: 'conflicting_sources', observations: [earlier.used, later.used] });
        }
      }
      const previous = before.findLast((earlier) => earlier.used.date !== undefined && earlier.used.date < (later.used.date ?? ''));
      if (previous !== undefined && isWorse(later.span, previous.span, indicator.direction)) {
        found.push({ kind: 'went_backwards', observations: [previous.used, later.used] });
      }
    });
  }
  return found;
}
